import { idf, isNumber, type QueryTerm } from './query-terms.js';
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
  /** idf-weighted share of the question's terms found nowhere in the index, not even as a variant. */
  absent: number;
  /** The best section's BM25F over the most BM25 could give these terms (the sum of their idf). */
  normalizedScore: number;
  /** (best − second) / best: how clearly one section stands out. */
  gap: number;
  /** Of what the index holds of the question, the share the best section holds together. */
  together: number;
  /** ln(1 + chunks) / 10: on a large site more words of any question turn up somewhere. */
  size: number;
  /** How close two of the question's terms stand in the best section: e^(−distance/4), 0 when none. */
  proximity: number;
  /** The share of the question's terms (unweighted) the best section holds. */
  matched: number;
  /** NQC: the deviation of the top five scores over the best score, how focused the ranking is. */
  focus: number;
  /** How rare the rarest term the best section matched is: its idf over that of a term in one chunk ("Giant" on a shop's brands page, not "time"). */
  specificity: number;
  /** idf-weighted share of the question's terms the best section holds only in another form (a variant: "bikes" for "bike", a compound's part). */
  variantShare: number;
  /** The same for terms it holds only as a guess at a typo, which is often another word ("lakers" → later, "swift" → shift). */
  guessShare: number;
  /** 1 when the question names something (a capitalized word mid-sentence: "IKEA", "Tokyo") the index has no trace of, else 0. */
  unknownName: number;
}

// Numbers weigh this share of their rarity as evidence (isNumber).
const NUMBER_WEIGHT = 0.25;
const evidence = (t: QueryTerm) => (isNumber(t.term) ? NUMBER_WEIGHT * t.idf : t.idf);

export function answerabilityFeatures(ranking: Ranking): AnswerabilityFeatures | null {
  const top = ranking.sections[0];
  if (!top) return null;
  const terms = top.reading.terms;
  const total = terms.reduce((sum, t) => sum + evidence(t), 0);
  if (total === 0) return null;
  const share = (test: (t: QueryTerm) => boolean) =>
    terms.reduce((sum, t) => sum + (test(t) ? evidence(t) : 0), 0) / total;
  const coverage = share((t) => top.found.matched.has(t.term));
  const byVariant = (t: QueryTerm) => top.found.byVariant.has(t.term);
  const absent = share((t) => t.df === 0 && t.variants.length === 0);
  const second = ranking.sections[1]?.score ?? 0;
  return {
    coverage,
    headingCoverage: share((t) => top.found.inHeadings.has(t.term)),
    absent,
    normalizedScore: top.found.bm25 / total,
    gap: top.score > 0 ? (top.score - second) / top.score : 0,
    together: Math.min(1, coverage / Math.max(1 - absent, 0.01)),
    size: Math.log1p(ranking.stats.chunks) / 10,
    proximity: Number.isFinite(top.found.minDistanceAny) ? Math.exp(-top.found.minDistanceAny / 4) : 0,
    matched: terms.filter((t) => !isNumber(t.term) && top.found.matched.has(t.term)).length / terms.length,
    focus: deviation(ranking.sections.slice(0, 5).map((s) => s.score)) / (top.score || 1),
    specificity:
      Math.max(0, ...terms.filter((t) => t.df > 0 && top.found.matched.has(t.term)).map(evidence)) /
      idf(1, ranking.stats.chunks),
    variantShare: share((t) => byVariant(t) && !t.guessed),
    guessShare: share((t) => byVariant(t) && t.guessed),
    unknownName: terms.some(
      (t) => top.reading.names.has(t.term) && t.df === 0 && (t.variants.length === 0 || t.guessed),
    )
      ? 1
      : 0,
  };
}

/** The probability that the site answers the question, from a logistic model fitted on labelled questions. */
export function answerability(features: AnswerabilityFeatures | null): number {
  if (!features) return 0;
  let z = ANSWERABILITY_MODEL.intercept;
  for (const [name, weight] of Object.entries(ANSWERABILITY_MODEL.weights))
    z += weight * features[name as keyof AnswerabilityFeatures];
  return 1 / (1 + Math.exp(-z));
}

/** Whether to answer: the model's probability at or above its calibrated threshold. */
export function isAnswerable(probability: number): boolean {
  return probability >= ANSWERABILITY_MODEL.threshold;
}

function deviation(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / (values.length || 1);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length || 1));
}
