import { HEADING_SEPARATOR } from '../../../lib/text-analysis/fields.js';
import type { QueryTerm } from './query-terms.js';
import type { RankedSection } from './ranked-section.js';
import { RANKING } from './ranking-params.js';
import { isReleaseNotes } from './release-notes.js';
import { RERANK_MODEL } from './rerank-model.js';

/** How many of the first stage's best sections the learned model re-ranks. */
export const RERANK_DEPTH = 50;

/**
 * What the re-ranking weighs of a candidate section, each comparable across
 * questions and sites (shares of the question's rarity, or bounded): the
 * first stage's score, how much of the question the section holds and
 * where, how closely, and how deep it stands. Each is read from the section
 * alone, never from which other sections are candidates: the engines hand on
 * different chunks below the first few, and the order must not depend on it.
 */
export interface RerankFeatures {
  /** The first stage's score (BM25F and its bonuses) over the question's total idf. */
  base: number;
  /**
   * BM25F over the question's total idf, with the first stage's bonus for
   * holding the kind of answer asked for: that bonus stays worth as much
   * against BM25F as there (a phone question cites the phone number, not a
   * bus's number).
   */
  bm25: number;
  /** idf-weighted share of the question's terms in the section's best chunk. */
  coverage: number;
  /** The same in its title, own heading or the headings above it. */
  headings: number;
  /** The same in its own heading alone. */
  ownHeading: number;
  /** The share of its own heading's words that are the question's. */
  headingPrecision: number;
  /** 1 / the fewest words between two informative question terms in its text, 0 when none. */
  proximity: number;
  /** Its heading path's depth / 5. */
  depth: number;
}

export type RerankModel = Record<keyof RerankFeatures, number>;

/** The features of each section. */
export function rerankFeatures(sections: readonly RankedSection[]): RerankFeatures[] {
  return sections.map((s) => {
    const terms = s.reading.terms;
    const total = terms.reduce((sum, t) => sum + t.idf, 0) || 1;
    const share = (has: (t: QueryTerm) => boolean) => terms.reduce((sum, t) => sum + (has(t) ? t.idf : 0), 0) / total;
    return {
      base: s.base / total,
      bm25: (s.found.bm25 + (s.typed ? RANKING.answerType : 0)) / total,
      coverage: share((t) => s.found.matched.has(t.term)),
      headings: share((t) => s.found.inHeadings.has(t.term)),
      ownHeading: share((t) => s.found.inOwnHeading.has(t.term)),
      headingPrecision: s.found.headingPrecision,
      proximity: Number.isFinite(s.found.minDistance) ? 1 / s.found.minDistance : 0,
      depth: (s.chunk.heading === '' ? 0 : s.chunk.heading.split(HEADING_SEPARATOR).length) / 5,
    };
  });
}

/**
 * The first stage's best RERANK_DEPTH sections, scored again by the learned
 * model, best first; release notes and change logs a little lower.
 */
export function rerank(sections: readonly RankedSection[], model: RerankModel = RERANK_MODEL): RankedSection[] {
  const candidates = sections.slice(0, RERANK_DEPTH);
  const features = rerankFeatures(candidates);
  return candidates
    .map((s, i) => {
      const f = features[i]!;
      let score = 0;
      for (const name of Object.keys(model) as (keyof RerankFeatures)[]) score += model[name] * f[name];
      if (isReleaseNotes(s.chunk.url, s.chunk.title)) score *= RANKING.releaseNotes;
      return { ...s, score };
    })
    .sort((a, b) => b.score - a.score || a.chunk.id - b.chunk.id);
}
