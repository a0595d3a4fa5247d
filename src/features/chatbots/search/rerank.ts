import { HEADING_SEPARATOR, splitTerms } from '../../../lib/text-analysis/fields.js';
import type { QueryTerm } from './query-terms.js';
import type { RankedSection } from './rank-sections.js';
import { RERANK_MODEL } from './rerank-model.js';

/** How many of the first stage's best sections the learned model re-ranks. */
export const RERANK_DEPTH = 50;

/**
 * What the re-ranking weighs of a candidate section, each comparable across
 * questions and sites (shares of the question's rarity, or bounded): the
 * first stage's score, how much of the question the section and its page
 * hold and where, how closely, and the section's shape.
 */
export interface RerankFeatures {
  /** The first stage's score (BM25F and its bonuses) over the question's total idf. */
  base: number;
  /** BM25F alone over the question's total idf. */
  bm25: number;
  /** idf-weighted share of the question's terms in the section's best chunk. */
  coverage: number;
  /** The same in any of the section's chunks the first stage scored. */
  sectionCoverage: number;
  /** The same in its title, own heading or the headings above it. */
  headings: number;
  /** The same in its page's title alone: the page is about it. */
  title: number;
  /** The same in its own heading alone. */
  ownHeading: number;
  /** The share of its own heading's words that are the question's. */
  headingPrecision: number;
  /** 1 / the fewest words between two informative question terms in its text, 0 when none. */
  proximity: number;
  /** 1 when it holds the kind of answer asked for (a price, a phone number). */
  answerType: number;
  /** ln(1 + its text's terms) / 10: a length prior. */
  length: number;
  /** Its heading path's depth / 5. */
  depth: number;
  /** ln(1 + the other candidate sections of its page) / ln(RERANK_DEPTH): the page is about the question. */
  pageMates: number;
  /** The best first-stage score among its page's other candidate sections, over the best of all candidates. */
  pageBest: number;
  /** ln(1 + the candidate sections below it in its page's heading tree) / ln(RERANK_DEPTH): its subsections answer too. */
  children: number;
  /** idf-weighted share of the question's terms its page's candidate sections hold together. */
  pageCoverage: number;
  /** 1 when it holds the question's rarest term the index has. */
  rarest: number;
}

export type RerankModel = Record<keyof RerankFeatures, number>;

/** The features of each section, over the set of candidates they compete in. */
export function rerankFeatures(sections: readonly RankedSection[]): RerankFeatures[] {
  const pages = new Map<string, RankedSection[]>();
  for (const s of sections) pages.set(s.chunk.url, [...(pages.get(s.chunk.url) ?? []), s]);
  const top = Math.max(...sections.map((s) => s.base), Number.MIN_VALUE);
  return sections.map((s) => {
    const terms = s.reading.terms;
    const total = terms.reduce((sum, t) => sum + t.idf, 0) || 1;
    const share = (has: (t: QueryTerm) => boolean) => terms.reduce((sum, t) => sum + (has(t) ? t.idf : 0), 0) / total;
    const mates = pages.get(s.chunk.url)!;
    const below = s.chunk.heading === '' ? '' : s.chunk.heading + HEADING_SEPARATOR;
    const children = mates.filter((m) => m !== s && (below === '' || m.chunk.heading.startsWith(below))).length;
    const title = new Set(splitTerms(s.chunk.title_terms));
    const rarest = terms.filter((t) => t.df > 0).sort((a, b) => b.idf - a.idf)[0];
    return {
      base: s.base / total,
      bm25: s.found.bm25 / total,
      coverage: share((t) => s.found.matched.has(t.term)),
      sectionCoverage: share((t) => s.sectionMatched.has(t.term)),
      headings: share((t) => s.found.inHeadings.has(t.term)),
      title: share((t) => title.has(t.term) || t.variants.some((v) => title.has(v))),
      ownHeading: share((t) => s.found.inOwnHeading.has(t.term)),
      headingPrecision: s.found.headingPrecision,
      proximity: Number.isFinite(s.found.minDistance) ? 1 / s.found.minDistance : 0,
      answerType: s.typed ? 1 : 0,
      length: Math.log1p(splitTerms(s.chunk.text_terms).length) / 10,
      depth: (s.chunk.heading === '' ? 0 : s.chunk.heading.split(HEADING_SEPARATOR).length) / 5,
      pageMates: Math.log1p(mates.length - 1) / Math.log(RERANK_DEPTH),
      pageBest: Math.max(0, ...mates.filter((m) => m !== s).map((m) => m.base)) / top,
      children: Math.log1p(children) / Math.log(RERANK_DEPTH),
      pageCoverage: share((t) => mates.some((m) => m.sectionMatched.has(t.term))),
      rarest: rarest && s.found.matched.has(rarest.term) ? 1 : 0,
    };
  });
}

/** The first stage's best RERANK_DEPTH sections, scored again by the learned model, best first. */
export function rerank(sections: readonly RankedSection[], model: RerankModel = RERANK_MODEL): RankedSection[] {
  const candidates = sections.slice(0, RERANK_DEPTH);
  const features = rerankFeatures(candidates);
  return candidates
    .map((s, i) => {
      const f = features[i]!;
      let score = 0;
      for (const name of Object.keys(model) as (keyof RerankFeatures)[]) score += model[name] * f[name];
      return { ...s, score };
    })
    .sort((a, b) => b.score - a.score || a.chunk.id - b.chunk.id);
}
