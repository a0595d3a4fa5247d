import { setImmediate } from 'node:timers/promises';
import { CompiledQuery, type Insertable, type Selectable } from 'kysely';
import { postgresValuesText, rowValues, sqliteValuesText } from '../../../storage/bulk-insert.js';
import { newId } from '../../../lib/ids.js';
import type { Executor } from '../../../storage/database.js';
import type { SqlEngine } from '../../../storage/sql-engine.js';
import type { ChatbotChunksTable, ChatbotPagesTable } from '../../../storage/tables-chatbots.js';
import { fieldsVector } from '../../../storage/tsvector.js';
import { adjustTermStats, CHUNK_ANALYSIS_COLUMNS, fieldTerms, type ChunkAnalysis } from './term-stats-store.js';

export type PageRow = Selectable<ChatbotPagesTable>;
export type NewChunk = Omit<Insertable<ChatbotChunksTable>, 'id' | 'workspace_id' | 'chatbot_id' | 'page_id' | 'url'>;

/** What the previous training kept of a page: enough for a conditional request and an unchanged-content check. */
export interface KnownPage {
  id: string;
  status: PageRow['status'];
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  links: string[];
}

/** The crawl's pages (a source's pages are its own: the crawl neither sees nor removes them). */
export async function loadKnownPages(db: Executor, chatbotId: string): Promise<Map<string, KnownPage>> {
  const rows = await db
    .selectFrom('chatbot_pages')
    .select(['id', 'url', 'status', 'etag', 'last_modified', 'content_hash', 'links'])
    .where('chatbot_id', '=', chatbotId)
    .where('source_id', 'is', null)
    .execute();
  return new Map(
    rows.map((r) => [
      r.url,
      {
        id: r.id,
        status: r.status,
        etag: r.etag,
        lastModified: r.last_modified,
        contentHash: r.content_hash,
        links: JSON.parse(r.links) as string[],
      },
    ]),
  );
}

interface PageIdentity {
  workspaceId: string;
  chatbotId: string;
  url: string;
  run: number;
  now: string;
  /** The source the page is trained from; none for the crawl's. */
  sourceId?: string;
}

export interface PageFacts {
  title: string;
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  links: string[];
  /** The keys of its chunks' blocks (extract/blocks.ts): the crawl's pages have them, a source's none. */
  blockKeys?: string[];
}

/** What one page of a training run comes to, written with the pages around it by `writePages`. */
export type PageWrite =
  /** New or changed: its chunks replace the ones it had. */
  | {
      kind: 'indexed';
      known: Pick<KnownPage, 'id'> | undefined;
      who: PageIdentity;
      facts: PageFacts;
      chunks: NewChunk[];
    }
  /** Could not be indexed (not HTML, an error, robots, noindex, no text…): reported, out of the index. */
  | { kind: 'skipped'; known: Pick<KnownPage, 'id'> | undefined; who: PageIdentity; reason: string }
  /** Seen unchanged by this run: it stays in the index. */
  | { kind: 'unchanged'; known: KnownPage; run: number; facts: Partial<PageFacts> };

/**
 * Writes pages in the caller's transaction (a training run's several, a
 * source's one), so a question asked meanwhile sees each page's old or new
 * version whole. The chatbot's term statistics are adjusted once for all of
 * them: most terms are on many pages, and one upsert per term for a batch
 * costs a fraction of one per page.
 */
export async function writePages(
  trx: Executor,
  engine: SqlEngine,
  target: { workspaceId: string; chatbotId: string },
  writes: readonly PageWrite[],
): Promise<void> {
  const replaced = writes.flatMap((w) => (w.kind !== 'unchanged' && w.known ? [w.known.id] : []));
  const removed = await removeChunks(trx, replaced);
  const added: NewPageRow[] = [];
  const chunks: Insertable<ChatbotChunksTable>[] = [];
  for (const write of writes) {
    if (write.kind === 'unchanged') {
      await touchPage(trx, write.known, write.run, write.facts);
      continue;
    }
    const columns = write.kind === 'skipped' ? skippedColumns(write.reason) : indexedColumns(write.facts, write.chunks);
    const id = await upsertPage(trx, write.known?.id, write.who, columns, added);
    if (write.kind === 'indexed') for (const chunk of write.chunks) chunks.push(chunkRow(chunk, write.who, id));
  }
  // The new pages in one statement, before their chunks (which reference them).
  for (let i = 0; i < added.length; i += PAGES_PER_STATEMENT)
    await trx
      .insertInto('chatbot_pages')
      .values(added.slice(i, i + PAGES_PER_STATEMENT))
      .execute();
  for (let i = 0; i < chunks.length; i += CHUNKS_PER_STATEMENT) {
    await giveWay();
    await insertChunks(trx, engine, chunks.slice(i, i + CHUNKS_PER_STATEMENT));
  }
  await giveWay();
  await adjustTermStats(trx, target, removed, chunks);
}

/**
 * Lets the event loop run between a batch's large statements: SQLite runs
 * each synchronously, and a batch of 1,000 chunks would otherwise hold the
 * crawl's thread for a few hundred milliseconds, with no fetch answered and
 * no page handed to a reading thread.
 */
const giveWay = () => setImmediate();

// A chunk row has 16 columns: 500 rows stay far below SQLite's 32,766 and PostgreSQL's 65,535 parameters.
const CHUNKS_PER_STATEMENT = 500;
// A page row has 17.
const PAGES_PER_STATEMENT = 500;

async function touchPage(db: Executor, page: KnownPage, run: number, facts: Partial<PageFacts>): Promise<void> {
  await db
    .updateTable('chatbot_pages')
    .set({
      seen_run: run,
      ...(facts.etag !== undefined ? { etag: facts.etag } : {}),
      ...(facts.lastModified !== undefined ? { last_modified: facts.lastModified } : {}),
      ...(facts.links !== undefined ? { links: JSON.stringify(facts.links) } : {}),
    })
    .where('id', '=', page.id)
    .execute();
}

const indexedColumns = (facts: PageFacts, chunks: readonly NewChunk[]): PageColumns => ({
  status: 'indexed',
  reason: null,
  title: facts.title,
  etag: facts.etag,
  last_modified: facts.lastModified,
  content_hash: facts.contentHash,
  links: JSON.stringify(facts.links),
  chunks: chunks.length,
  // New chunks, as extracted: nothing cut from them yet (see repeated-blocks.ts).
  block_keys: facts.blockKeys ? JSON.stringify(facts.blockKeys) : null,
  cut_blocks: '[]',
});

const chunkRow = (chunk: NewChunk, who: PageIdentity, pageId: string): Insertable<ChatbotChunksTable> => ({
  ...chunk,
  workspace_id: who.workspaceId,
  chatbot_id: who.chatbotId,
  page_id: pageId,
  url: who.url,
});

const skippedColumns = (reason: string): PageColumns => {
  const nothing = { title: '', etag: null, last_modified: null, content_hash: null, links: '[]', chunks: 0 };
  const blocks = { block_keys: null, cut_blocks: '[]' };
  return { status: 'skipped', reason, ...nothing, ...blocks };
};

/** Inserts chunks and, on PostgreSQL, their tsvectors, written literally (SQLite's FTS5 follows by trigger). */
export async function insertChunks(
  trx: Executor,
  engine: SqlEngine,
  rows: Insertable<ChatbotChunksTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await engine.pick({ sqlite: insertChunksOnly, postgres: insertChunksWithVectors })(trx, rows);
}

// Their columns and statements, written once: building a 500-row statement
// through the query builder costs more than SQLite takes to run it.
const CHUNK_COLUMNS = Object.keys({
  workspace_id: true,
  chatbot_id: true,
  page_id: true,
  position: true,
  url: true,
  anchor: true,
  title: true,
  heading: true,
  section: true,
  text: true,
  embedding: true,
  language: true,
  title_terms: true,
  heading_terms: true,
  path_terms: true,
  text_terms: true,
  // A new chunk's full_text is null: only cutting repeated blocks sets it.
} satisfies Record<Exclude<keyof ChatbotChunksTable, 'id' | 'full_text'>, true>);
const VECTOR_COLUMNS = ['id', 'workspace_id', 'chatbot_id', 'search'] as const;

async function insertChunksOnly(trx: Executor, rows: Insertable<ChatbotChunksTable>[]): Promise<void> {
  const text = sqliteValuesText('chatbot_chunks', CHUNK_COLUMNS, rows.length);
  await trx.executeQuery(CompiledQuery.raw(text, rowValues(rows, CHUNK_COLUMNS)));
}

async function insertChunksWithVectors(trx: Executor, rows: Insertable<ChatbotChunksTable>[]): Promise<void> {
  // A multi-row INSERT returns its rows in the order of its VALUES.
  const text = postgresValuesText('chatbot_chunks', CHUNK_COLUMNS, rows.length, ' returning id');
  const { rows: ids } = await trx.executeQuery<{ id: string }>(CompiledQuery.raw(text, rowValues(rows, CHUNK_COLUMNS)));
  // The tsvector literals, as parameters of a tsvector column, are read as `cast(… as tsvector)` reads them.
  const vectors = ids.map(({ id }, i) => ({
    id,
    workspace_id: rows[i]!.workspace_id,
    chatbot_id: rows[i]!.chatbot_id,
    search: fieldsVector(fieldTerms(rows[i]!)),
  }));
  const vectorsText = postgresValuesText('chatbot_chunk_vectors', VECTOR_COLUMNS, vectors.length);
  await trx.executeQuery(CompiledQuery.raw(vectorsText, rowValues(vectors, VECTOR_COLUMNS)));
}

/** Deletes the chunks of some pages, returning what they held for the term statistics. */
async function removeChunks(trx: Executor, pageIds: string[]): Promise<ChunkAnalysis[]> {
  if (pageIds.length === 0) return [];
  const removed = await trx
    .selectFrom('chatbot_chunks')
    .select(CHUNK_ANALYSIS_COLUMNS)
    .where('page_id', 'in', pageIds)
    .execute();
  await trx.deleteFrom('chatbot_chunks').where('page_id', 'in', pageIds).execute();
  return removed;
}

type PageColumns = Pick<
  PageRow,
  | 'status'
  | 'reason'
  | 'title'
  | 'etag'
  | 'last_modified'
  | 'content_hash'
  | 'links'
  | 'chunks'
  | 'block_keys'
  | 'cut_blocks'
>;

type NewPageRow = Insertable<ChatbotPagesTable>;

/** Updates the page's row when it has one, else adds its row to `added` (to insert); returns its id. */
async function upsertPage(
  db: Executor,
  knownId: string | undefined,
  who: PageIdentity,
  columns: PageColumns,
  added: NewPageRow[],
): Promise<string> {
  const changes = { ...columns, seen_run: who.run, trained_at: who.now };
  if (knownId !== undefined) {
    await db.updateTable('chatbot_pages').set(changes).where('id', '=', knownId).execute();
    return knownId;
  }
  const id = newId('page');
  added.push({
    id,
    workspace_id: who.workspaceId,
    chatbot_id: who.chatbotId,
    url: who.url,
    source_id: who.sourceId ?? null,
    created_at: who.now,
    ...changes,
  });
  return id;
}

/** Drops the pages the finishing run did not see (gone from the site), and counts what is left. */
export async function removeUnseenPages(
  trx: Executor,
  target: { workspaceId: string; chatbotId: string },
  run: number,
): Promise<number> {
  const unseen = await trx
    .selectFrom('chatbot_pages')
    .select('id')
    .where('chatbot_id', '=', target.chatbotId)
    .where('source_id', 'is', null)
    .where('seen_run', '<', run)
    .execute();
  await removePages(
    trx,
    target,
    unseen.map((p) => p.id),
  );
  return countIndexedPages(trx, target.chatbotId);
}

/** The page a source was trained into, if it was. */
export async function sourcePageId(db: Executor, chatbotId: string, sourceId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('chatbot_pages')
    .select('id')
    .where('chatbot_id', '=', chatbotId)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  return row?.id;
}

/** The chunks of a source's page, in page order: what its public page shows. */
export async function sourcePageChunks(db: Executor, chatbotId: string, sourceId: string) {
  return db
    .selectFrom('chatbot_chunks as c')
    .innerJoin('chatbot_pages as p', 'p.id', 'c.page_id')
    .select(['c.title', 'c.heading', 'c.anchor', 'c.text', 'c.language'])
    .where('p.chatbot_id', '=', chatbotId)
    .where('p.source_id', '=', sourceId)
    .orderBy('c.position')
    .execute();
}

/** Drops a source's pages from the index; the crawl's, for no source (`null`). */
export async function removeSourcePages(
  trx: Executor,
  target: { workspaceId: string; chatbotId: string },
  sourceId: string | null,
): Promise<void> {
  const pages = await trx
    .selectFrom('chatbot_pages')
    .select('id')
    .where('chatbot_id', '=', target.chatbotId)
    .where('source_id', sourceId === null ? 'is' : '=', sourceId)
    .execute();
  await removePages(
    trx,
    target,
    pages.map((p) => p.id),
  );
}

async function removePages(
  trx: Executor,
  target: { workspaceId: string; chatbotId: string },
  ids: string[],
): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    await adjustTermStats(trx, target, await removeChunks(trx, batch), []);
    await trx.deleteFrom('chatbot_pages').where('id', 'in', batch).execute();
  }
}

/** Pages in the chatbot's index: its `pages_trained`. */
export async function countIndexedPages(db: Executor, chatbotId: string): Promise<number> {
  const row = await db
    .selectFrom('chatbot_pages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('chatbot_id', '=', chatbotId)
    .where('status', '=', 'indexed')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The crawl's share of a chatbot's index: its indexed pages (not a source's) and their chunks. */
export async function crawlPageCounts(db: Executor, chatbotId: string): Promise<{ pages: number; chunks: number }> {
  const row = await db
    .selectFrom('chatbot_pages')
    .select((eb) => [eb.fn.countAll<number>().as('pages'), eb.fn.sum<number>('chunks').as('chunks')])
    .where('chatbot_id', '=', chatbotId)
    .where('source_id', 'is', null)
    .where('status', '=', 'indexed')
    .executeTakeFirstOrThrow();
  return { pages: Number(row.pages), chunks: Number(row.chunks ?? 0) };
}
