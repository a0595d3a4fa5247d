import { StemmerPl } from '@nlpjs/lang-pl';

// Snowball has no Polish stemmer; nlp.js's is a light suffix stripper
// (nouns, diminutives, adjectives, verbs, plurals) written for words without
// their diacritics but with ł (dostawę → dostaw, płatności → płatnosc).
const stemmer = new StemmerPl();

/** The stem of a lower-case Polish word, diacritics other than ł already removed. */
export function polish(word: string): string {
  // Not stemWord(): it caches every word it ever sees, without bound.
  stemmer.setCurrent(word);
  stemmer.innerStem();
  return stemmer.getCurrent();
}
