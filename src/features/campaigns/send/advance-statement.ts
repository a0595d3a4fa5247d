import { CompiledQuery } from 'kysely';
import type { Db, Dialect } from '../../../storage/database.js';
import type { RecipientResult } from './recipients-store.js';

// One statement per message, on both engines: it records the result of a
// lane's previous message and claims its next recipient (pending → sending)
// together — one round trip on PostgreSQL, one commit on SQLite. The two rows
// are told apart by contact id; either may be absent (NULL matches nothing).
// Written once with `?` and numbered for PostgreSQL, since the same values
// appear several times.
const ADVANCE = `update campaign_recipients set
  status = case when contact_id = ? then 'sending' else ? end,
  run = case when contact_id = ? then ? else run end,
  email = case when contact_id = ? then ? else email end,
  sent_at = case when contact_id = ? then sent_at else coalesce(?, sent_at) end,
  error = case when contact_id = ? then error else ? end,
  next_attempt_at = case when contact_id = ? then next_attempt_at else coalesce(?, next_attempt_at) end,
  attempts = case when contact_id = ? then attempts else attempts + 1 end
where campaign_id = ? and (
  (contact_id = ? and status = 'pending') or
  (contact_id = ? and status = 'sending' and run = ?))
returning contact_id`;

const SQL: Record<Dialect, string> = {
  sqlite: ADVANCE,
  postgres: ADVANCE.replace(/\?/g, (() => {
    let n = 0;
    return () => `$${++n}`;
  })()),
};

export interface Advance {
  campaignId: string;
  run: number;
  /** The lane's previous message and what became of it. */
  previous?: { contactId: string; result: RecipientResult };
  /** The recipient to claim next, and the address it goes to. */
  next?: { contactId: string; email: string };
}

/** Runs one advance; returns whether `next` was claimed. */
export async function advance(db: Db, dialect: Dialect, a: Advance): Promise<boolean> {
  const next = a.next?.contactId ?? null;
  const prev = a.previous?.contactId ?? null;
  const r = a.previous?.result;
  const status = r === undefined ? null : r.status === 'retry' ? 'pending' : r.status;
  const sentAt = r?.status === 'sent' ? r.at : null;
  const error = r === undefined || r.status === 'sent' ? null : r.error;
  const nextAttemptAt = r?.status === 'retry' ? r.nextAttemptAt : null;
  const parameters = [
    next, status,
    next, a.run,
    next, a.next?.email ?? null,
    next, sentAt,
    next, error,
    next, nextAttemptAt,
    next,
    a.campaignId,
    next,
    prev, a.run,
  ];
  const { rows } = await db.executeQuery<{ contact_id: string }>(CompiledQuery.raw(SQL[dialect], parameters));
  return next !== null && rows.some((row) => row.contact_id === next);
}
