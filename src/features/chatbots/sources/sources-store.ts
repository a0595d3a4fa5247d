import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Database, Executor } from '../../../storage/database.js';
import type { ChatbotSourcesTable } from '../../../storage/tables-chatbots.js';

export type SourceRow = Selectable<ChatbotSourcesTable>;

interface Target {
  workspaceId: string;
  chatbotId: string;
}

export async function insertSource(db: Executor, row: Insertable<ChatbotSourcesTable>): Promise<void> {
  await db.insertInto('chatbot_sources').values(row).execute();
}

export async function findSource(db: Executor, target: Target, id: string): Promise<SourceRow | undefined> {
  return db
    .selectFrom('chatbot_sources')
    .selectAll()
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A source by id alone: for the job that trains it, and the public page that shows it. */
export async function findSourceById(db: Executor, id: string): Promise<SourceRow | undefined> {
  return db.selectFrom('chatbot_sources').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSourceRows(
  db: Executor,
  target: Target,
  window: { limit: number; offset: number },
): Promise<SourceRow[]> {
  return db
    .selectFrom('chatbot_sources')
    .selectAll()
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

// The crawl's settings shown as sources: no plan counts them as sources.
const CRAWL = ['website', 'sitemap', 'urls'] as const;

/** How many sources a chatbot has besides its crawl, and their characters together: what plans limit. */
export async function sourceUsage(db: Executor, target: Target): Promise<{ sources: number; characters: number }> {
  const row = await db
    .selectFrom('chatbot_sources')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('characters').as('characters')])
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .where('type', 'not in', [...CRAWL])
    .executeTakeFirstOrThrow();
  return { sources: Number(row.n), characters: Number(row.characters ?? 0) };
}

/** Every source of a chatbot, its crawl's included: a list's total. */
export async function countSources(db: Executor, target: Target): Promise<number> {
  const row = await db
    .selectFrom('chatbot_sources')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The chatbot's source for one of its crawl settings. */
export async function findCrawlSource(
  db: Executor,
  target: Target,
  type: (typeof CRAWL)[number],
): Promise<SourceRow | undefined> {
  return db
    .selectFrom('chatbot_sources')
    .selectAll()
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .where('type', '=', type)
    .executeTakeFirst();
}

/** A chatbot's trained Q&A pairs, with what matching a question against them needs. */
export async function listQnaKeys(
  db: Executor,
  target: Target,
): Promise<Pick<SourceRow, 'id' | 'type' | 'title' | 'content' | 'match_keys'>[]> {
  return db
    .selectFrom('chatbot_sources')
    .select(['id', 'type', 'title', 'content', 'match_keys'])
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .where('type', '=', 'qna')
    .where('status', '=', 'trained')
    .orderBy('id')
    .execute();
}

/** Changes a source; `revision`, when given, must still be the source's (a newer change wins). */
export async function updateSourceRow(
  db: Executor,
  id: string,
  changes: Updateable<ChatbotSourcesTable>,
  revision?: number,
): Promise<boolean> {
  let query = db.updateTable('chatbot_sources').set(changes).where('id', '=', id);
  if (revision !== undefined) query = query.where('revision', '=', revision);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteSourceRow(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('chatbot_sources').where('id', '=', id).execute();
}

export async function insertSourceFile(
  db: Executor,
  row: { source_id: string; workspace_id: string; bytes: Uint8Array },
) {
  await db.insertInto('chatbot_source_files').values(row).execute();
}

/** A file source's bytes. */
export async function sourceFileBytes(db: Executor, sourceId: string): Promise<Uint8Array | undefined> {
  const row = await db
    .selectFrom('chatbot_source_files')
    .select('bytes')
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  return row?.bytes;
}

/** A chatbot's crawl sources (see crawl-sources.ts). */
export async function listCrawlSourceRows(
  db: Executor,
  chatbotId: string,
): Promise<Pick<SourceRow, 'id' | 'type' | 'title' | 'content'>[]> {
  return db
    .selectFrom('chatbot_sources')
    .select(['id', 'type', 'title', 'content'])
    .where('chatbot_id', '=', chatbotId)
    .where('type', 'in', [...CRAWL])
    .execute();
}

/** Inserts sources, leaving out any a unique index already holds (a chatbot's crawl source another request added). */
export async function insertSourcesIgnoringConflicts(database: Database, rows: Insertable<ChatbotSourcesTable>[]) {
  await database.engine.insertManyIgnoringConflicts(database.db, 'chatbot_sources', rows);
}
