import { apiTime } from '../../../lib/time.js';
import type { ChatbotRow } from '../chatbot-row.js';
import type { CrawlOptions } from '../schema.js';
import { crawlState, isCrawlType } from './crawl-sources.js';
import { FILE_MEDIA_TYPES } from './file-types.js';
import type { SourceResponse } from './schema.js';
import { fileContent, qnaContent, sourceUrl, textContent, type FileContent } from './source-page.js';
import type { SourceRow } from './sources-store.js';

/** The chatbot's crawl, for its crawl sources' state. */
export interface CrawlView {
  chatbot: ChatbotRow;
  counts: { pages: number; chunks: number };
}

/** A source as the API shows it; a crawl source's state is its chatbot's crawl's (`view`). */
export function toSourceResponse(
  deps: { config: { publicUrl: string } },
  source: SourceRow,
  view?: CrawlView,
): SourceResponse {
  const crawled = isCrawlType(source.type);
  const row = crawled && view ? { ...source, ...crawlState(view.chatbot, view.counts) } : source;
  const setting = crawled ? (JSON.parse(row.content) as { url?: string; crawl?: CrawlOptions; urls?: string[] }) : {};
  const qna = row.type === 'qna' ? qnaContent(row) : undefined;
  return {
    id: row.id,
    chatbot_id: row.chatbot_id,
    type: row.type,
    title: row.title,
    text: row.type === 'text' ? textContent(row).text : null,
    question: qna?.question ?? null,
    answer: qna?.answer ?? null,
    alternatives: qna?.alternatives ?? null,
    file: row.type === 'file' ? fileResponse(fileContent(row)) : null,
    url: setting.url ?? (row.type === 'urls' ? (setting.urls?.[0] ?? '') : sourceUrl(deps.config.publicUrl, row)),
    crawl: row.type === 'website' ? (setting.crawl ?? {}) : null,
    urls: row.type === 'urls' ? (setting.urls ?? []) : null,
    status: row.status,
    error: row.error,
    characters: Number(row.characters),
    pages: Number(row.pages),
    chunks: Number(row.chunks),
    from_message_id: row.from_message_id,
    last_trained_at: row.trained_at === null ? null : apiTime(row.trained_at),
    created_at: apiTime(row.created_at),
    updated_at: apiTime(row.updated_at),
  };
}

function fileResponse(file: FileContent) {
  return { name: file.name, media_type: FILE_MEDIA_TYPES[file.kind], size: file.size };
}
