import { createHash } from 'node:crypto';
import type { HtmlDocument } from '../../../lib/html/dom.js';
import {
  confirmLanguage,
  detectLanguage,
  detectPageLanguage,
  type DetectedLanguage,
  LANGUAGE_SAMPLE_CHARS,
} from '../../../lib/text-analysis/detect.js';
import {
  analyzeFields,
  HEADING_SEPARATOR,
  pageFieldsAnalyzer,
  sectionFields,
} from '../../../lib/text-analysis/fields.js';
import { languageProfile } from '../../../lib/text-analysis/languages.js';
import type { Embedder } from '../../../providers/llm/llm.js';
import { chunkSections } from '../extract/chunk.js';
import { pageBlockKeys } from '../extract/blocks.js';
import { extractPage, titleFromUrl } from '../extract/extract-page.js';
import type { NewChunk } from './pages-store.js';
import type { StoredChunk } from './reanalyze-store.js';
import type { ChunkAnalysis } from './term-stats-store.js';

export interface IndexedPage {
  title: string;
  /** The title is the URL's last segment (the page names none): `retitle` it for another URL. */
  titleFromUrl: boolean;
  chunks: NewChunk[];
  /**
   * The page declares its language, or its text tells it with confidence;
   * else its chunks are in the language detected on a few words, which the
   * site's language may better (`inLanguage`).
   */
  languageSure: boolean;
  /** Of the extracted text: equal hashes mean nothing to re-index. */
  contentHash: string;
  /** The keys of its chunks' blocks, to find those repeated across the site (training/repeated-blocks.ts). */
  blockKeys: string[];
}

/**
 * Extracts a page's main content and cuts it into chunks ready to store,
 * each analyzed in the page's language: the one its HTML declares, else its
 * `Content-Language` header — unless its text is plainly in another — else
 * the one its text is written in. A parsed document is read, and changed, in place.
 */
export function chunkPage(
  html: string | HtmlDocument,
  url: string,
  contentLanguage: string | null = null,
): IndexedPage {
  const page = extractPage(html, url);
  const sections = chunkSections(page);
  const { language, sure } = pageLanguage(page.lang, contentLanguage, () => leadingText(page.title, sections));
  const analyzeChunk = chunkAnalyzer(language);
  const chunks = sections.map((c) => ({
    position: c.position,
    anchor: c.anchor,
    title: page.title,
    heading: c.headingPath.join(HEADING_SEPARATOR),
    section: c.headingPath.at(-1) ?? '',
    text: c.text,
    embedding: null,
    ...analyzeChunk(page.title, c.headingPath, c.text),
  }));
  return {
    title: page.title,
    titleFromUrl: page.titleFromUrl,
    chunks,
    languageSure: sure,
    contentHash: contentHash(page.title, chunks),
    blockKeys: pageBlockKeys(chunks.map((c) => c.text)),
  };
}

/** The page with its chunks analyzed in `language` (the site's, for a page whose own is not sure). */
export function inLanguage(page: IndexedPage, language: string): IndexedPage {
  if (page.chunks.every((c) => c.language === language)) return page;
  const analyzeChunk = chunkAnalyzer(language);
  const chunks = page.chunks.map((c) => ({ ...c, ...analyzeChunk(c.title, headingPath(c.heading), c.text) }));
  return { ...page, chunks };
}

/** The page as `chunkPage` would give it read at `url`, when its title came from its URL (the crawl's canonical one, say). */
export function retitle(page: IndexedPage, url: string): IndexedPage {
  const title = titleFromUrl(url);
  if (!page.titleFromUrl || title === page.title) return page;
  const chunks = page.chunks.map((c) => ({
    ...c,
    title,
    title_terms: analyzeFields({ title, heading: '', path: '', text: '' }, c.language).title,
  }));
  return { ...page, title, chunks, contentHash: contentHash(title, chunks) };
}

/**
 * How pages are extracted and cut into chunks; raised when the same HTML
 * gives other chunks (2: code blocks no longer cut at their blank lines;
 * 3: a <dl> of inline names and values read as a table's rows, hidden
 * accordion and tab panels kept, a layout table's cells read as blocks;
 * 4: a short section with an anchor of its own is a chunk of its own, a
 * cell's "|" escaped, boxes a flex or grid lays out kept apart, contact
 * links not counted as navigation, a short page's content wrapper trusted
 * when it holds the title, a PDF's short lines kept apart; 5: a
 * <details> titled by its summary, one level below its heading). A
 * page's content hash starts with it, so the next training reads a page
 * kept by an older extraction again, whole, even where the site says it has
 * not changed.
 */
export const EXTRACTION_VERSION = 5;
const HASH_PREFIX = `${EXTRACTION_VERSION}.`;

/** Whether a stored content hash was made by the current extraction. */
export const isCurrentExtraction = (hash: string | null): boolean => hash?.startsWith(HASH_PREFIX) ?? false;

function contentHash(title: string, chunks: readonly Pick<NewChunk, 'heading' | 'anchor' | 'text'>[]): string {
  const hash = createHash('sha256').update(title);
  for (const c of chunks)
    hash
      .update('\u0000')
      .update(c.heading)
      .update('\u0000')
      .update(c.anchor ?? '')
      .update('\u0000')
      .update(c.text);
  return HASH_PREFIX + hash.digest('base64url');
}

/**
 * A stored page's chunks analyzed again by today's analyzer, in the language
 * they were indexed in — detected anew where none was known then.
 */
export function reanalyzeChunks(chunks: readonly StoredChunk[]): ChunkAnalysis[] {
  const stored = chunks[0]?.language ?? 'und';
  const language =
    languageProfile(stored).code !== 'und'
      ? stored
      : detectLanguage([chunks[0]?.title ?? '', ...chunks.map((c) => c.text)].join('\n'));
  const analyzeChunk = chunkAnalyzer(language);
  return chunks.map((c) =>
    c.text === '' ? unsearchable(language) : analyzeChunk(c.title, headingPath(c.heading), c.text),
  );
}

/**
 * A chunk's analysis once its text is `text` (blocks repeated across the
 * site cut from it, or put back), in the language it was indexed in. A chunk
 * left with no text is all chrome: it keeps its row, to be put back, but no
 * term, so no search finds it by its title or heading either.
 */
export function analyzeChunkText(
  chunk: { title: string; heading: string; language: string },
  text: string,
): ChunkAnalysis {
  if (text === '') return unsearchable(chunk.language);
  return chunkAnalyzer(chunk.language)(chunk.title, headingPath(chunk.heading), text);
}

const unsearchable = (language: string): ChunkAnalysis => ({
  language,
  title_terms: '',
  heading_terms: '',
  path_terms: '',
  text_terms: '',
});

const headingPath = (heading: string) => (heading === '' ? [] : heading.split(HEADING_SEPARATOR));

/** Analyzes the chunks of one page in `language` (see pageFieldsAnalyzer). */
function chunkAnalyzer(language: string): (title: string, headingPath: string[], text: string) => ChunkAnalysis {
  const analyzeFields = pageFieldsAnalyzer(language);
  return (title, headingPath, text) => {
    const terms = analyzeFields(sectionFields(title, headingPath, text));
    return {
      language,
      title_terms: terms.title,
      heading_terms: terms.heading,
      path_terms: terms.path,
      text_terms: terms.text,
    };
  };
}

/** The start of the page's text the language checks read: its title and first sections, not the whole page joined. */
function leadingText(title: string, sections: readonly { text: string }[]): string {
  const parts = [title];
  let length = title.length;
  for (const section of sections) {
    if (length >= LANGUAGE_SAMPLE_CHARS) break;
    parts.push(section.text);
    length += section.text.length + 1;
  }
  return parts.join('\n');
}

function pageLanguage(declared: string | null, header: string | null, text: () => string): DetectedLanguage {
  for (const tag of [declared, header?.split(',')[0]]) {
    const code = languageProfile(tag).code;
    if (code !== 'und') return { language: confirmLanguage(code, text()), sure: true };
  }
  return detectPageLanguage(text());
}

/** Adds each chunk's vector, when an embedding provider is configured. */
export async function embedChunks(
  embedder: Embedder | undefined,
  chunks: NewChunk[],
  signal?: AbortSignal,
): Promise<NewChunk[]> {
  if (!embedder || chunks.length === 0) return chunks;
  const vectors = await embedder.embed(
    chunks.map((c) => embeddingText(c)),
    { signal },
  );
  return chunks.map((c, i) => ({
    ...c,
    embedding: Buffer.from(vectors[i]!.buffer, vectors[i]!.byteOffset, vectors[i]!.byteLength),
  }));
}

export function embeddingText(c: Pick<NewChunk, 'title' | 'heading' | 'text'>): string {
  return `${c.title}\n${c.heading}\n\n${c.text}`;
}
