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

export async function loadIndexStats(db: Executor, target: { workspaceId: string; chatbotId: string }): Promise<IndexStats> {
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
    SEARCH_FIELDS.map((field) => [field, chunks === 0 ? 1 : Math.max(rows.reduce((sum, r) => sum + r[`${field}_length`], 0) / chunks, 1)]),
  ) as Record<SearchField, number>;
  return { chunks, averageLength, languages: rows.map((r) => r.language) };
}

/** How many of a chatbot's chunks hold each term (absent terms: 0). */
export async function loadDocumentFrequencies(db: Executor, chatbotId: string, terms: string[]): Promise<Map<string, number>> {
  const df = new Map(terms.map((t) => [t, 0]));
  if (terms.length === 0) return df;
  const rows = await db.selectFrom('chatbot_terms').select(['term', 'chunks']).where('chatbot_id', '=', chatbotId).where('term', 'in', terms).execute();
  for (const row of rows) df.set(row.term, row.chunks);
  return df;
}
