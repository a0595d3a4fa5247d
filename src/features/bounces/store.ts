import type { Executor } from '../../storage/database.js';

/** Notes a provider event as applied; false when it was already (a retried delivery). */
export async function markEventSeen(
  db: Executor,
  workspaceId: string,
  dedupeKey: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .insertInto('delivery_events_seen')
    .values({ workspace_id: workspaceId, dedupe_key: dedupeKey, created_at: now })
    .onConflict((oc) => oc.columns(['workspace_id', 'dedupe_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Counts one more soft bounce of an address; returns how many it has had since its last delivery. */
export async function addSoftBounce(db: Executor, workspaceId: string, emailKey: string, now: string): Promise<number> {
  await db
    .insertInto('soft_bounces')
    .values({ workspace_id: workspaceId, email_key: emailKey, count: 1, last_at: now })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'email_key']).doUpdateSet((eb) => ({
        count: eb('soft_bounces.count', '+', 1),
        last_at: now,
      })),
    )
    .execute();
  const row = await db
    .selectFrom('soft_bounces')
    .select('count')
    .where('workspace_id', '=', workspaceId)
    .where('email_key', '=', emailKey)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** A delivery (or a hard bounce) ends a run of soft bounces. */
export async function clearSoftBounces(db: Executor, workspaceId: string, emailKey: string): Promise<void> {
  await db
    .deleteFrom('soft_bounces')
    .where('workspace_id', '=', workspaceId)
    .where('email_key', '=', emailKey)
    .execute();
}

/**
 * Forgets what is older than `before`: applied event keys (providers stop
 * retrying within days) and soft bounces no newer one followed, so only
 * soft bounces close together add up to a hard one.
 */
export async function pruneDeliveryState(db: Executor, before: string): Promise<void> {
  await db.deleteFrom('delivery_events_seen').where('created_at', '<', before).execute();
  await db.deleteFrom('soft_bounces').where('last_at', '<', before).execute();
}

/** Forgets the soft bounces counted for an address (lowercased). */
export async function forgetSoftBounces(db: Executor, workspaceId: string, emailKey: string): Promise<void> {
  await db
    .deleteFrom('soft_bounces')
    .where('workspace_id', '=', workspaceId)
    .where('email_key', '=', emailKey)
    .execute();
}
