// Vietnamese writes a space between the syllables of its words, and most of
// its words are two syllables (cửa hàng "shop", giao hàng "delivery", thanh
// toán "payment"): alone, a syllable such as hàng or toán is part of many
// unrelated words. With no dictionary segmenter to find the words, each two
// neighbouring syllables are also a term of their own, as Lucene's CJK
// analyzer indexes character bigrams: a question's "giao hàng" then meets a
// page's "giao hàng" by that term too, and a page's lone "hàng" only by its
// syllable.

/** Joins a pair's two syllables: never in a term otherwise (TOKEN splits words at it), nor a letter. */
export const PAIR_JOINER = '+';
// Syllables next to each other in a sentence: only spaces between them, not a
// line (a heading and the paragraph under it), nor punctuation.
const NEIGHBOURS = /^[^\S\n]+$/u;
const SYLLABLE = /^[\p{L}\p{M}]+$/u;

/** Collects the pairs of neighbouring syllables of one text, as analyze() reads its words in order. */
export class SyllablePairs {
  readonly found: string[] = [];
  #previous: string | null = null;
  #previousEnd = -1;

  /**
   * @param mark the mark a question typed without accents puts before each of its terms ('' otherwise)
   * @param isFunctionWords whether two syllables, with a space between them, are a function word of the language (bao giờ, chúng tôi)
   */
  constructor(
    private readonly mark: string,
    private readonly isFunctionWords: (words: string) => boolean,
  ) {}

  /**
   * Reads the next word of the text, found at `at` in `text`, which gave the
   * terms from `from` on: a syllable (one word of letters giving one term)
   * pairs with the syllable before it when only spaces are between them. A
   * dropped word, a number or a compound breaks the chain.
   */
  next(text: string, word: string, at: number, terms: readonly string[], from: number): void {
    const term = terms.length === from + 1 && SYLLABLE.test(word) ? terms[from]!.slice(this.mark.length) : null;
    const previous = this.#previous;
    if (term !== null && previous !== null && NEIGHBOURS.test(text.slice(this.#previousEnd, at))) {
      if (!this.isFunctionWords(`${previous} ${term}`)) this.found.push(`${this.mark}${previous}${PAIR_JOINER}${term}`);
    }
    this.#previous = term;
    this.#previousEnd = at + word.length;
  }
}
