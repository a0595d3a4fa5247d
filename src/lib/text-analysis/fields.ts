import { analyze } from './analyzer.js';

/** The parts of a section that search weighs apart (BM25F's fields). */
export const SEARCH_FIELDS = ['title', 'heading', 'path', 'text'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A section's text by field: its page's title, its own heading, the headings above it, its prose. */
export type FieldTexts = Record<SearchField, string>;

/** A section's analyzed terms by field, each a space-separated string in text order. */
export type FieldTerms = Record<SearchField, string>;

/** Joins a heading path into one string, as chunks store it. */
export const HEADING_SEPARATOR = ' › ';

/** The field texts of a section: `headingPath` ends with the section's own heading. */
export function sectionFields(title: string, headingPath: readonly string[], text: string): FieldTexts {
  return { title, heading: headingPath.at(-1) ?? '', path: headingPath.slice(0, -1).join('\n'), text };
}

/** Analyzes each field of a section in the section's language. */
export function analyzeFields(texts: FieldTexts, language: string): FieldTerms {
  return pageFieldsAnalyzer(language)(texts);
}

/**
 * analyzeFields for the sections of one page, all in `language`: the page's
 * title, and the headings above its sections, recur in section after section
 * and are analyzed once each.
 */
export function pageFieldsAnalyzer(language: string): (texts: FieldTexts) => FieldTerms {
  const seen = new Map<string, string>();
  const once = (text: string) => {
    let terms = seen.get(text);
    if (terms === undefined) {
      terms = analyze(text, language).join(' ');
      seen.set(text, terms);
    }
    return terms;
  };
  return (texts) => ({
    title: once(texts.title),
    heading: once(texts.heading),
    path: once(texts.path),
    text: analyze(texts.text, language).join(' '),
  });
}

/** What a section adds to its chatbot's index statistics. */
export interface TermCounts {
  /** Each distinct term of the section, once (document frequency counts sections). */
  distinct: Set<string>;
  /** Terms per field, for BM25's length normalization. */
  lengths: Record<SearchField, number>;
}

export function countTerms(terms: FieldTerms): TermCounts {
  const distinct = new Set<string>();
  const lengths = { title: 0, heading: 0, path: 0, text: 0 };
  for (const field of SEARCH_FIELDS) {
    for (const term of splitTerms(terms[field])) {
      distinct.add(term);
      lengths[field]++;
    }
  }
  return { distinct, lengths };
}

/** The terms of one analyzed field. */
export function splitTerms(field: string): string[] {
  return field === '' ? [] : field.split(' ');
}

/** Calls `visit` with each of splitTerms' terms, in order, without the array (training reads millions). */
export function forEachTerm(field: string, visit: (term: string) => void): void {
  for (let start = 0, end = 0; field !== '' && end < field.length; start = end + 1) {
    end = field.indexOf(' ', start);
    if (end === -1) end = field.length;
    visit(field.slice(start, end));
  }
}
