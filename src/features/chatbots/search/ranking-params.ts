import type { QueryTerm } from './query-terms.js';
import type { Bm25fParams, ChunkScore } from './score-chunk.js';

/**
 * The ranking's parameters, chosen on the development half of
 * `bench:answers`' question sets and checked on the held-out half: k1 = 2
 * (saturating later than the usual 1.2 gained ~0.01 MRR@3 on both halves),
 * the usual b, headings weighted above titles above text. The re-ranking
 * weights move the figures by less than 0.01 either way.
 */
export const RANKING = {
  bm25f: {
    k1: 2,
    fields: {
      title: { weight: 2, b: 0.5 },
      heading: { weight: 4, b: 0.5 },
      path: { weight: 1, b: 0.5 },
      text: { weight: 1, b: 0.75 },
    },
  } satisfies Bm25fParams,
  /** Weight of the share of the question's rarity found in the section (any field). */
  coverage: 1.0,
  /** Weight of the share found in its title and headings. */
  headings: 0.5,
  /** Weight of proximity: log(α + e^-d) for the fewest terms d between two query terms (Tao & Zhai 2007). */
  proximity: 0.3,
  alpha: 0.3,
  /** Added when the section holds the kind of answer asked for (see answer-types.ts). */
  answerType: 1,
  /** What the re-ranking's score of a section of release notes or a change log is multiplied by (release-notes.ts). */
  releaseNotes: 0.7,
};

/** The re-ranking score of a scored chunk: BM25F, plus coverage, heading match and proximity. */
export function rerankScore(found: ChunkScore, terms: readonly QueryTerm[]): number {
  const total = terms.reduce((sum, t) => sum + t.idf, 0) || 1;
  const share = (set: Set<string>) => terms.reduce((sum, t) => sum + (set.has(t.term) ? t.idf : 0), 0) / total;
  const proximity = Math.log(RANKING.alpha + Math.exp(-found.minDistance)) - Math.log(RANKING.alpha);
  return (
    found.bm25 +
    (RANKING.coverage * share(found.matched) * total) / terms.length +
    RANKING.headings * share(found.inHeadings) +
    RANKING.proximity * proximity
  );
}

/** The highest rerankScore a chunk holding only `held` of the question's `terms` could reach. */
export function upperBound(held: readonly QueryTerm[], terms: readonly QueryTerm[]): number {
  if (held.length === 0) return 0;
  const total = terms.reduce((sum, t) => sum + t.idf, 0) || 1;
  const share = held.reduce((sum, t) => sum + t.idf, 0) / total;
  // BM25F gives a term less than its idf however often it occurs; proximity at most log(α + e^-1) − log(α).
  const proximity = held.length > 1 ? Math.log(RANKING.alpha + Math.exp(-1)) - Math.log(RANKING.alpha) : 0;
  return (
    share * total +
    (RANKING.coverage * share * total) / terms.length +
    RANKING.headings * share +
    RANKING.proximity * proximity
  );
}
