import { fileHtml, SourceProblem } from './file-html.js';
import { escapeHtml, markdownHtml } from './html.js';
import type { FileKind } from './file-types.js';
import type { SourceRow } from './sources-store.js';

/** What a text source holds. */
export interface TextContent {
  text: string;
}

/** What a Q&A source holds. */
export interface QnaContent {
  question: string;
  answer: string;
  alternatives: string[];
}

/** What a file source records of its upload (the bytes are kept apart). */
export interface FileContent {
  name: string | null;
  kind: FileKind;
  size: number;
}

export const fileContent = (row: Pick<SourceRow, 'content'>) => JSON.parse(row.content) as FileContent;
export const textContent = (row: Pick<SourceRow, 'content'>) => JSON.parse(row.content) as TextContent;
export const qnaContent = (row: Pick<SourceRow, 'content'>) => JSON.parse(row.content) as QnaContent;

/**
 * Where answers cite a source: a PDF at its own bytes (a browser's viewer
 * opens it at the cited `#page=N`), anything else at a page of this Grivo
 * showing what was trained of it.
 */
export function sourceUrl(publicUrl: string, row: Pick<SourceRow, 'id' | 'type' | 'content'>): string {
  const pdf = row.type === 'file' && fileContent(row).kind === 'pdf';
  return new URL(`/${pdf ? 'files' : 'sources'}/${encodeURIComponent(row.id)}`, publicUrl).href;
}

/**
 * A source as an HTML page for the same extraction as a crawled page:
 * Markdown (plain text is Markdown too) becomes HTML whose headings carry
 * anchors, so each heading is a section cited by its own `#anchor`; a file
 * as its kind reads (see fileHtml). The page's language is detected from its text.
 */
export async function sourceHtml(
  row: Pick<SourceRow, 'type' | 'title' | 'content'>,
  bytes: Uint8Array | undefined,
): Promise<string> {
  if (row.type === 'file') {
    if (!bytes) throw new SourceProblem('The uploaded file is missing; upload it again.');
    return fileHtml(fileContent(row).kind, bytes, row.title);
  }
  const body =
    row.type === 'qna'
      ? `<h1>${escapeHtml(qnaContent(row).question)}</h1>${markdownHtml(qnaContent(row).answer)}`
      : `<h1>${escapeHtml(row.title)}</h1>${markdownHtml(textContent(row).text)}`;
  return `<!doctype html><html><head><title>${escapeHtml(row.title)}</title></head><body><main>${body}</main></body></html>`;
}
