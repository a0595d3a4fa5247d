import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../storage/database.js';
import type { ResolveHost } from '../../providers/crawler/safe-lookup.js';
import { type ClaimedDelivery, claimDueDeliveries, failPendingDeliveries, recordAttempt } from './deliveries-store.js';
import { postJson } from './post.js';
import { signatureHeader } from './signature.js';
import { clearFailing, markFailing } from './store.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The wait after each failed attempt: about three days in all, then the delivery has failed for good. */
export const RETRY_SCHEDULE_MS = [
  MINUTE,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
  12 * HOUR,
  24 * HOUR,
];
/** An endpoint every delivery of which has failed this long is disabled. */
export const DISABLE_AFTER_MS = 3 * 24 * HOUR;
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** How long a claimed attempt is held: past it, a worker killed mid-attempt lets another take it. */
const LEASE_MS = 60_000;
const BATCH = 20;

export interface DeliverDeps {
  database: Database;
  config: Pick<Config, 'webhooks'>;
  logger?: Pick<Logger, 'warn'> | undefined;
}

export interface DeliverOptions {
  timeoutMs?: number;
  resolveHost?: ResolveHost;
}

/**
 * Claims the deliveries due at `now` and attempts each once; returns how many
 * were attempted. Tests pass `now` to drive the clock through the backoff.
 */
export async function deliverDue(deps: DeliverDeps, now = new Date(), options: DeliverOptions = {}): Promise<number> {
  const at = now.toISOString();
  const claims = await claimDueDeliveries(
    deps.database.db,
    deps.database.engine,
    at,
    new Date(now.getTime() + LEASE_MS).toISOString(),
    BATCH,
  );
  await Promise.all(claims.map((claim) => attempt(deps, claim, now, options)));
  return claims.length;
}

/** What a receiver gets: the event as `GET /v1/events/:id` shows it. */
export function eventBody(
  claim: Pick<ClaimedDelivery, 'event_id' | 'event_type' | 'event_created_at' | 'event_data'>,
): string {
  return JSON.stringify({
    id: claim.event_id,
    type: claim.event_type,
    created_at: `${claim.event_created_at.slice(0, 19)}Z`,
    data: JSON.parse(claim.event_data) as unknown,
  });
}

async function attempt(deps: DeliverDeps, claim: ClaimedDelivery, now: Date, options: DeliverOptions): Promise<void> {
  const body = eventBody(claim);
  const result = await postJson(
    claim.url,
    body,
    {
      'content-type': 'application/json',
      'user-agent': 'Grivo-Webhooks/1',
      'grivo-signature': signatureHeader(claim.secret, Math.floor(now.getTime() / 1000), body),
      'grivo-event-id': claim.event_id,
    },
    {
      allowPrivate: deps.config.webhooks.allowPrivate,
      timeoutMs: options.timeoutMs ?? ATTEMPT_TIMEOUT_MS,
      resolveHost: options.resolveHost,
    },
  );
  const at = now.toISOString();
  const succeeded = result.error === null;
  const wait = RETRY_SCHEDULE_MS[claim.attempts];
  const { db } = deps.database;
  const written = await recordAttempt(db, claim, {
    status: succeeded ? 'succeeded' : wait === undefined ? 'failed' : 'pending',
    responseStatus: result.status,
    durationMs: result.durationMs,
    error: result.error,
    nextAttemptAt: succeeded || wait === undefined ? null : new Date(now.getTime() + wait).toISOString(),
    at,
  });
  if (!written) return; // the claim lapsed and another worker took the delivery over
  if (succeeded) return clearFailing(db, claim.endpoint_id);
  const disabled = await markFailing(
    db,
    claim.endpoint_id,
    at,
    DISABLE_AFTER_MS,
    (since) => `Disabled on ${at.slice(0, 19)}Z: every delivery failed since ${since.slice(0, 19)}Z.`,
  );
  if (disabled) {
    await failPendingDeliveries(db, claim.endpoint_id, 'The endpoint was disabled after failing for 3 days.');
    deps.logger?.warn({ endpointId: claim.endpoint_id }, 'webhook endpoint disabled after failing for 3 days');
  }
}

/** Attempts due deliveries every second, one sweep at a time; returns the stop function. */
export function sweepWebhooks(deps: DeliverDeps, intervalMs = 1_000): () => void {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      // Keep going while full batches come back, so a backlog drains at once.
      while ((await deliverDue(deps)) === BATCH);
    } catch (error) {
      deps.logger?.warn({ err: error }, 'webhook sweep failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweep(), intervalMs).unref();
  void sweep();
  return () => clearInterval(timer);
}
