import { StemmerCa } from '@nlpjs/lang-ca';
import { StemmerEu } from '@nlpjs/lang-eu';
import { StemmerPl } from '@nlpjs/lang-pl';
import { StemmerSl } from '@nlpjs/lang-sl';

// Stemmers of languages Orama has none for, from nlp.js: Snowball's Catalan
// and Basque, the Slovenian stemmer generated with Snowball's tools, and a
// light Polish suffix stripper written for words without their diacritics but
// with ł (dostawę → dostaw, płatności → płatnosc).
interface Stemmer {
  setCurrent(word: string): void;
  innerStem(): void;
  getCurrent(): string;
}

function stemmerOf(stemmer: Stemmer): (word: string) => string {
  return (word) => {
    // Not stemWord(): it caches every word it ever sees, without bound.
    stemmer.setCurrent(word);
    stemmer.innerStem();
    return stemmer.getCurrent();
  };
}

export const catalan = stemmerOf(new StemmerCa());
export const basque = stemmerOf(new StemmerEu());
export const polish = stemmerOf(new StemmerPl());
export const slovenian = stemmerOf(new StemmerSl());
