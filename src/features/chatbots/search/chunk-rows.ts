import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../../storage/database.js';
import type { ChunkAnalysis } from '../training/term-stats-store.js';

/** A chunk as search scores and cites it. */
export interface ChunkRow extends ChunkAnalysis {
  id: number;
  url: string;
  anchor: string | null;
  title: string;
  heading: string;
  text: string;
}

/** What search reads of a chunk. */
export const CHUNK_COLUMNS = [
  'id',
  'url',
  'anchor',
  'title',
  'heading',
  'text',
  'language',
  'title_terms',
  'heading_terms',
  'path_terms',
  'text_terms',
] as const;

/**
 * The chunks with these ids, of this chatbot only, in no particular order.
 * The ids may be a query's: its rows then come in the same round trip.
 */
export async function loadChunks(
  db: Executor,
  target: { workspaceId: string; chatbotId: string },
  ids: number[] | RawBuilder<{ id: number }>,
): Promise<ChunkRow[]> {
  if (Array.isArray(ids) && ids.length === 0) return [];
  const rows = await db
    .selectFrom('chatbot_chunks')
    .select(CHUNK_COLUMNS)
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .where(
      Array.isArray(ids)
        ? sql<boolean>`${sql.ref('id')} in (${sql.join(ids)})`
        : sql<boolean>`${sql.ref('id')} in (${ids})`,
    )
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
