import type { ExpressionBuilder, Updateable } from 'kysely';
import { nowIso } from '../../lib/time.js';
import { compiledQuery } from '../../storage/compiled-query.js';
import type { Db, Executor } from '../../storage/database.js';
import type { SqlEngine } from '../../storage/sql-engine.js';
import type { ChatbotsTable } from '../../storage/tables-chatbots.js';
import type { Tables } from '../../storage/tables.js';
import type { ChatbotRow, NewChatbotRow } from './chatbot-row.js';

export async function countChatbots(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('chatbots')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const selectChatbotPage = compiledQuery((db: Db, workspaceId: string, limit: number, offset: number) =>
  db
    .selectFrom('chatbots')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset),
);

export async function listChatbotRows(
  db: Db,
  workspaceId: string,
  window: { limit: number; offset: number },
): Promise<ChatbotRow[]> {
  return selectChatbotPage(db, workspaceId, window.limit, window.offset);
}

export async function insertChatbot(db: Executor, row: NewChatbotRow): Promise<void> {
  await db.insertInto('chatbots').values(row).execute();
}

export async function findChatbot(db: Executor, workspaceId: string, id: string): Promise<ChatbotRow | undefined> {
  return db
    .selectFrom('chatbots')
    .selectAll('chatbots')
    .select(indexVersion)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// The lookups a question follows read the index's version in the same round trip (search/term-cache.ts).
const indexVersion = (eb: ExpressionBuilder<Tables, 'chatbots'>) =>
  eb
    .selectFrom('chatbot_index_versions as v')
    .select('v.version')
    .whereRef('v.chatbot_id', '=', 'chatbots.id')
    .as('index_version');

/** By id alone: for a job, which knows only the chatbot's id. */
export async function findChatbotById(db: Executor, id: string): Promise<ChatbotRow | undefined> {
  return db.selectFrom('chatbots').selectAll().where('id', '=', id).executeTakeFirst();
}

/** By id alone, with its workspace's plan, in one query: for the public widget, on every request. */
export async function findChatbotWithPlan(
  db: Executor,
  id: string,
): Promise<{ chatbot: ChatbotRow; plan: string } | undefined> {
  const row = await db
    .selectFrom('chatbots')
    .innerJoin('workspaces', 'workspaces.id', 'chatbots.workspace_id')
    .selectAll('chatbots')
    .select(indexVersion)
    .select('workspaces.plan as workspace_plan')
    .where('chatbots.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { workspace_plan, ...chatbot } = row;
  return { chatbot, plan: workspace_plan };
}

export type ChatbotChanges = Omit<Updateable<ChatbotsTable>, 'id' | 'workspace_id' | 'created_at'>;

export async function updateChatbotRow(
  db: Executor,
  workspaceId: string,
  id: string,
  changes: ChatbotChanges,
): Promise<boolean> {
  const result = await db
    .updateTable('chatbots')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Changes a training run's chatbot only while that run is the latest one. */
export async function updateChatbotForRun(
  db: Executor,
  id: string,
  run: number,
  changes: ChatbotChanges,
): Promise<boolean> {
  const result = await db
    .updateTable('chatbots')
    .set(changes)
    .where('id', '=', id)
    .where('train_run', '=', run)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteChatbotRow(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('chatbots')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** How many chatbots a workspace has, the pages they were trained on, and the largest of them. */
export async function chatbotUsage(db: Db, workspaceId: string) {
  const row = await db
    .selectFrom('chatbots')
    .select((eb) => [
      eb.fn.countAll<number>().as('chatbots'),
      eb.fn.sum<number>('pages_trained').as('pages'),
      eb.fn.max<number>('pages_trained').as('largest'),
    ])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return { chatbots: Number(row.chatbots), pages: Number(row.pages ?? 0), largest: Number(row.largest ?? 0) };
}

/** Starts a training run: the run number goes up by one (older runs stop), counts start afresh. */
export async function beginTrainingRun(db: Db, chatbotId: string): Promise<ChatbotRow | undefined> {
  return db
    .updateTable('chatbots')
    .set((eb) => ({
      train_run: eb('train_run', '+', 1),
      status: 'training',
      pages_found: 0,
      pages_done: 0,
      updated_at: nowIso(),
    }))
    .where('id', '=', chatbotId)
    .returningAll()
    .executeTakeFirst();
}

/** The chatbots whose index an older analyzer than `version` built. */
export async function listChatbotsAnalyzedBefore(db: Executor, version: number): Promise<string[]> {
  const rows = await db.selectFrom('chatbots').select('id').where('analyzer_version', '<', version).execute();
  return rows.map((r) => r.id);
}

export async function setAnalyzerVersion(db: Executor, id: string, version: number): Promise<void> {
  await db
    .updateTable('chatbots')
    .set({ analyzer_version: version })
    .where('id', '=', id)
    .where('analyzer_version', '<', version)
    .execute();
}

/**
 * Sets the pages a chatbot answers from after a source changed: one with
 * pages becomes `active`, one left without any `untrained`; a crawl in
 * progress keeps its status and counts again when it finishes.
 */
export async function setPagesTrained(db: Executor, id: string, pages: number): Promise<void> {
  await db
    .updateTable('chatbots')
    .set((eb) => ({
      pages_trained: pages,
      status: eb
        .case()
        .when('status', '=', 'training')
        .then(eb.ref('status'))
        .when(eb.val(pages), '>', 0)
        .then('active')
        .when('status', '=', 'active')
        .then('untrained')
        .else(eb.ref('status'))
        .end(),
    }))
    .where('id', '=', id)
    .execute();
}

/**
 * Holds the chatbot's row until the transaction ends: what changes its pages
 * takes it before counting them, so two trainings finishing at once count
 * each other's pages.
 */
export async function lockChatbot(trx: Executor, engine: SqlEngine, id: string): Promise<void> {
  await engine.forUpdate(trx.selectFrom('chatbots').select('id').where('id', '=', id)).execute();
}

/** Chatbots whose scheduled crawl is due by `now`. */
export async function listDueRetrains(db: Executor, now: string): Promise<ChatbotRow[]> {
  return db
    .selectFrom('chatbots')
    .selectAll()
    .where('next_retrain_at', '<=', now)
    .where('retrain_schedule', '!=', 'off')
    .orderBy('next_retrain_at')
    .limit(100)
    .execute();
}

/** Moves a due crawl to its next time; false when another process did first. */
export async function claimScheduledRetrain(
  db: Executor,
  id: string,
  due: string,
  next: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('chatbots')
    .set({ next_retrain_at: next })
    .where('id', '=', id)
    .where('next_retrain_at', '=', due)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Ends the crawl of a chatbot left with nothing to crawl: a run under way is
 * superseded (it stops at its next write), and the chatbot answers from what
 * its other sources hold.
 */
export async function endCrawl(trx: Executor, id: string, pages: number): Promise<void> {
  await trx
    .updateTable('chatbots')
    .set((eb) => ({
      train_run: eb('train_run', '+', 1),
      status: pages > 0 ? 'active' : 'untrained',
      pages_trained: pages,
      pages_found: 0,
      pages_done: 0,
      error: null,
      updated_at: nowIso(),
    }))
    .where('id', '=', id)
    .execute();
}
