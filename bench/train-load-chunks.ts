// The retrieval part of `npm run bench:train`, its first step: a second
// chatbot filled with copies of the trained chatbot's chunks, each copy of the
// site under its own URLs, written the way training writes them (its term
// statistics kept, PostgreSQL's tsvectors alongside).
import { sql, type Selectable } from 'kysely';
import { insertChunks } from '../src/features/chatbots/training/pages-store.js';
import { adjustTermStats } from '../src/features/chatbots/training/term-stats-store.js';
import { newId } from '../src/lib/ids.js';
import { nowIso } from '../src/lib/time.js';
import type { Database } from '../src/storage/database.js';
import type { ChatbotChunksTable } from '../src/storage/tables-chatbots.js';

const ROWS_PER_TRANSACTION = 2_000;
const ROWS_PER_STATEMENT = 200; // 15 columns: 3,000 parameters, well under both engines' limits

export interface Target {
  workspaceId: string;
  chatbotId: string;
}

export interface LoadFigures {
  /** The chatbot's chunks and page rows once filled, and the copies begun. */
  chunks: number;
  pages: number;
  copies: number;
  sourceChunks: number;
  /** The time this step's inserts took. */
  seconds: number;
}

/** Grows a chatbot's chunks in steps: each `fillTo` adds copies until the chatbot holds `total`. */
export interface ChunkLoader {
  fillTo(total: number): Promise<LoadFigures>;
}

/**
 * A loader copying `sourceChatbotId`'s chunks into `target`, a few thousand rows
 * per transaction. One loader grows one chatbot, so retrieval at several sizes
 * measures the same index as it grows (a copy left part-way at one size is
 * finished first at the next).
 */
export async function chunkLoader(database: Database, source: Target, target: Target): Promise<ChunkLoader> {
  const { db } = database;
  // Every column but the id (insertChunks writes PostgreSQL's tsvector again from the terms).
  const chunks = (
    await db.selectFrom('chatbot_chunks').selectAll().where('chatbot_id', '=', source.chatbotId).orderBy('id').execute()
  ).map(({ id: _id, ...columns }) => columns as Omit<Selectable<ChatbotChunksTable>, 'id'>);
  if (chunks.length === 0) throw new Error('the trained chatbot has no chunks to copy');
  const pages = await db
    .selectFrom('chatbot_pages')
    .selectAll()
    .where('chatbot_id', '=', source.chatbotId)
    .where('status', '=', 'indexed')
    .execute();
  let inserted = 0;
  let pageRows = 0;
  let copy = -1;
  let offset = chunks.length; // into the current copy's chunks: none started yet
  let pageIds = new Map<string, string>();
  // Copy k of the site lives under its own host, so each chunk's URL (and page) is distinct.
  const rehost = (url: string) => url.replace(/^https?:\/\/[^/]+/, `https://mirror-${copy}.docs.example`);

  async function startCopy(): Promise<void> {
    copy++;
    offset = 0;
    pageIds = new Map();
    const now = nowIso();
    const pageCopies = pages.map((p) => {
      const id = newId('page');
      pageIds.set(p.id, id);
      return {
        ...p,
        id,
        chatbot_id: target.chatbotId,
        workspace_id: target.workspaceId,
        url: rehost(p.url),
        created_at: now,
        trained_at: now,
      };
    });
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < pageCopies.length; i += ROWS_PER_STATEMENT)
        await trx
          .insertInto('chatbot_pages')
          .values(pageCopies.slice(i, i + ROWS_PER_STATEMENT))
          .execute();
    });
    pageRows += pageCopies.length;
  }

  async function fillTo(total: number): Promise<LoadFigures> {
    const started = performance.now();
    while (inserted < total) {
      if (offset === chunks.length) await startCopy();
      const rows = chunks.slice(offset, offset + total - inserted).map((c) => ({
        ...c,
        workspace_id: target.workspaceId,
        chatbot_id: target.chatbotId,
        page_id: pageIds.get(c.page_id)!,
        url: rehost(c.url),
      }));
      for (let t = 0; t < rows.length; t += ROWS_PER_TRANSACTION) {
        const batch = rows.slice(t, t + ROWS_PER_TRANSACTION);
        await db.transaction().execute(async (trx) => {
          for (let i = 0; i < batch.length; i += ROWS_PER_STATEMENT)
            await insertChunks(trx, database.engine, batch.slice(i, i + ROWS_PER_STATEMENT));
          await adjustTermStats(trx, target, [], batch);
        });
      }
      offset += rows.length;
      inserted += rows.length;
    }
    await db
      .updateTable('chatbots')
      .set({ status: 'active', pages_trained: pageRows, trained_at: nowIso() })
      .where('id', '=', target.chatbotId)
      .execute();
    // What autovacuum would have done by the time anyone asks: planner statistics
    // for the new rows, and the full-text index's pending entries merged.
    if (database.dialect === 'postgres') await sql`vacuum analyze chatbot_chunks, chatbot_chunk_vectors`.execute(db);
    return {
      chunks: inserted,
      pages: pageRows,
      copies: copy + 1,
      sourceChunks: chunks.length,
      seconds: (performance.now() - started) / 1000,
    };
  }
  return { fillTo };
}
