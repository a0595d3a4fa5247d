import type { Ranking } from './rank-sections.js';
import { ANSWERABILITY_MODEL } from './answerability-model.js';

/**
 * What the ranking itself says about whether the site answers a question
 * (query performance prediction): how much of the question's rarity the best
 * section holds, how much the index lacks altogether, how far the best score
 * stands above the next, each comparable across questions and sites.
 */
export interface AnswerabilityFeatures {
  /** idf-weighted share of the question's terms in the best section (absent terms count against it). */
  coverage: number;
  /** The same share in the best section's title and headings. */
  headingCoverage: number;
  /** idf-weighted share of the question's terms found nowhere in the index. */
  absent: number;
  /** The best section's BM25F over the most BM25 could give these terms (the sum of their idf). */
  normalizedScore: number;
  /** (best − second) / best: how clearly one section stands out. */
  gap: number;
}

export function answerabilityFeatures(ranking: Ranking): AnswerabilityFeatures | null {
  const top = ranking.sections[0];
  if (!top) return null;
  const terms = top.reading.terms;
  const total = terms.reduce((sum, t) => sum + t.idf, 0);
  if (total === 0) return null;
  const share = (test: (term: string, df: number) => boolean) => terms.reduce((sum, t) => sum + (test(t.term, t.df) ? t.idf : 0), 0) / total;
  const second = ranking.sections[1]?.score ?? 0;
  return {
    coverage: share((term) => top.found.matched.has(term)),
    headingCoverage: share((term) => top.found.inHeadings.has(term)),
    absent: share((_, df) => df === 0),
    normalizedScore: top.found.bm25 / total,
    gap: top.score > 0 ? (top.score - second) / top.score : 0,
  };
}

/** The probability that the site answers the question, from a logistic model fitted on labelled questions. */
export function answerability(features: AnswerabilityFeatures | null): number {
  if (!features) return 0;
  let z = ANSWERABILITY_MODEL.intercept;
  for (const [name, weight] of Object.entries(ANSWERABILITY_MODEL.weights)) z += weight * features[name as keyof AnswerabilityFeatures];
  return 1 / (1 + Math.exp(-z));
}

/** Whether to answer: the model's probability at or above its calibrated threshold. */
export function isAnswerable(probability: number): boolean {
  return probability >= ANSWERABILITY_MODEL.threshold;
}
