import type { Executor } from '../../storage/database.js';
import type { InboundWebhooksTable } from '../../storage/tables-deliverability.js';
import { workspaceTable } from '../../storage/workspace-table.js';

export type InboundWebhookRow = InboundWebhooksTable;

export const inboundWebhooks = workspaceTable('inbound_webhooks');

/** The hook a provider posts to, by the token in its URL. */
export async function findInboundWebhookByToken(db: Executor, token: string): Promise<InboundWebhookRow | undefined> {
  return db.selectFrom('inbound_webhooks').selectAll().where('token', '=', token).executeTakeFirst();
}
