import type { Executor } from '../../storage/database.js';
import type { InboundWebhooksTable } from '../../storage/tables-deliverability.js';

export type InboundWebhookRow = InboundWebhooksTable;

export async function insertInboundWebhook(db: Executor, row: InboundWebhookRow): Promise<void> {
  await db.insertInto('inbound_webhooks').values(row).execute();
}

export async function findInboundWebhook(
  db: Executor,
  workspaceId: string,
  id: string,
): Promise<InboundWebhookRow | undefined> {
  return db
    .selectFrom('inbound_webhooks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The hook a provider posts to, by the token in its URL. */
export async function findInboundWebhookByToken(db: Executor, token: string): Promise<InboundWebhookRow | undefined> {
  return db.selectFrom('inbound_webhooks').selectAll().where('token', '=', token).executeTakeFirst();
}

/** Newest first. */
export async function listInboundWebhookRows(
  db: Executor,
  workspaceId: string,
  window: { limit: number; offset: number },
): Promise<InboundWebhookRow[]> {
  return db
    .selectFrom('inbound_webhooks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countInboundWebhooks(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('inbound_webhooks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteInboundWebhook(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('inbound_webhooks')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
