import { compiledQuery } from '../../storage/compiled-query.js';
import type { Db, Executor } from '../../storage/database.js';
import type { ChatbotsTable } from '../../storage/tables.js';

export type ChatbotRow = Omit<ChatbotsTable, 'pages_trained'> & { pages_trained: number };

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

export async function insertChatbot(db: Executor, row: ChatbotRow): Promise<void> {
  await db.insertInto('chatbots').values(row).execute();
}

export async function findChatbot(db: Db, workspaceId: string, id: string): Promise<ChatbotRow | undefined> {
  return db
    .selectFrom('chatbots')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateChatbotRow(
  db: Db,
  workspaceId: string,
  id: string,
  changes: Partial<Pick<ChatbotRow, 'name' | 'website_url' | 'instructions' | 'updated_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('chatbots')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteChatbotRow(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('chatbots')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
