import type { QueryTerm } from './query-terms.js';
import type { Bm25fParams, ChunkScore } from './score-chunk.js';

/**
 * The ranking's parameters. BM25's k1 and b are the usual ones; the field
 * weights, the re-ranking weights and the proximity's α were chosen on the
 * development half of `bench:answers`' question sets and checked on the held-out half.
 */
export const RANKING = {
  bm25f: {
    k1: 1.2,
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
};

/** The re-ranking score of a scored chunk: BM25F, plus coverage, heading match and proximity. */
export function rerankScore(found: ChunkScore, terms: readonly QueryTerm[]): number {
  const total = terms.reduce((sum, t) => sum + t.idf, 0) || 1;
  const share = (set: Set<string>) => terms.reduce((sum, t) => sum + (set.has(t.term) ? t.idf : 0), 0) / total;
  const proximity = Math.log(RANKING.alpha + Math.exp(-found.minDistance)) - Math.log(RANKING.alpha);
  return found.bm25 + RANKING.coverage * share(found.matched) * total / terms.length + RANKING.headings * share(found.inHeadings) + RANKING.proximity * proximity;
}
