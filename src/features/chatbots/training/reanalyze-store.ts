import { sql } from 'kysely';
import type { Database, Executor } from '../../../storage/database.js';
import { fieldsVector } from '../../../storage/tsvector.js';
import { adjustTermStats, CHUNK_ANALYSIS_COLUMNS, fieldTerms, type ChunkAnalysis } from './term-stats-store.js';

// A chatbot's index analyzed again in place, page by page (when the analyzer
// changes): its chunks' terms and search vectors, and the term statistics.

/** A stored chunk with what analyzing it again takes. */
export interface StoredChunk extends ChunkAnalysis {
  id: number;
  title: string;
  heading: string;
  text: string;
}

/** Up to `limit` of a chatbot's page ids after `after`, in order: the batches its index is walked in. */
export async function pageIdsAfter(db: Executor, chatbotId: string, after: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('chatbot_pages')
    .select('id')
    .where('chatbot_id', '=', chatbotId)
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Rewrites the analysis of a page's chunks as `reanalyze` gives it, with the
 * chatbot's term statistics, in one transaction that holds the chunks, so a
 * training replacing the page meanwhile waits for it or goes first whole.
 * Returns how many chunks changed.
 */
export async function reanalyzePage(
  database: Database,
  target: { workspaceId: string; chatbotId: string },
  pageId: string,
  reanalyze: (chunks: readonly StoredChunk[]) => ChunkAnalysis[],
): Promise<number> {
  return database.db.transaction().execute(async (trx) => {
    const chunks = await database.engine
      .forUpdate(
        trx
          .selectFrom('chatbot_chunks')
          .select(['id', 'title', 'heading', 'text', ...CHUNK_ANALYSIS_COLUMNS])
          .where('page_id', '=', pageId)
          .orderBy('id'),
      )
      .execute();
    const analyses = reanalyze(chunks);
    const changed = chunks.flatMap((chunk, i) => {
      const analysis = analyses[i]!;
      return CHUNK_ANALYSIS_COLUMNS.every((column) => chunk[column] === analysis[column]) ? [] : [{ chunk, analysis }];
    });
    for (const { chunk, analysis } of changed) {
      await trx.updateTable('chatbot_chunks').set(analysis).where('id', '=', chunk.id).execute();
      await database.engine.pick({ sqlite: async () => {}, postgres: updateVector })(trx, chunk.id, analysis);
    }
    await adjustTermStats(
      trx,
      target,
      changed.map((c) => c.chunk),
      changed.map((c) => c.analysis),
    );
    return changed.length;
  });
}

/** Writes a chunk's search vector anew from its analysis (PostgreSQL; SQLite's FTS5 follows by trigger). */
export async function updateVector(trx: Executor, id: number, analysis: ChunkAnalysis): Promise<void> {
  await trx
    .updateTable('chatbot_chunk_vectors')
    .set({ search: sql<string>`cast(${fieldsVector(fieldTerms(analysis))} as tsvector)` })
    .where('id', '=', id)
    .execute();
}
