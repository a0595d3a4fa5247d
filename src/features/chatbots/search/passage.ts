import type { AnswerType } from './answer-types.js';
import type { QueryTerm } from './query-terms.js';

/** A retrieved section (its best chunk), ready to quote or cite. */
export interface Passage {
  chunkId: number;
  url: string;
  /** heading id, without '#' */
  anchor: string | null;
  pageTitle: string;
  headingPath: string[];
  text: string;
  /** BCP 47 primary subtag of the page's language, or `und`. */
  language: string;
  /** The question's terms as read in the passage's language, with their weights. */
  terms: QueryTerm[];
  /** The kinds of answer the question asks for (a phone number, an address): a sentence holding one is the one to quote. */
  answerTypes?: readonly AnswerType[];
  /** higher is better, comparable only within one retrieval */
  score: number;
}

// What no URL holds raw but an id may (id="opening hours"): percent-encoded,
// as the URL standard encodes a fragment; a browser decodes it back to find the id.
const NOT_IN_FRAGMENT = /[\s"<>`]/g;

/** The address a citation of `passage` points to: its page, at its heading when it has one. */
export function citationUrl(passage: Pick<Passage, 'url' | 'anchor'>): string {
  return passage.anchor ? `${passage.url}#${passage.anchor.replace(NOT_IN_FRAGMENT, encodeURIComponent)}` : passage.url;
}
