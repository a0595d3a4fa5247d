import { createHash } from 'node:crypto';
import type { Embedder } from '../../../providers/llm/llm.js';
import { chunkSections } from '../extract/chunk.js';
import { extractPage } from '../extract/extract-page.js';
import type { NewChunk } from './pages-store.js';

export interface IndexedPage {
  title: string;
  chunks: NewChunk[];
  /** Of the extracted text: equal hashes mean nothing to re-index. */
  contentHash: string;
}

export const HEADING_SEPARATOR = ' › ';

/** Extracts a page's main content and cuts it into chunks ready to store. */
export function chunkPage(html: string, url: string): IndexedPage {
  const page = extractPage(html, url);
  const chunks = chunkSections(page).map((c) => ({
    position: c.position,
    anchor: c.anchor,
    title: page.title,
    heading: c.headingPath.join(HEADING_SEPARATOR),
    section: c.headingPath.at(-1) ?? '',
    text: c.text,
    embedding: null,
  }));
  const hash = createHash('sha256').update(page.title);
  for (const c of chunks) hash.update('\u0000').update(c.heading).update('\u0000').update(c.anchor ?? '').update('\u0000').update(c.text);
  return { title: page.title, chunks, contentHash: hash.digest('base64url') };
}

/** Adds each chunk's vector, when an embedding provider is configured. */
export async function embedChunks(embedder: Embedder | undefined, chunks: NewChunk[], signal?: AbortSignal): Promise<NewChunk[]> {
  if (!embedder || chunks.length === 0) return chunks;
  const vectors = await embedder.embed(chunks.map((c) => embeddingText(c)), { signal });
  return chunks.map((c, i) => ({ ...c, embedding: Buffer.from(vectors[i]!.buffer, vectors[i]!.byteOffset, vectors[i]!.byteLength) }));
}

export function embeddingText(c: Pick<NewChunk, 'title' | 'heading' | 'text'>): string {
  return `${c.title}\n${c.heading}\n\n${c.text}`;
}
