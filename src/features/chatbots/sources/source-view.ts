import { HEADING_SEPARATOR } from '../../../lib/text-analysis/fields.js';
import type { Executor } from '../../../storage/database.js';
import { sourcePageChunks } from '../training/pages-store.js';
import { escapeHtml } from './html.js';
import { fileContent } from './source-page.js';
import { findSourceById, sourceFileBytes } from './sources-store.js';

/**
 * A source's public page, from what was trained of it (escaped, never the
 * owner's own HTML): its sections under their headings, each heading with the
 * anchor answers cite it by.
 */
export async function sourcePage(db: Executor, id: string): Promise<{ status: number; html: string }> {
  const source = await findSourceById(db, id);
  const chunks = source ? await sourcePageChunks(db, source.chatbot_id, source.id) : [];
  if (!source || chunks.length === 0)
    return {
      status: 404,
      html: layout('Not found', '<p>This source does not exist, or is not trained yet.</p>', 'en'),
    };
  let body = '';
  let heading = '';
  for (const chunk of chunks) {
    const path = chunk.heading === '' ? [] : chunk.heading.split(HEADING_SEPARATOR);
    const own = path.length > 1 ? path.at(-1)! : '';
    if (chunk.heading !== heading && own !== '') {
      const id = chunk.anchor ? ` id="${escapeHtml(chunk.anchor)}"` : '';
      body += `<h2${id}>${escapeHtml(own)}</h2>`;
    }
    heading = chunk.heading;
    body += chunk.text
      .split(/\n{2,}/)
      .map((block) => `<p>${escapeHtml(block)}</p>`)
      .join('');
  }
  return { status: 200, html: layout(chunks[0]!.title, body, chunks[0]!.language) };
}

function layout(title: string, body: string, language: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
p{white-space:pre-wrap}h2{margin-top:2rem}</style>
</head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/** A trained PDF source's file, with the name to show for it. */
export async function sourcePdf(db: Executor, id: string): Promise<{ name: string; bytes: Uint8Array } | undefined> {
  const source = await findSourceById(db, id);
  if (source?.type !== 'file' || fileContent(source).kind !== 'pdf') return undefined;
  const bytes = await sourceFileBytes(db, id);
  return bytes && { name: fileContent(source).name ?? `${source.title}.pdf`, bytes };
}
