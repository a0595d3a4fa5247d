// @nlpjs/lang-pl ships no types; the part Grivo uses.
declare module '@nlpjs/lang-pl' {
  export class StemmerPl {
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
}
