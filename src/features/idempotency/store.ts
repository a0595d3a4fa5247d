import type { ClaimInput, ClaimResult, IdempotencyStore } from '../../http/idempotency/store.js';
import { mentionsAny } from '../../lib/mentions.js';
import type { Db, Executor } from '../../storage/database.js';
import { containsAny } from '../../storage/text-match.js';

/** The `idempotency_keys` table, behind the interface the HTTP hooks use. */
export function idempotencyStore(db: Db): IdempotencyStore {
  return {
    claim: (input) => claimIdempotencyKey(db, input),
    complete: (input) => completeIdempotencyKey(db, input),
    release: (input) => releaseIdempotencyKey(db, input),
  };
}

/** Claims a key atomically (one INSERT … ON CONFLICT DO NOTHING), or says why it cannot be. */
export async function claimIdempotencyKey(db: Db, input: ClaimInput): Promise<ClaimResult> {
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({
      workspace_id: input.workspaceId,
      key: input.key,
      request_hash: input.requestHash,
      status: 'running',
      response_status: null,
      response_type: null,
      response_body: null,
      created_at: nowIso,
      expires_at: new Date(now + input.ttlMs).toISOString(),
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
    .executeTakeFirst();
  if ((inserted.numInsertedOrUpdatedRows ?? 0n) > 0n) return { kind: 'claimed' };

  const existing = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('workspace_id', '=', input.workspaceId)
    .where('key', '=', input.key)
    .executeTakeFirst();
  if (!existing) return claimIdempotencyKey(db, input); // released between our two statements

  const expired = existing.expires_at <= nowIso;
  const abandoned = existing.status === 'running' && Date.parse(existing.created_at) + input.abandonAfterMs <= now;
  if (expired || abandoned) {
    // Take over only the exact row we saw, so two takers cannot both win.
    const taken = await db
      .updateTable('idempotency_keys')
      .set({
        request_hash: input.requestHash,
        status: 'running',
        response_status: null,
        response_type: null,
        response_body: null,
        created_at: nowIso,
        expires_at: new Date(now + input.ttlMs).toISOString(),
      })
      .where('workspace_id', '=', input.workspaceId)
      .where('key', '=', input.key)
      .where('created_at', '=', existing.created_at)
      .executeTakeFirst();
    return taken.numUpdatedRows > 0n ? { kind: 'claimed' } : claimIdempotencyKey(db, input);
  }
  if (existing.request_hash !== input.requestHash) return { kind: 'mismatch' };
  if (existing.status === 'running') return { kind: 'in_progress' };
  return {
    kind: 'replay',
    status: existing.response_status ?? 200,
    type: existing.response_type ?? 'application/json; charset=utf-8',
    body: existing.response_body ?? '',
  };
}

export async function completeIdempotencyKey(
  db: Db,
  input: { workspaceId: string; key: string; status: number; type: string; body: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ status: 'done', response_status: input.status, response_type: input.type, response_body: input.body })
    .where('workspace_id', '=', input.workspaceId)
    .where('key', '=', input.key)
    .execute();
}

export async function releaseIdempotencyKey(db: Db, input: { workspaceId: string; key: string }): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('workspace_id', '=', input.workspaceId)
    .where('key', '=', input.key)
    .where('status', '=', 'running')
    .execute();
}

export async function deleteExpiredIdempotencyKeys(db: Db, now: string): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Forgets the stored responses that name any of these strings (an erased person's id and
 * address) as a whole: a replay would hand their data out again. A retry with such a key runs
 * the request anew, where the suppression of the erased address applies.
 */
export async function forgetResponsesMentioning(db: Executor, workspaceId: string, needles: string[]): Promise<number> {
  const candidates = await db
    .selectFrom('idempotency_keys')
    .select(['key', 'response_body'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => containsAny(eb.ref('response_body'), needles))
    .execute();
  const keys = candidates.filter((r) => mentionsAny(r.response_body ?? '', needles)).map((r) => r.key);
  for (let i = 0; i < keys.length; i += 500)
    await db
      .deleteFrom('idempotency_keys')
      .where('workspace_id', '=', workspaceId)
      .where('key', 'in', keys.slice(i, i + 500))
      .execute();
  return keys.length;
}
