import type { Database } from '../../../storage/database.js';
import type { CrawlOptions } from '../schema.js';
import { settingsOf, type ChatbotRow } from '../chatbot-row.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/time.js';
import {
  deleteSourceRow,
  insertSourcesIgnoringConflicts,
  listCrawlSourceRows,
  updateSourceRow,
  type SourceRow,
} from './sources-store.js';

/** The kinds of source that are a chatbot's crawl settings. */
const CRAWL_TYPES = ['website', 'sitemap', 'urls'] as const;
export type CrawlType = (typeof CRAWL_TYPES)[number];

export const isCrawlType = (type: string): type is CrawlType => (CRAWL_TYPES as readonly string[]).includes(type);

/** What a crawl source holds: the chatbot's setting it stands for. */
type CrawlContent = { url: string; crawl: CrawlOptions } | { url: string } | { urls: string[] };

/**
 * A chatbot's crawl — `website_url` (with `crawl`), `sitemap_url`, `urls` —
 * as sources of types `website`, `sitemap` and `urls`, one each at most. The
 * chatbot's settings are the truth: these rows give them stable `src_` ids,
 * are brought in line with them whenever sources are read (so a PATCH of the
 * chatbot shows at once), and a change through the sources API is made to the
 * settings. Their status is the crawl's.
 */
export function crawlSettings(chatbot: ChatbotRow): { type: CrawlType; title: string; content: CrawlContent }[] {
  const settings = settingsOf(chatbot);
  const wanted: { type: CrawlType; title: string; content: CrawlContent }[] = [];
  if (chatbot.website_url)
    wanted.push({
      type: 'website',
      title: chatbot.website_url,
      content: { url: chatbot.website_url, crawl: settings.crawl },
    });
  if (chatbot.sitemap_url)
    wanted.push({ type: 'sitemap', title: chatbot.sitemap_url, content: { url: chatbot.sitemap_url } });
  if (settings.urls.length > 0)
    wanted.push({
      type: 'urls',
      title: `${settings.urls.length} page${settings.urls.length === 1 ? '' : 's'}`,
      content: { urls: settings.urls },
    });
  return wanted;
}

/** Brings the chatbot's crawl sources in line with its settings. */
export async function syncCrawlSources(database: Database, chatbot: ChatbotRow): Promise<void> {
  const { db } = database;
  const wanted = crawlSettings(chatbot);
  const rows = await listCrawlSourceRows(db, chatbot.id);
  const now = nowIso();
  for (const row of rows) {
    const want = wanted.find((w) => w.type === row.type);
    if (!want) await deleteSourceRow(db, row.id);
    else if (JSON.stringify(want.content) !== row.content || want.title !== row.title)
      await updateSourceRow(db, row.id, { title: want.title, content: JSON.stringify(want.content), updated_at: now });
  }
  const missing = wanted.filter((w) => !rows.some((r) => r.type === w.type));
  // Two readers at once insert the same row: the unique index keeps one.
  await insertSourcesIgnoringConflicts(
    database,
    missing.map((w) => ({
      id: newId('src'),
      workspace_id: chatbot.workspace_id,
      chatbot_id: chatbot.id,
      type: w.type,
      title: w.title,
      content: JSON.stringify(w.content),
      characters: 0,
      status: 'pending' as const,
      error: null,
      revision: 1,
      pages: 0,
      chunks: 0,
      match_keys: '[]',
      from_message_id: null,
      trained_at: null,
      created_at: now,
      updated_at: now,
    })),
  );
}

/** A crawl source's status, pages and time, as its chatbot's crawl has them. */
export function crawlState(
  chatbot: ChatbotRow,
  crawlPages: { pages: number; chunks: number },
): Pick<SourceRow, 'status' | 'error' | 'pages' | 'chunks' | 'trained_at'> {
  const status = ({ untrained: 'pending', training: 'training', active: 'trained', failed: 'failed' } as const)[
    chatbot.status as 'untrained' | 'training' | 'active' | 'failed'
  ];
  return { status: status ?? 'pending', error: chatbot.error, ...crawlPages, trained_at: chatbot.trained_at };
}
