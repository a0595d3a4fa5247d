import { sql, type ExpressionBuilder, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Tables } from '../../storage/tables.js';
import type { Db, Executor } from '../../storage/database.js';
import type { EmailsTable } from '../../storage/tables-emails.js';
import type { EmailEventType, EmailStatus } from './schema.js';

export type EmailRow = Selectable<EmailsTable>;
/** A stored status: the API's, and `sending` while a job hands the email to the mail server. */
export type StoredEmailStatus = EmailStatus | 'sending';
/** One entry of an email's history. */
export interface EmailEvent {
  type: EmailEventType;
  at: string;
  detail: string | null;
}

export async function insertEmail(db: Executor, row: Insertable<EmailsTable>): Promise<void> {
  await db.insertInto('emails').values(row).execute();
}

/** An email of a workspace; without a workspace (the send job), any email. */
export async function findEmail(
  db: Executor,
  workspaceId: string | undefined,
  id: string,
): Promise<EmailRow | undefined> {
  return db
    .selectFrom('emails')
    .selectAll()
    .where('id', '=', id)
    .$if(workspaceId !== undefined, (q) => q.where('workspace_id', '=', workspaceId!))
    .executeTakeFirst();
}

export interface EmailFilter {
  status?: EmailStatus;
  to?: string;
}

/** The emails of a workspace that match the filter. */
function matching(workspaceId: string, filter: EmailFilter) {
  return (eb: ExpressionBuilder<Tables, 'emails'>) => {
    const conditions = [eb('workspace_id', '=', workspaceId)];
    // An email being handed to the server is still queued, as the API shows it.
    if (filter.status === 'queued') conditions.push(eb('status', 'in', ['queued', 'sending']));
    else if (filter.status !== undefined) conditions.push(eb('status', '=', filter.status));
    if (filter.to !== undefined) conditions.push(eb(sql<string>`lower(to_email)`, '=', filter.to.toLowerCase()));
    return eb.and(conditions);
  };
}

export async function listEmailRows(
  db: Db,
  workspaceId: string,
  filter: EmailFilter,
  window: { limit: number; offset: number },
): Promise<EmailRow[]> {
  return db
    .selectFrom('emails')
    .selectAll()
    .where(matching(workspaceId, filter))
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countEmails(db: Db, workspaceId: string, filter: EmailFilter): Promise<number> {
  const row = await db
    .selectFrom('emails')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(matching(workspaceId, filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Claims a queued email for sending (queued → sending, one more attempt); undefined when it is not queued. */
export async function claimEmail(db: Db, id: string, now: string): Promise<EmailRow | undefined> {
  const result = await db
    .updateTable('emails')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  return findEmail(db, undefined, id);
}

const EVENT_WRITE_TRIES = 10;

/**
 * Sets an email's values and adds an event to its history, only while its
 * status is one of `from` (any status when absent). The history is one JSON
 * column: the write is conditional on the row read (every write moves
 * updated_at), and tried again when another writer came first, so no event
 * is lost. Returns whether it changed.
 */
export async function updateEmail(
  db: Executor,
  where: { workspaceId?: string; id: string; from?: readonly StoredEmailStatus[] },
  values:
    | Omit<Updateable<EmailsTable>, 'updated_at' | 'events'>
    | ((row: EmailRow) => Omit<Updateable<EmailsTable>, 'updated_at' | 'events'>),
  event?: EmailEvent,
): Promise<boolean> {
  for (let i = 0; i < EVENT_WRITE_TRIES; i++) {
    const row = await findEmail(db, where.workspaceId, where.id);
    if (!row || (where.from && !where.from.includes(row.status as StoredEmailStatus))) return false;
    const set = typeof values === 'function' ? values(row) : values;
    const events = event ? JSON.stringify([...parseEvents(row.events), event]) : row.events;
    const result = await db
      .updateTable('emails')
      .set({ ...set, events, updated_at: laterThan(row.updated_at) })
      .where('id', '=', row.id)
      .where('status', '=', row.status)
      .where('updated_at', '=', row.updated_at)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return true;
  }
  throw new Error(`email ${where.id} kept changing while an event was added to it`);
}

/** Now, or just after `previous` when the clock has not moved past it: every write changes updated_at. */
function laterThan(previous: string): string {
  const now = Date.now();
  const before = Date.parse(previous);
  return new Date(now > before ? now : before + 1).toISOString();
}

export function parseEvents(stored: string): EmailEvent[] {
  return JSON.parse(stored) as EmailEvent[];
}

// What a reported outcome does to the status: a complaint wins over
// everything, a bounce over a delivery; opens and clicks change nothing.
const STATUS_AFTER: Partial<Record<EmailEventType, { status: EmailStatus; from: readonly StoredEmailStatus[] }>> = {
  complained: { status: 'complained', from: ['queued', 'sending', 'sent', 'delivered', 'bounced', 'failed'] },
  bounced: { status: 'bounced', from: ['queued', 'sending', 'sent', 'delivered', 'failed'] },
  delivered: { status: 'delivered', from: ['sent'] },
};

/**
 * Records what a provider or the bounce mailbox reported about an email
 * (for the bounce pipeline): the event joins its history, and a bounce,
 * complaint or delivery moves its status. Returns whether the email exists.
 */
export async function recordEmailEvent(
  db: Executor,
  workspaceId: string,
  emailId: string,
  event: { type: 'bounced' | 'complained' | 'delivered' | 'opened' | 'clicked'; at: string; detail?: string },
): Promise<boolean> {
  const change = STATUS_AFTER[event.type];
  return updateEmail(
    db,
    { workspaceId, id: emailId },
    (row) => ({
      ...(change?.from.includes(row.status as StoredEmailStatus) ? { status: change.status } : {}),
      ...(change && event.detail && event.type !== 'delivered' ? { error: event.detail } : {}),
    }),
    { type: event.type, at: event.at, detail: event.detail ?? null },
  );
}

/** Queued emails never tried, accepted before `before`: their job may have been lost. */
export async function listStrandedEmailIds(db: Db, before: string): Promise<string[]> {
  const rows = await db
    .selectFrom('emails')
    .select('id')
    .where('status', '=', 'queued')
    .where('attempts', '=', 0)
    .where('created_at', '<', before)
    .limit(1000)
    .execute();
  return rows.map((r) => r.id);
}

/** Erases the transactional emails to an address (lowercased): recipient, content and history blanked, the rows kept. Answers their ids. */
export async function eraseEmailsTo(db: Executor, workspaceId: string, emailKey: string): Promise<string[]> {
  const to = (eb: ExpressionBuilder<Tables, 'emails'>) => eb(eb.fn('lower', ['to_email']), '=', emailKey);
  const rows = await db.selectFrom('emails').select('id').where('workspace_id', '=', workspaceId).where(to).execute();
  await db
    .updateTable('emails')
    .set({ to_email: '', subject: '', html: null, text: null, reply_to: null, error: null, events: '[]' })
    .where('workspace_id', '=', workspaceId)
    .where(to)
    .execute();
  return rows.map((r) => r.id);
}
