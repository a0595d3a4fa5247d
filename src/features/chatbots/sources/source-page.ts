import { Marked } from 'marked';
import { chunkPage, type IndexedPage } from '../training/index-page.js';
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

export const textContent = (row: Pick<SourceRow, 'content'>) => JSON.parse(row.content) as TextContent;
export const qnaContent = (row: Pick<SourceRow, 'content'>) => JSON.parse(row.content) as QnaContent;

/** Where answers cite a source: its public page on this Grivo. */
export function sourceUrl(publicUrl: string, id: string): string {
  return new URL(`/sources/${encodeURIComponent(id)}`, publicUrl).href;
}

/**
 * A source as a page of the index, through the same extraction as a crawled
 * page: Markdown (plain text is Markdown too) becomes HTML whose headings
 * carry anchors, so each heading is a section cited by its own `#anchor`.
 * The page's language is detected from its text.
 */
export function indexSource(row: Pick<SourceRow, 'type' | 'title' | 'content'>, url: string): IndexedPage {
  const body =
    row.type === 'qna'
      ? `<h1>${escapeHtml(qnaContent(row).question)}</h1>${markdown(qnaContent(row).answer)}`
      : `<h1>${escapeHtml(row.title)}</h1>${markdown(textContent(row).text)}`;
  return chunkPage(
    `<!doctype html><html><head><title>${escapeHtml(row.title)}</title></head><body><main>${body}</main></body></html>`,
    url,
  );
}

function markdown(text: string): string {
  const slugs = new Map<string, number>();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        // GitHub's anchors: lower case, letters, digits, - and _; repeats numbered.
        const base =
          inner
            .replace(/<[^>]*>/g, '')
            .toLowerCase()
            .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
            .trim()
            .replace(/\s+/g, '-') || 'section';
        const seen = slugs.get(base) ?? 0;
        slugs.set(base, seen + 1);
        return `<h${depth} id="${seen === 0 ? base : `${base}-${seen}`}">${inner}</h${depth}>\n`;
      },
    },
  });
  return marked.parse(text, { async: false });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
