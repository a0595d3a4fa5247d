import { newId } from '../../lib/ids.js';
import type { Executor } from '../../storage/database.js';
import type { SqlEngine } from '../../storage/sql-engine.js';
import type { WebhookDeliveriesTable } from '../../storage/tables-webhooks.js';

export type DeliveryRow = WebhookDeliveriesTable;

/** True when an endpoint's `events` list takes `type` (`["*"]` takes all but pings, which go to one endpoint). */
export function subscribes(events: string, type: string): boolean {
  const list = JSON.parse(events) as string[];
  return list.includes(type) || (list.includes('*') && type !== 'ping');
}

/**
 * One pending delivery per enabled endpoint of the workspace subscribed to the
 * event's type — or to `onlyEndpointId` alone, whatever it subscribes to.
 * Runs in the emitting transaction; returns the deliveries' ids.
 */
export async function queueDeliveries(
  db: Executor,
  event: { workspaceId: string; eventId: string; type: string; createdAt: string; onlyEndpointId?: string | undefined },
): Promise<string[]> {
  let query = db.selectFrom('webhook_endpoints').select(['id', 'events']).where('workspace_id', '=', event.workspaceId);
  query = event.onlyEndpointId ? query.where('id', '=', event.onlyEndpointId) : query.where('enabled', '=', 1);
  const endpoints = await query.execute();
  const targets = event.onlyEndpointId ? endpoints : endpoints.filter((e) => subscribes(e.events, event.type));
  if (targets.length === 0) return [];
  const rows: DeliveryRow[] = targets.map((endpoint) => ({
    id: newId('wd'),
    workspace_id: event.workspaceId,
    endpoint_id: endpoint.id,
    event_id: event.eventId,
    event_type: event.type,
    status: 'pending',
    attempts: 0,
    response_status: null,
    duration_ms: null,
    error: null,
    next_attempt_at: event.createdAt,
    locked_until: null,
    last_attempt_at: null,
    created_at: event.createdAt,
  }));
  await db.insertInto('webhook_deliveries').values(rows).execute();
  return rows.map((r) => r.id);
}

export async function findDelivery(
  db: Executor,
  workspaceId: string,
  endpointId: string,
  id: string,
): Promise<DeliveryRow | undefined> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('endpoint_id', '=', endpointId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deliveriesOfEvent(db: Executor, workspaceId: string, eventId: string): Promise<DeliveryRow[]> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('event_id', '=', eventId)
    .orderBy('id')
    .execute();
}

export async function listDeliveries(
  db: Executor,
  workspaceId: string,
  endpointId: string,
  filter: { status?: string | undefined },
  page: { limit: number; offset: number },
): Promise<{ rows: DeliveryRow[]; total: number }> {
  let query = db
    .selectFrom('webhook_deliveries')
    .where('workspace_id', '=', workspaceId)
    .where('endpoint_id', '=', endpointId);
  if (filter.status) query = query.where('status', '=', filter.status as DeliveryRow['status']);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Puts a delivery back in line now, even one failed for good; returns it. */
export async function requeueDelivery(db: Executor, id: string, now: string): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', next_attempt_at: now, locked_until: null })
    .where('id', '=', id)
    .execute();
}

/** A claimed attempt: the delivery, its endpoint's URL and secret, and the event to POST. */
export interface ClaimedDelivery {
  id: string;
  workspace_id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  attempts: number;
  url: string;
  secret: string;
  event_created_at: string;
  event_data: string;
  /** The claim's token: the attempt's result is written only while it holds. */
  locked_until: string;
}

/**
 * Claims up to `limit` due deliveries for one attempt each: their
 * `next_attempt_at` moves to `leaseUntil`, so no other worker takes them
 * meanwhile, and a worker killed mid-attempt leaves them due again then.
 */
export async function claimDueDeliveries(
  db: Executor,
  engine: SqlEngine,
  now: string,
  leaseUntil: string,
  limit: number,
): Promise<ClaimedDelivery[]> {
  // One statement, so two workers — in this process or another — never claim the same attempt.
  const claimed = await db
    .updateTable('webhook_deliveries')
    .set({ next_attempt_at: leaseUntil, locked_until: leaseUntil })
    .where('id', 'in', (eb) =>
      engine.skipLocked(
        eb
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .orderBy('next_attempt_at')
          .limit(limit),
      ),
    )
    .returning('id')
    .execute();
  if (claimed.length === 0) return [];
  const rows = await db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
    .innerJoin('events as ev', 'ev.id', 'd.event_id')
    .select([
      'd.id',
      'd.workspace_id',
      'd.endpoint_id',
      'd.event_id',
      'd.event_type',
      'd.attempts',
      'e.url',
      'e.secret',
      'ev.created_at as event_created_at',
      'ev.data as event_data',
    ])
    .where(
      'd.id',
      'in',
      claimed.map((c) => c.id),
    )
    .execute();
  return rows.map((r) => ({ ...r, locked_until: leaseUntil }));
}

export interface AttemptOutcome {
  status: DeliveryRow['status'];
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
  nextAttemptAt: string | null;
  at: string;
}

/** Writes an attempt's result, if the claim still holds (a lapsed claim was taken over); true when written. */
export async function recordAttempt(db: Executor, claim: ClaimedDelivery, outcome: AttemptOutcome): Promise<boolean> {
  const result = await db
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      status: outcome.status,
      attempts: eb('attempts', '+', 1),
      response_status: outcome.responseStatus,
      duration_ms: outcome.durationMs,
      error: outcome.error,
      next_attempt_at: outcome.nextAttemptAt,
      last_attempt_at: outcome.at,
      locked_until: null,
    }))
    .where('id', '=', claim.id)
    .where('locked_until', '=', claim.locked_until)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Settles every pending delivery of an endpoint just disabled. */
export async function failPendingDeliveries(db: Executor, endpointId: string, error: string): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'failed', next_attempt_at: null, locked_until: null, error })
    .where('endpoint_id', '=', endpointId)
    .where('status', '=', 'pending')
    .execute();
}
