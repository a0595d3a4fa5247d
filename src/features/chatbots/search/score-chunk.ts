import { SEARCH_FIELDS, splitTerms, type SearchField } from '../../../lib/text-analysis/fields.js';
import type { ChunkRow } from './chunk-rows.js';
import type { IndexStats } from './index-stats.js';
import { VARIANT_WEIGHT, type QueryTerm } from './query-terms.js';

/** BM25F's parameters: saturation k1, and per field a weight and a length normalization b. */
export interface Bm25fParams {
  k1: number;
  fields: Record<SearchField, { weight: number; b: number }>;
}

/** What scoring one chunk against one reading of a question found. */
export interface ChunkScore {
  /** BM25F: field frequencies combined before saturation (Robertson & Zaragoza 2009). */
  bm25: number;
  /** Query terms found anywhere in the chunk. */
  matched: Set<string>;
  /** Of those, the ones found only through a variant (another form, or a typo's guess). */
  byVariant: Set<string>;
  /** Query terms found in its title or headings. */
  inHeadings: Set<string>;
  /** Query terms found in its own heading. */
  inOwnHeading: Set<string>;
  /** The share of its own heading's terms that are the question's: 1 when the heading says only what was asked. */
  headingPrecision: number;
  /** Fewest terms between two different informative query terms in its text, or Infinity: ranking's proximity. */
  minDistance: number;
  /** The same over every query term: how answerability reads proximity. */
  minDistanceAny: number;
}

// A term in more than this share of the chunks says little about any of them
// (a function word of a language without a stopword list, "bike" on a bike
// shop's site): two of those side by side are no sign of an answer.
export const INFORMATIVE_SHARE = 0.1;

/** Whether a question term is rare enough in the index to count as evidence. */
export function isInformative(term: QueryTerm, stats: IndexStats): boolean {
  return term.df <= INFORMATIVE_SHARE * stats.chunks;
}

const FIELD_COLUMN = {
  title: 'title_terms',
  heading: 'heading_terms',
  path: 'path_terms',
  text: 'text_terms',
} as const;

export function scoreChunk(
  chunk: ChunkRow,
  terms: readonly QueryTerm[],
  stats: IndexStats,
  params: Bm25fParams,
): ChunkScore {
  // Each index term the chunk may hold → the question term it counts for, and how much.
  const wanted = new Map<string, { term: QueryTerm; factor: number }>();
  for (const t of terms)
    for (const variant of t.variants)
      if (!wanted.has(variant)) wanted.set(variant, { term: t, factor: VARIANT_WEIGHT });
  for (const t of terms) wanted.set(t.term, { term: t, factor: 1 });
  const weighted = new Map<string, number>();
  const matched = new Set<string>();
  const exact = new Set<string>();
  const inHeadings = new Set<string>();
  const inOwnHeading = new Set<string>();
  let headingHits = 0;
  let headingLength = 0;
  const positions: { term: string; at: number }[] = [];
  const anyPositions: { term: string; at: number }[] = [];
  for (const field of SEARCH_FIELDS) {
    const fieldTerms = splitTerms(chunk[FIELD_COLUMN[field]]);
    const { weight, b } = params.fields[field];
    const norm = 1 - b + (b * fieldTerms.length) / stats.averageLength[field];
    if (field === 'heading') headingLength = fieldTerms.length;
    fieldTerms.forEach((found, at) => {
      const hit = wanted.get(found);
      if (!hit) return;
      const term = hit.term.term;
      weighted.set(term, (weighted.get(term) ?? 0) + (hit.factor * weight) / norm);
      matched.add(term);
      if (hit.factor === 1) exact.add(term);
      if (field === 'heading') {
        inOwnHeading.add(term);
        headingHits++;
      }
      if (field !== 'text') inHeadings.add(term);
      else {
        anyPositions.push({ term, at });
        if (isInformative(hit.term, stats)) positions.push({ term, at });
      }
    });
  }
  const idfOf = new Map(terms.map((t) => [t.term, t.idf]));
  let bm25 = 0;
  for (const [term, tf] of weighted) bm25 += (idfOf.get(term)! * tf) / (params.k1 + tf);
  const byVariant = new Set([...matched].filter((term) => !exact.has(term)));
  return {
    bm25,
    matched,
    byVariant,
    inHeadings,
    inOwnHeading,
    headingPrecision: headingLength === 0 ? 0 : headingHits / headingLength,
    minDistance: minDistance(positions),
    minDistanceAny: minDistance(anyPositions),
  };
}

// Positions arrive in text order: the closest two different terms are
// neighbours in that order.
function minDistance(positions: { term: string; at: number }[]): number {
  let best = Infinity;
  for (let i = 1; i < positions.length; i++) {
    const [a, b] = [positions[i - 1]!, positions[i]!];
    // A compound and its own parts (`str.split`, `split`) are one concept.
    if (a.term !== b.term && !a.term.includes(b.term) && !b.term.includes(a.term)) best = Math.min(best, b.at - a.at);
  }
  return best;
}
