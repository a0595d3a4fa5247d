// Fits the answerability model: logistic regression (gradient descent, a
// little L2) over the ranking's features, on labelled questions, and the
// threshold where the answered share of answerable questions and the refused
// share of off-topic ones are best together (the larger of the two smaller).
import fs from 'node:fs';
import path from 'node:path';
import type { AnswerabilityFeatures } from '../../src/features/chatbots/search/answerability.js';

export interface Example {
  features: AnswerabilityFeatures | null;
  answerable: boolean;
}

export interface Model {
  intercept: number;
  weights: Record<keyof AnswerabilityFeatures, number>;
  threshold: number;
}

const L2 = 0.001;
const STEPS = 20_000;
const RATE = 0.5;

export function fitModel(examples: Example[]): Model {
  const usable = examples.filter((e): e is Example & { features: AnswerabilityFeatures } => e.features !== null);
  const names = Object.keys(usable[0]!.features) as (keyof AnswerabilityFeatures)[];
  const raw = usable.map((e) => names.map((n) => e.features[n]));
  // Fitted on standardized features (each of mean 0, deviation 1), so one
  // learning rate suits them all; the weights are turned back at the end.
  const mean = names.map((_, j) => raw.reduce((s, r) => s + r[j]!, 0) / raw.length);
  const sd = names.map((_, j) => Math.sqrt(raw.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / raw.length) || 1);
  const x = raw.map((r) => r.map((v, j) => (v - mean[j]!) / sd[j]!));
  const y = usable.map((e) => (e.answerable ? 1 : 0));
  // Each class weighs half, however many questions it has.
  const positives = y.filter((v) => v === 1).length;
  const weightOf = (v: number) => (v === 1 ? 0.5 / positives : 0.5 / (y.length - positives));
  let w = names.map(() => 0);
  let b = 0;
  for (let step = 0; step < STEPS; step++) {
    const gw = names.map(() => 0);
    let gb = 0;
    x.forEach((row, i) => {
      const p = 1 / (1 + Math.exp(-(b + row.reduce((s, v, j) => s + v * w[j]!, 0))));
      const g = (p - y[i]!) * weightOf(y[i]!);
      row.forEach((v, j) => (gw[j]! += g * v));
      gb += g;
    });
    w = w.map((wj, j) => wj - RATE * (gw[j]! + L2 * wj));
    b -= RATE * gb;
  }
  // Back to the features' own scale: z = b' + Σ w'·v, with w' = w/sd and b' = b − Σ w·mean/sd.
  const weights = w.map((wj, j) => wj / sd[j]!);
  const intercept = b - w.reduce((s, wj, j) => s + (wj * mean[j]!) / sd[j]!, 0);
  const probability = (row: number[]) =>
    1 / (1 + Math.exp(-(intercept + row.reduce((s, v, j) => s + v * weights[j]!, 0))));
  const scores = raw.map((row, i) => ({ p: probability(row), y: y[i]! }));
  // Questions without features (no content word) are refused whatever the threshold.
  const missingPositives = examples.filter((e) => e.features === null && e.answerable).length;
  let best = { threshold: 0.5, worst: -1 };
  for (let t = 0.05; t < 0.96; t += 0.005) {
    const answered = scores.filter((s) => s.y === 1 && s.p >= t).length / (positives + missingPositives);
    const refused =
      (scores.filter((s) => s.y === 0 && s.p < t).length +
        examples.filter((e) => e.features === null && !e.answerable).length) /
      examples.filter((e) => !e.answerable).length;
    const worst = Math.min(answered, refused);
    if (worst > best.worst) best = { threshold: Number(t.toFixed(3)), worst };
  }
  const round = (v: number) => Number(v.toFixed(4));
  return {
    intercept: round(intercept),
    weights: Object.fromEntries(names.map((n, j) => [n, round(weights[j]!)])) as Model['weights'],
    threshold: best.threshold,
  };
}

/** The shares a model answers of answerable examples and refuses of the others. */
export function decisionRates(model: Model, examples: Example[]): { answered: number; refused: number } {
  const answers = (e: Example) => {
    if (!e.features) return false;
    let z = model.intercept;
    for (const [name, weight] of Object.entries(model.weights))
      z += weight * e.features[name as keyof AnswerabilityFeatures];
    return 1 / (1 + Math.exp(-z)) >= model.threshold;
  };
  const positives = examples.filter((e) => e.answerable);
  const negatives = examples.filter((e) => !e.answerable);
  return {
    answered: positives.filter(answers).length / positives.length,
    refused: negatives.filter((e) => !answers(e)).length / negatives.length,
  };
}

const MODEL_FILE = path.join(
  import.meta.dirname,
  '..',
  '..',
  'src',
  'features',
  'chatbots',
  'search',
  'answerability-model.ts',
);

// The model as an object literal the way the formatter writes it: bare keys, trailing commas.
function asTypeScript(model: Model): string {
  return JSON.stringify(model, null, 2)
    .replace(/"(\w+)":/g, '$1:')
    .replace(/([^{[,\s])\n(\s*[}\]])/g, '$1,\n$2');
}

/** Writes the model where the chatbot reads it. */
export function writeModel(model: Model, provenance: string): void {
  const header = fs
    .readFileSync(MODEL_FILE, 'utf8')
    .split('export const')[0]!
    .replace(/\/\/ Fitted on .*\n/, '');
  fs.writeFileSync(
    MODEL_FILE,
    `${header}// Fitted on ${provenance}.\nexport const ANSWERABILITY_MODEL = ${asTypeScript(model)};\n`,
  );
}
