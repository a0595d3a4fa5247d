// Rules of reading that a language's profile (languages.ts) plugs in beside
// its stemmer: how an apostrophe splits a word, and which other terms a
// stemmed word is also read as.

// English: a negated auxiliary (don't, doesn't, can't, won't) is a function
// word whole; a possessive or a contracted verb (Python's, it's, we're, I'd,
// you'll) leaves the word before it.
const ENGLISH_ENDINGS = new Set(['s', 're', 've', 'll', 'd', 'm']);
export function englishContraction(before: string, after: string): 'none' | 'before' | undefined {
  if (after === 't' && /n$/i.test(before)) return 'none';
  return ENGLISH_ENDINGS.has(after) ? 'before' : undefined;
}

// Turkish sets a proper noun's suffixes off with an apostrophe (İstanbul'da,
// Avustralya'nın, ABD'ye, 2023'te): the noun is the word, the suffix a case
// ending like any other, which the stemmer would drop.
export const turkishContraction = (_before: string, after: string): 'before' | undefined =>
  /^\p{L}+$/u.test(after) ? 'before' : undefined;

// Arabic marks the person of a verb's present tense with its first letter
// (نبيع "we sell", تبيعون "you sell", يبيع "he sells"), which Snowball keeps:
// the shop's "we" and the visitor's "you" never met. A stem of four letters
// or more that begins with one is also read without it, as Hebrew's prefixes
// are (hebrew-stemmer.ts): تبيع gives تبيع and بيع, and meets نبيع on بيع.
// Not the first person's alef (أبيع): once folded, it begins too many nouns
// (اكسبريس). On the answers benchmark's Arabic site: answered 71.7 → 76.7 %,
// MRR@3 0.547 → 0.550, off-topic refused unchanged; with the alef, page@3
// fell 56.7 → 53.3 %.
const PRESENT_PREFIXES = new Set(['ت', 'ن', 'ي']);
export const withoutVerbPrefix = (stem: string): string[] =>
  stem.length >= 4 && PRESENT_PREFIXES.has(stem[0]!) ? [stem.slice(1)] : [];

const HANGUL_WORD = /^\p{sc=Hangul}+$/u;

/** A Korean word's two-syllable pieces, when it has more than two syllables. */
export function syllableBigrams(term: string): string[] {
  if (term.length <= 2 || !HANGUL_WORD.test(term)) return [];
  return Array.from({ length: term.length - 1 }, (_, i) => term.slice(i, i + 2));
}
