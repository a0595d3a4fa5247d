import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Db, Executor } from '../../../storage/database.js';
import type { SqlEngine } from '../../../storage/sql-engine.js';
import type { Tables } from '../../../storage/tables.js';
import { inAudience, type ResolvedAudience } from './audience-filter.js';

/** A recipient due for sending, with the contact as it is now (it may have changed since the snapshot). */
export interface DueRecipient {
  contact_id: string;
  attempts: number;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  attributes: string | null;
  tags: string | null;
  contact_status: string | null;
  /** The address is on the workspace's suppression list (bounced, complained, suppressed by hand). */
  suppressed: SqlBool;
}

/** What became of one message. */
export type RecipientResult =
  | { status: 'sent'; at: string }
  | { status: 'retry'; at: string; error: string; nextAttemptAt: string }
  | { status: 'failed' | 'bounced'; at: string; error: string };

/**
 * Copies the next `limit` audience contacts after `after` (by id) into the
 * campaign's recipients. Returns how many contacts were read, how many rows
 * were new, and the last id read.
 */
export async function snapshotChunk(
  db: Executor,
  engine: SqlEngine,
  campaign: { id: string; workspace_id: string; audience: ResolvedAudience },
  after: string,
  limit: number,
): Promise<{ seen: number; copied: number; last: string | undefined }> {
  const audience = inAudience(engine, campaign.workspace_id, campaign.audience);
  const inAudienceAfter = (eb: ExpressionBuilder<Tables, 'contacts'>) => eb.and([audience(eb), eb('id', '>', after)]);
  const page = await db.selectFrom('contacts').select('id').where(inAudienceAfter).orderBy('id').limit(limit).execute();
  const last = page[page.length - 1]?.id;
  if (last === undefined) return { seen: 0, copied: 0, last };
  const result = await db
    .insertInto('campaign_recipients')
    .columns(['campaign_id', 'contact_id', 'workspace_id', 'email', 'status'])
    .expression((eb) =>
      eb
        .selectFrom('contacts')
        .select([
          sql.lit(campaign.id).as('campaign_id'),
          'id',
          'workspace_id',
          'email',
          sql.lit('pending').as('status'),
        ])
        .where(inAudienceAfter)
        .where('id', '<=', last),
    )
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return { seen: page.length, copied: Number(result.numInsertedOrUpdatedRows ?? 0), last };
}

/** The next pending recipients after `after` whose turn has come, in id order. */
export async function loadDueRecipients(
  db: Db,
  campaignId: string,
  after: string,
  now: string,
  limit: number,
): Promise<DueRecipient[]> {
  return db
    .selectFrom('campaign_recipients as r')
    .leftJoin('contacts as c', (join) =>
      join.onRef('c.workspace_id', '=', 'r.workspace_id').onRef('c.id', '=', 'r.contact_id'),
    )
    .select([
      'r.contact_id',
      'r.attempts',
      'c.email',
      'c.first_name',
      'c.last_name',
      'c.phone',
      'c.attributes',
      'c.tags',
      'c.status as contact_status',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('suppressions as s')
              .select('s.email_key')
              .whereRef('s.workspace_id', '=', 'r.workspace_id')
              .whereRef('s.email_key', '=', 'c.email_key'),
          )
          .as('suppressed'),
    ])
    .where('r.campaign_id', '=', campaignId)
    .where('r.contact_id', '>', after)
    .where('r.status', '=', 'pending')
    .where((eb) => eb.or([eb('r.next_attempt_at', 'is', null), eb('r.next_attempt_at', '<=', now)]))
    .orderBy('r.contact_id')
    .limit(limit)
    .execute();
}

/** Hands a claimed recipient back untried: the server failed, not the recipient, so no attempt is counted. */
export async function releaseClaim(db: Db, campaignId: string, contactId: string, run: number): Promise<void> {
  await db
    .updateTable('campaign_recipients')
    .set({ status: 'pending' })
    .where('campaign_id', '=', campaignId)
    .where('contact_id', '=', contactId)
    .where('status', '=', 'sending')
    .where('run', '=', run)
    .execute();
}

/** Recipients who may no longer be written to (unsubscribed, bounced, suppressed or deleted since the snapshot). */
export async function markSkipped(db: Db, campaignId: string, contactIds: string[]): Promise<number> {
  if (contactIds.length === 0) return 0;
  const result = await db
    .updateTable('campaign_recipients')
    .set({ status: 'skipped' })
    .where('campaign_id', '=', campaignId)
    .where('contact_id', 'in', contactIds)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Hands back the recipients an earlier run claimed but never recorded: it
 * was killed while their messages were with the mail server. Whether the
 * server took them cannot be known; they are sent again (see
 * docs on the one-message-per-connection window). Returns how many.
 */
export async function releaseInterrupted(db: Db, campaignId: string, run: number): Promise<number> {
  const result = await db
    .updateTable('campaign_recipients')
    .set({ status: 'pending' })
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'sending')
    .where('run', '<', run)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * What is left to send: whether any recipient is still claimed by a run (a
 * message in flight), and when the earliest pending one is due (null: now).
 * Both absent: the campaign is done.
 */
export async function remainingWork(
  db: Db,
  campaignId: string,
): Promise<{ claimed: boolean; pending: boolean; nextDueAt: string | null }> {
  const [claimed, pending] = await Promise.all([
    db
      .selectFrom('campaign_recipients')
      .select('contact_id')
      .where('campaign_id', '=', campaignId)
      .where('status', '=', 'sending')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('campaign_recipients')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('next_attempt_at').as('next')])
      .where('campaign_id', '=', campaignId)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow(),
  ]);
  return { claimed: claimed !== undefined, pending: Number(pending.n) > 0, nextDueAt: pending.next as string | null };
}

export async function countRecipientsByStatus(db: Executor, campaignId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('campaign_recipients')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('campaign_id', '=', campaignId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

export async function countSentPerHour(
  db: Executor,
  engine: SqlEngine,
  campaignId: string,
): Promise<Array<{ hour: string; n: number }>> {
  const rows = await db
    .selectFrom('campaign_recipients')
    .select((eb) => [engine.hourOf(eb.ref('sent_at')).as('hour'), eb.fn.countAll<number>().as('n')])
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'sent')
    .groupBy(sql.ref('hour'))
    .execute();
  return rows.map((r) => ({ hour: r.hour, n: Number(r.n) }));
}
