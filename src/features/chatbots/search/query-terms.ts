import { analyze } from '../../../lib/text-analysis/analyzer.js';
import { rankLanguages } from '../../../lib/text-analysis/detect.js';
import { languageProfile } from '../../../lib/text-analysis/languages.js';
import type { TermCounts } from './term-variants.js';

/** A question term with its weight in the chatbot's index. */
export interface QueryTerm {
  term: string;
  /** Chunks holding it. */
  df: number;
  /** BM25's inverse document frequency; for an absent term, that of a term in half a chunk. */
  idf: number;
  /** Index terms that differ from it by a short ending, and count for it at a discount. */
  variants: string[];
  /** Its variants are guesses at a typo ("arround" → around; but "lakers" → later), not its own forms. */
  guessed: boolean;
}

/** How much a variant's occurrence counts against the term's own. */
export const VARIANT_WEIGHT = 0.6;

// A number says little about the topic ("12 times 7" on a page with "7 days";
// "15 km" asked, "€15" for a repair found).
const NUMBER = /^[\d.,:/-]+$/;

/** Whether an analyzed term is a number (a price, a time, a version), not a word. */
export const isNumber = (term: string): boolean => NUMBER.test(term);

/** The question as analyzed in one language. */
export interface QueryReading {
  language: string;
  terms: QueryTerm[];
  /** Its terms of the words the question writes as names (see namedTerms). */
  names: ReadonlySet<string>;
}

// A question is read in the languages of the chatbot's pages, most likely
// first: a short question says too little to detect its language for sure,
// and each chunk is then scored by the reading in its own language.
const MAX_READINGS = 3;

/** The distinct analyzed terms of a question, per candidate language. */
export function readQuestion(
  question: string,
  languages: readonly string[],
): { language: string; terms: string[]; names: Set<string> }[] {
  const ranked = rankLanguages(question, languages.length > 0 ? languages : ['und']).slice(0, MAX_READINGS);
  const [first] = ranked;
  return ranked.map((language) => ({
    language,
    terms: [...new Set(analyze(question, language, { query: true, alsoDrop: first }))],
    names: namedTerms(question, language),
  }));
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const CAPITALIZED = /^\p{Lu}/u;
const SENTENCE_END = /[.!?。！？:;¿¡]\s*$/u;

/**
 * The terms of the words a question writes with a capital letter where a
 * sentence does not begin: the names it asks about ("IKEA", "Tokyo",
 * "Ryanair"). Visitors who ask about another company, person or place name
 * it; one the site never mentions is evidence the site cannot answer. None
 * in languages that capitalize every noun (German), in a question typed all
 * in capitals, or one whose words mostly begin with one (Title Case).
 */
export function namedTerms(question: string, language: string): Set<string> {
  const names = new Set<string>();
  if (languageProfile(language).capitalizesNouns) return names;
  const words = [...question.matchAll(WORD)];
  const capitalized = words.filter((w) => CAPITALIZED.test(w[0]));
  if (capitalized.length * 2 > words.length || question === question.toUpperCase()) return names;
  for (const word of capitalized) {
    const before = question.slice(0, word.index);
    if (before.trim() === '' || SENTENCE_END.test(before)) continue;
    for (const term of analyze(word[0], language, { query: true })) names.add(term);
  }
  return names;
}

/** BM25's idf (Robertson–Spärck Jones, never negative). */
export function idf(df: number, chunks: number): number {
  return Math.log(1 + (chunks - df + 0.5) / (df + 0.5));
}

/** The question's terms with their weights; a term the index lacks is weighed by its most frequent variant. */
export function weighTerms(terms: string[], { df, variants, guessed }: TermCounts, chunks: number): QueryTerm[] {
  return terms.map((term) => {
    const own = variants.get(term) ?? [];
    const n = df.get(term) || Math.max(0, ...own.map((v) => v.df));
    return {
      term,
      df: df.get(term) ?? 0,
      idf: idf(n === 0 ? 0.5 : n, Math.max(chunks, 1)),
      variants: own.map((v) => v.term),
      guessed: guessed.has(term),
    };
  });
}
