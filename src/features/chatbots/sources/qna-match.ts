import { analyze } from '../../../lib/text-analysis/analyzer.js';
import { fold } from '../../../lib/text-analysis/normalize.js';

/** One wording of a Q&A pair's question, as matched against visitors' questions. */
export interface MatchKey {
  language: string;
  /** Its distinct analyzed terms (question words dropped, as from a visitor's question). */
  terms: string[];
  /** The wording folded to its letters and digits: what a key without terms matches on. */
  text: string;
}

/**
 * How alike two questions' terms must be (Dice's coefficient) for a pair's
 * answer to stand for the question: every term shared, or all but one of
 * five or more. "phone number" matches "What's your phone number?", and "Can I
 * pay by phone?" does not; one term of two is not enough.
 */
const MATCH_AT_LEAST = 0.8;

export function matchKeys(wordings: string[], language: string): MatchKey[] {
  return wordings.map((w) => ({ language, terms: termsOf(w, language), text: plain(w) }));
}

/** The pair whose question (or an alternative) a visitor's question asks, if one does closely. */
export function matchQna<T extends { keys: MatchKey[] }>(question: string, pairs: readonly T[]): T | undefined {
  const asked = new Map<string, Set<string>>();
  const termsIn = (language: string) => {
    let terms = asked.get(language);
    if (!terms) asked.set(language, (terms = new Set(termsOf(question, language))));
    return terms;
  };
  const text = plain(question);
  let best: { pair: T; score: number } | undefined;
  for (const pair of pairs) {
    for (const key of pair.keys) {
      const terms = termsIn(key.language);
      const score =
        key.terms.length === 0 || terms.size === 0
          ? Number(key.text !== '' && key.text === text)
          : (2 * key.terms.filter((t) => terms.has(t)).length) / (key.terms.length + terms.size);
      if (score >= MATCH_AT_LEAST && (!best || score > best.score)) best = { pair, score };
    }
  }
  return best?.pair;
}

const termsOf = (text: string, language: string) => [...new Set(analyze(text, language, { query: true }))];

const plain = (text: string) =>
  fold(text.normalize('NFKC').toLowerCase())
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
