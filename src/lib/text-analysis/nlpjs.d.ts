// nlp.js's language packages ship no types; the part Grivo uses: their stemmers.
declare module '@nlpjs/lang-*' {
  export class NlpjsStemmer {
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
  export const StemmerPl: typeof NlpjsStemmer;
  export const StemmerSl: typeof NlpjsStemmer;
  export const StemmerCa: typeof NlpjsStemmer;
  export const StemmerEu: typeof NlpjsStemmer;
  export const StemmerEn: typeof NlpjsStemmer;
  export class StemmerTl extends NlpjsStemmer {
    removePrefix(word: string): string;
    removeInfix(word: string): string;
  }
}
