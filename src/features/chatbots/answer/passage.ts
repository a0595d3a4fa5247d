/** A retrieved chunk of a trained page, ready to quote or cite. */
export interface Passage {
  chunkId: number;
  url: string;
  /** heading id, without '#' */
  anchor: string | null;
  pageTitle: string;
  headingPath: string[];
  text: string;
  /** higher is better, comparable only within one retrieval */
  score: number;
}

/** The address a citation of `passage` points to: its page, at its heading when it has one. */
export function citationUrl(passage: Pick<Passage, 'url' | 'anchor'>): string {
  return passage.anchor ? `${passage.url}#${passage.anchor}` : passage.url;
}
