import type { ExpressionBuilder } from 'kysely';
import type { Executor } from '../../storage/database.js';
import type { Tables } from '../../storage/tables.js';
import type { SuppressionsTable } from '../../storage/tables-deliverability.js';
import { erasedEmailKeys } from '../../lib/email-hash.js';

export type SuppressionReason = 'hard_bounce' | 'soft_bounces' | 'complaint' | 'manual' | 'unsubscribed' | 'erased';

/**
 * The keys to look these lowercased addresses up by: each itself, and its keyed hashes when
 * the workspace erased someone (an erased address is kept only as a hash, keyed with the
 * server `secret` and the workspace's key; rows of the first scheme, without the secret,
 * still match), mapped back.
 */
async function lookupKeys(
  db: Executor,
  secret: Uint8Array,
  workspaceId: string,
  keys: string[],
): Promise<Map<string, string>> {
  const lookup = new Map(keys.map((k) => [k, k]));
  const row = await db
    .selectFrom('privacy_keys')
    .select('hash_key')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (row) for (const k of keys) for (const hashed of erasedEmailKeys(secret, row.hash_key, k)) lookup.set(hashed, k);
  return lookup;
}

/** Whether mail to this address is suppressed in the workspace. */
export async function isSuppressed(
  db: Executor,
  secret: Uint8Array,
  workspaceId: string,
  email: string,
): Promise<boolean> {
  const keys = await lookupKeys(db, secret, workspaceId, [email.trim().toLowerCase()]);
  const row = await db
    .selectFrom('suppressions')
    .select('email_key')
    .where('workspace_id', '=', workspaceId)
    .where('email_key', 'in', [...keys.keys()])
    .executeTakeFirst();
  return row !== undefined;
}

/** Which of these addresses are suppressed, lowercased. */
export async function suppressedAmong(
  db: Executor,
  secret: Uint8Array,
  workspaceId: string,
  emails: string[],
): Promise<Set<string>> {
  const lookup = await lookupKeys(db, secret, workspaceId, [...new Set(emails.map((e) => e.trim().toLowerCase()))]);
  const keys = [...lookup.keys()];
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('suppressions')
      .select('email_key')
      .where('workspace_id', '=', workspaceId)
      .where('email_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) found.add(lookup.get(r.email_key)!);
  }
  return found;
}

/** Suppresses an address; a second call for the same address changes nothing. */
export async function addSuppression(
  db: Executor,
  input: { workspaceId: string; email: string; reason: SuppressionReason; source: string },
): Promise<void> {
  const email = input.email.trim();
  await db
    .insertInto('suppressions')
    .values({
      workspace_id: input.workspaceId,
      email,
      email_key: email.toLowerCase(),
      reason: input.reason,
      source: input.source,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'email_key']).doNothing())
    .execute();
}

export type SuppressionRow = SuppressionsTable;

// Above every character a prefix can end with: `key >= p and key < p + MAX` is a prefix match on the key.
const MAX_CHAR = '\u{10FFFF}';

function matching(workspaceId: string, prefix: string | undefined) {
  return (eb: ExpressionBuilder<Tables, 'suppressions'>) =>
    prefix === undefined
      ? eb('workspace_id', '=', workspaceId)
      : eb.and([
          eb('workspace_id', '=', workspaceId),
          // An erased address is only a hash: no search finds it.
          eb('reason', '!=', 'erased'),
          eb('email_key', '>=', prefix),
          eb('email_key', '<', prefix + MAX_CHAR),
        ]);
}

/** Newest first; `prefix` (lowercased) keeps the addresses that start with it. */
export async function listSuppressionRows(
  db: Executor,
  workspaceId: string,
  prefix: string | undefined,
  window: { limit: number; offset: number },
): Promise<SuppressionRow[]> {
  return db
    .selectFrom('suppressions')
    .selectAll()
    .where(matching(workspaceId, prefix))
    .orderBy('created_at', 'desc')
    .orderBy('email_key')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countSuppressions(
  db: Executor,
  workspaceId: string,
  prefix: string | undefined,
): Promise<number> {
  const row = await db
    .selectFrom('suppressions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(matching(workspaceId, prefix))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findSuppression(
  db: Executor,
  workspaceId: string,
  email: string,
): Promise<SuppressionRow | undefined> {
  return db
    .selectFrom('suppressions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('email_key', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

/**
 * Removes an address's suppression, and its erased (hashed) one too: a person erased who
 * came back with new consent may be mailed again. Says whether there was one.
 */
export async function deleteSuppression(
  db: Executor,
  secret: Uint8Array,
  workspaceId: string,
  email: string,
): Promise<boolean> {
  const keys = await lookupKeys(db, secret, workspaceId, [email.trim().toLowerCase()]);
  const result = await db
    .deleteFrom('suppressions')
    .where('workspace_id', '=', workspaceId)
    .where('email_key', 'in', [...keys.keys()])
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Why each of these addresses is suppressed, by lowercased address (those not suppressed are absent). */
export async function suppressionReasons(
  db: Executor,
  secret: Uint8Array,
  workspaceId: string,
  emails: string[],
): Promise<Map<string, SuppressionReason>> {
  const found = new Map<string, SuppressionReason>();
  // A workspace that suppresses no one (an import into a new audience) needs
  // none of the hashing and lookups below.
  const any = await db
    .selectFrom('suppressions')
    .select('email_key')
    .where('workspace_id', '=', workspaceId)
    .limit(1)
    .executeTakeFirst();
  if (!any) return found;
  const lookup = await lookupKeys(db, secret, workspaceId, [...new Set(emails.map((e) => e.trim().toLowerCase()))]);
  const keys = [...lookup.keys()];
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('suppressions')
      .select(['email_key', 'reason'])
      .where('workspace_id', '=', workspaceId)
      .where('email_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) found.set(lookup.get(r.email_key)!, r.reason as SuppressionReason);
  }
  return found;
}

/** The contact status that fits a suppression: what a contact with this address is stored as instead of subscribed. */
export function statusForSuppression(reason: SuppressionReason): 'bounced' | 'complained' | 'unsubscribed' {
  if (reason === 'hard_bounce' || reason === 'soft_bounces') return 'bounced';
  return reason === 'complaint' ? 'complained' : 'unsubscribed';
}

/**
 * Keeps an erased address only as its keyed hash (`hashedKey`, lib/email-hash.ts `erasedEmailKey`):
 * its plain suppression goes, a hashed one with reason `erased` stays, so nothing mails it again.
 */
export async function replaceWithHashedSuppression(
  db: Executor,
  input: { workspaceId: string; emailKey: string; hashedKey: string; now: string },
): Promise<void> {
  await db
    .deleteFrom('suppressions')
    .where('workspace_id', '=', input.workspaceId)
    .where('email_key', '=', input.emailKey)
    .execute();
  await db
    .insertInto('suppressions')
    .values({
      workspace_id: input.workspaceId,
      email_key: input.hashedKey,
      email: '',
      reason: 'erased',
      source: 'erasure',
      created_at: input.now,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'email_key']).doNothing())
    .execute();
}
