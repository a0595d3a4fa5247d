import type { ExpressionBuilder } from 'kysely';
import type { Executor } from '../../storage/database.js';
import type { Tables } from '../../storage/tables.js';
import type { SuppressionsTable } from '../../storage/tables-deliverability.js';

export type SuppressionReason = 'hard_bounce' | 'soft_bounces' | 'complaint' | 'manual' | 'unsubscribed';

/** Whether mail to this address is suppressed in the workspace. */
export async function isSuppressed(db: Executor, workspaceId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('suppressions')
    .select('email_key')
    .where('workspace_id', '=', workspaceId)
    .where('email_key', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

/** Which of these addresses are suppressed, lowercased. */
export async function suppressedAmong(db: Executor, workspaceId: string, emails: string[]): Promise<Set<string>> {
  const keys = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('suppressions')
      .select('email_key')
      .where('workspace_id', '=', workspaceId)
      .where('email_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) found.add(r.email_key);
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

/** Removes a suppression; says whether there was one. */
export async function deleteSuppression(db: Executor, workspaceId: string, email: string): Promise<boolean> {
  const result = await db
    .deleteFrom('suppressions')
    .where('workspace_id', '=', workspaceId)
    .where('email_key', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Why each of these addresses is suppressed, by lowercased address (those not suppressed are absent). */
export async function suppressionReasons(
  db: Executor,
  workspaceId: string,
  emails: string[],
): Promise<Map<string, SuppressionReason>> {
  const keys = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  const found = new Map<string, SuppressionReason>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('suppressions')
      .select(['email_key', 'reason'])
      .where('workspace_id', '=', workspaceId)
      .where('email_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) found.set(r.email_key, r.reason as SuppressionReason);
  }
  return found;
}

/** The contact status that fits a suppression: what a contact with this address is stored as instead of subscribed. */
export function statusForSuppression(reason: SuppressionReason): 'bounced' | 'complained' | 'unsubscribed' {
  if (reason === 'hard_bounce' || reason === 'soft_bounces') return 'bounced';
  return reason === 'complaint' ? 'complained' : 'unsubscribed';
}
