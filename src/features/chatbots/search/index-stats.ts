import { SEARCH_FIELDS, type SearchField } from '../../../lib/text-analysis/fields.js';
import type { Executor } from '../../../storage/database.js';

/** A chatbot's collection statistics, for BM25. */
export interface IndexStats {
  /** Chunks in the index. */
  chunks: number;
  /** Average terms per chunk, by field. */
  averageLength: Record<SearchField, number>;
  /** The languages of its pages, most chunks first. */
  languages: string[];
}

// Statistics change only while a chatbot trains, and BM25 barely notices a
// few seconds' lag: each process keeps them briefly instead of asking every time.
const CACHE_MS = 5_000;
const CACHE_SIZE = 1_000;
const cache = new Map<string, { at: number; stats: IndexStats }>();

/** A chatbot's collection statistics, at most a few seconds old. */
export async function loadIndexStats(
  db: Executor,
  target: { workspaceId: string; chatbotId: string },
): Promise<IndexStats> {
  const key = `${target.workspaceId}/${target.chatbotId}`;
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.stats;
  const stats = await readIndexStats(db, target);
  // An empty index is about to be trained: ask again next time.
  if (stats.chunks === 0) return stats;
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, { at: Date.now(), stats });
  return stats;
}

async function readIndexStats(db: Executor, target: { workspaceId: string; chatbotId: string }): Promise<IndexStats> {
  const rows = await db
    .selectFrom('chatbot_index_stats')
    .selectAll()
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .where('chunks', '>', 0)
    .orderBy('chunks', 'desc')
    .orderBy('language')
    .execute();
  const chunks = rows.reduce((sum, r) => sum + r.chunks, 0);
  const averageLength = Object.fromEntries(
    SEARCH_FIELDS.map((field) => [
      field,
      chunks === 0 ? 1 : Math.max(rows.reduce((sum, r) => sum + r[`${field}_length`], 0) / chunks, 1),
    ]),
  ) as Record<SearchField, number>;
  return { chunks, averageLength, languages: rows.map((r) => r.language) };
}
