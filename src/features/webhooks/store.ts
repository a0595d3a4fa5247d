import type { Updateable } from 'kysely';
import type { Executor } from '../../storage/database.js';
import type { WebhookEndpointsTable } from '../../storage/tables-webhooks.js';

export type EndpointRow = WebhookEndpointsTable;

export async function insertEndpoint(db: Executor, row: EndpointRow): Promise<void> {
  await db.insertInto('webhook_endpoints').values(row).execute();
}

export async function findEndpoint(db: Executor, workspaceId: string, id: string): Promise<EndpointRow | undefined> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listEndpoints(
  db: Executor,
  workspaceId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: EndpointRow[]; total: number }> {
  const query = db.selectFrom('webhook_endpoints').where('workspace_id', '=', workspaceId);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function updateEndpoint(
  db: Executor,
  workspaceId: string,
  id: string,
  values: Updateable<EndpointRow>,
): Promise<void> {
  await db
    .updateTable('webhook_endpoints')
    .set(values)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Deletes an endpoint and its deliveries; false when the workspace has no such endpoint. */
export async function deleteEndpoint(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('webhook_endpoints')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A delivery succeeded: the endpoint is failing no more. */
export async function clearFailing(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('webhook_endpoints')
    .set({ failing_since: null })
    .where('id', '=', id)
    .where('failing_since', 'is not', null)
    .execute();
}

/**
 * A delivery attempt failed: the endpoint is failing since `now` unless it
 * already was. When it has failed for `disableAfterMs` it is disabled with
 * `reason`; returns true when this call disabled it.
 */
export async function markFailing(
  db: Executor,
  id: string,
  now: string,
  disableAfterMs: number,
  reason: (since: string) => string,
): Promise<boolean> {
  await db
    .updateTable('webhook_endpoints')
    .set({ failing_since: now })
    .where('id', '=', id)
    .where('failing_since', 'is', null)
    .execute();
  const endpoint = await db
    .selectFrom('webhook_endpoints')
    .select(['failing_since', 'enabled'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!endpoint?.failing_since || endpoint.enabled !== 1) return false;
  if (Date.parse(now) - Date.parse(endpoint.failing_since) < disableAfterMs) return false;
  const result = await db
    .updateTable('webhook_endpoints')
    .set({ enabled: 0, disabled_reason: reason(endpoint.failing_since), updated_at: now })
    .where('id', '=', id)
    .where('enabled', '=', 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
