/** One heading's own content: the chain of enclosing headings, its anchor and its prose. */
export interface Section {
  /** Enclosing headings outermost first, e.g. ['Built-in Types', 'Numeric Types']; [] before the first heading. */
  headingPath: string[];
  /** Fragment id that scrolls to the heading (`page_url#anchor`), or null when the page offers none. */
  anchor: string | null;
  /** Plain text: paragraphs separated by blank lines, list items and table rows on their own lines. */
  text: string;
}

/** Main content of one HTML page, split at its headings. */
export interface ExtractedPage {
  title: string;
  /** The page names no title (no h1, og:title or title): `title` is its URL's last segment. */
  titleFromUrl: boolean;
  lang: string | null;
  sections: Section[];
  /** Total characters of section text, to spot near-empty pages cheaply. */
  textLength: number;
}

/** A search/citation unit cut from a page's sections. */
export interface Chunk {
  /** 0-based order of the chunk within its page. */
  position: number;
  headingPath: string[];
  anchor: string | null;
  text: string;
}
