import { StemmerCa } from '@nlpjs/lang-ca';
import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerEu } from '@nlpjs/lang-eu';
import { StemmerPl } from '@nlpjs/lang-pl';
import { StemmerSl } from '@nlpjs/lang-sl';

// Stemmers from nlp.js: Snowball's English (Porter2; Orama's "english" is
// Porter's first algorithm and drops the t of -tion, so "exception" never met
// "except", nor "connection" "connect"), and, for languages Orama has none
// for, Snowball's Catalan and Basque, the Slovenian stemmer generated with
// Snowball's tools, and a light Polish suffix stripper written for words
// without their diacritics but with ł (dostawę → dostaw, płatności → płatnosc).
interface Stemmer {
  setCurrent(word: string): void;
  innerStem(): void;
  getCurrent(): string;
}

/** An nlp.js stemmer as a function of a word. */
export function stemmerOf(stemmer: Stemmer): (word: string) => string {
  return (word) => {
    // Not stemWord(): it caches every word it ever sees, without bound.
    stemmer.setCurrent(word);
    stemmer.innerStem();
    return stemmer.getCurrent();
  };
}

export const catalan = stemmerOf(new StemmerCa());
const porter2 = stemmerOf(new StemmerEn());
// Porter2 takes a final s only from a word with a vowel before its last two
// letters, so an acronym's plural ("pdfs", "dvds") never met the acronym.
const ACRONYM_PLURAL = /^[b-df-hj-np-rtv-xz]{2,}s$/;
export const english = (word: string) => (ACRONYM_PLURAL.test(word) ? word.slice(0, -1) : porter2(word));
export const basque = stemmerOf(new StemmerEu());
export const polish = stemmerOf(new StemmerPl());
export const slovenian = stemmerOf(new StemmerSl());
