// What --dump writes of a question's ranking: the readings' terms and the
// best sections' scores and matches, enough to compute refusal features
// offline without training the chatbots again.
import type { AnswerType } from '../../src/features/chatbots/search/answer-types.js';
import type { QueryTerm } from '../../src/features/chatbots/search/query-terms.js';
import type { Ranking } from '../../src/features/chatbots/search/rank-sections.js';

const SECTIONS = 10;

export function rankingSnapshot(ranking: Ranking): object {
  return {
    chunks: ranking.stats.chunks,
    languages: ranking.stats.languages,
    types: ranking.types,
    readings: ranking.readings.map((r) => ({ language: r.language, names: [...r.names], terms: r.terms })),
    sections: ranking.sections.slice(0, SECTIONS).map((s) => ({
      url: s.chunk.url,
      anchor: s.chunk.anchor,
      language: s.chunk.language,
      reading: s.reading.language,
      score: s.score,
      base: s.base,
      typed: s.typed,
      bm25: s.found.bm25,
      matched: [...s.found.matched],
      byVariant: [...s.found.byVariant],
      inHeadings: [...s.found.inHeadings],
      inOwnHeading: [...s.found.inOwnHeading],
      headingPrecision: s.found.headingPrecision,
      minDistance: s.found.minDistance,
      minDistanceAny: s.found.minDistanceAny,
      textTerms: s.chunk.text_terms.split(' ').length,
    })),
  };
}

/** A snapshot as written to a dump, read back. */
export interface Snapshot {
  chunks: number;
  languages: string[];
  types: AnswerType[];
  readings: { language: string; names: string[]; terms: QueryTerm[] }[];
  sections: {
    url: string;
    anchor: string | null;
    language: string;
    reading: string;
    score: number;
    base: number;
    typed: boolean;
    bm25: number;
    matched: string[];
    byVariant: string[];
    inHeadings: string[];
    inOwnHeading: string[];
    headingPrecision: number;
    minDistance: number | null;
    minDistanceAny: number | null;
    textTerms: number;
  }[];
}

/** The ranking a snapshot was taken of, as far as refusal reads it (no chunk text or terms). */
export function rankingFromSnapshot(snapshot: Snapshot): Ranking {
  const readings = snapshot.readings.map((r) => ({ language: r.language, names: new Set(r.names), terms: r.terms }));
  const finite = (v: number | null) => v ?? Number.POSITIVE_INFINITY;
  return {
    stats: {
      chunks: snapshot.chunks,
      languages: snapshot.languages,
      averageLength: { title: 0, heading: 0, path: 0, text: 0 },
    },
    types: snapshot.types,
    readings,
    sections: snapshot.sections.map((s) => ({
      chunk: {
        id: 0,
        url: s.url,
        anchor: s.anchor,
        title: '',
        heading: '',
        text: '',
        language: s.language,
        title_terms: '',
        heading_terms: '',
        path_terms: '',
        // The chunk's terms are not kept (only their number, textTerms): a
        // feature that reads them needs a new dump with them in it.
        text_terms: '',
      },
      score: s.score,
      base: s.base,
      typed: s.typed,
      reading: readings.find((r) => r.language === s.reading) ?? readings[0]!,
      found: {
        bm25: s.bm25,
        matched: new Set(s.matched),
        byVariant: new Set(s.byVariant),
        inHeadings: new Set(s.inHeadings),
        inOwnHeading: new Set(s.inOwnHeading),
        headingPrecision: s.headingPrecision,
        minDistance: finite(s.minDistance),
        minDistanceAny: finite(s.minDistanceAny),
      },
    })),
  };
}
