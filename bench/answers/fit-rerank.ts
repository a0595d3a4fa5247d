// npx tsx bench/answers/fit-rerank.ts CANDIDATES [--write]
// — fits the re-ranking's weights (src/features/chatbots/search/rerank-model.ts)
// on the candidates `npm run bench:answers -- --candidates FILE` wrote: by
// coordinate ascent (Metzler & Croft 2007) on section MRR@3, over the
// development half only, the documentation and the company sites weighing
// half each; then prints MRR@3 and recall@3 of both halves before and after.
// --write writes the weights where the chatbot reads them.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { RerankFeatures, RerankModel } from '../../src/features/chatbots/search/rerank.js';
import { RANKING } from '../../src/features/chatbots/search/ranking-params.js';
import { RERANK_MODEL } from '../../src/features/chatbots/search/rerank-model.js';

interface Asked {
  site: string;
  id: string;
  split: 'dev' | 'test';
  /** How many gold sections the question has. */
  gold: number;
  /** Each with whether its page is release notes, whose score the ranking lowers by RANKING.releaseNotes. */
  candidates: { features: RerankFeatures; releaseNotes?: boolean; gold: boolean }[];
}

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { write: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) throw new Error('usage: fit-rerank.ts CANDIDATES.jsonl [--write]');
const asked: Asked[] = fs
  .readFileSync(positionals[0]!, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line));
const names = Object.keys(RERANK_MODEL) as (keyof RerankFeatures)[];
const isCompany = (a: Asked) => a.site.startsWith('company.');

/** Section reciprocal rank at 3, recall at 3, and reciprocal rank at any depth (a smoother tie-breaker). */
function measure(
  model: RerankModel,
  questions: Asked[],
  releaseNotes: number = RANKING.releaseNotes,
): { mrr3: number; recall3: number; mrr: number } {
  let mrr3 = 0;
  let recall3 = 0;
  let mrr = 0;
  for (const q of questions) {
    const ranked = q.candidates
      .map((c, i) => {
        const score = names.reduce((s, n) => s + model[n] * c.features[n], 0);
        return { c, i, score: c.releaseNotes ? score * releaseNotes : score };
      })
      .sort((a, b) => b.score - a.score || a.i - b.i);
    const first = ranked.findIndex((r) => r.c.gold);
    if (first >= 0) {
      mrr += 1 / (first + 1);
      if (first < 3) mrr3 += 1 / (first + 1);
    }
    recall3 += ranked.slice(0, 3).filter((r) => r.c.gold).length / q.gold;
  }
  const n = questions.length || 1;
  return { mrr3: mrr3 / n, recall3: recall3 / n, mrr: mrr / n };
}

function objective(model: RerankModel, questions: Asked[]): number {
  const groups = [questions.filter(isCompany), questions.filter((q) => !isCompany(q))].filter((g) => g.length > 0);
  return (
    groups.reduce((sum, g) => {
      const m = measure(model, g);
      return sum + m.mrr3 + 0.1 * m.mrr;
    }, 0) / groups.length
  );
}

// Weights stay non-negative (each feature is written so that more is better),
// so scores stay positive and comparable for answerability's gap; `base`
// stays 1, fixing the scale.
const STEPS = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5];

// The objective is flat and coordinate ascent finds a local optimum: it
// starts from the first stage's order and from the committed weights, and
// keeps whichever ends higher on the development half.
function fitWeights(questions: Asked[]): RerankModel {
  const starts = [Object.fromEntries(names.map((n) => [n, n === 'base' ? 1 : 0])) as RerankModel, RERANK_MODEL];
  const ends = starts.map((start) => ascend(start, questions));
  return ends.reduce((a, b) => (b.value > a.value ? b : a)).model;
}

function ascend(start: RerankModel, questions: Asked[]): { model: RerankModel; value: number } {
  const model = { ...start, base: 1 };
  let best = objective(model, questions);
  for (let pass = 0; pass < 6; pass++) {
    let moved = false;
    for (const name of names) {
      if (name === 'base') continue;
      for (const step of STEPS) {
        const value = objective({ ...model, [name]: step }, questions);
        if (value > best + 1e-9) {
          best = value;
          model[name] = step;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return { model, value: best };
}

const dev = asked.filter((a) => a.split === 'dev');
const fitted = fitWeights(dev);
const first = Object.fromEntries(names.map((n) => [n, n === 'base' ? 1 : 0])) as RerankModel;
console.log(`fitted on ${dev.length} development questions: ${JSON.stringify(fitted)}`);
for (const [label, filter] of [
  ['documentation', (a: Asked) => !isCompany(a)],
  ['company', isCompany],
] as const) {
  for (const split of ['dev', 'test'] as const) {
    const group = asked.filter((a) => a.split === split && filter(a));
    const [b, c, f] = [first, RERANK_MODEL, fitted].map((m) => measure(m, group));
    console.log(
      `${label.padEnd(13)} ${split.padEnd(4)} n ${String(group.length).padStart(4)} | MRR@3 first stage ${b!.mrr3.toFixed(3)}, committed ${c!.mrr3.toFixed(3)}, fitted ${f!.mrr3.toFixed(3)} | recall@3 ${b!.recall3.toFixed(3)}, ${c!.recall3.toFixed(3)}, ${f!.recall3.toFixed(3)}`,
    );
  }
}

// The factor on release notes' scores is a ranking parameter, not fitted
// here: its effect at each value, with the committed weights.
for (const split of ['dev', 'test'] as const) {
  const group = asked.filter((a) => a.split === split && !isCompany(a));
  const row = [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.3]
    .map((factor) => `${factor}: ${measure(RERANK_MODEL, group, factor).mrr3.toFixed(3)}`)
    .join(', ');
  console.log(
    `documentation ${split.padEnd(4)} MRR@3 by the factor on release notes (now ${RANKING.releaseNotes}): ${row}`,
  );
}

if (args.write) {
  const file = path.join(import.meta.dirname, '..', '..', 'src', 'features', 'chatbots', 'search', 'rerank-model.ts');
  const header = fs.readFileSync(file, 'utf8').split('// Fitted on')[0]!.split('// Not fitted')[0]!;
  const body = names.map((n) => `  ${n}: ${fitted[n]},`).join('\n');
  fs.writeFileSync(
    file,
    `${header}// Fitted on ${dev.length} development questions (${dev.filter((a) => !isCompany(a)).length} of documentation).\nexport const RERANK_MODEL = {\n${body}\n};\n`,
  );
}
