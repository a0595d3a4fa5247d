import { setImmediate } from 'node:timers/promises';
import { CompiledQuery } from 'kysely';
import type { Db } from '../../../storage/database.js';
import type { SqlEngine } from '../../../storage/sql-engine.js';
import { isDeadlock } from '../../../storage/errors.js';
import { preparedOnPostgres } from '../../../storage/postgres-prepared.js';
import type { RecipientResult } from './recipients-store.js';

export interface Advance {
  /** The lane's previous message and what became of it. */
  previous?: { contactId: string; result: RecipientResult };
  /** The recipient to claim next, and the address it goes to. */
  next?: { contactId: string; email: string };
}

/** One recipient row to change: a claim (pending → sending) or a recorded result. */
interface Change {
  contactId: string;
  claim: boolean;
  status: string;
  email: string | null;
  sentAt: string | null;
  error: string | null;
  nextAttemptAt: string | null;
}

function changesOf(a: Advance): Change[] {
  const changes: Change[] = [];
  const r = a.previous?.result;
  if (a.previous && r) {
    changes.push({
      contactId: a.previous.contactId,
      claim: false,
      status: r.status === 'retry' ? 'pending' : r.status,
      email: null,
      sentAt: r.status === 'sent' ? r.at : null,
      error: r.status === 'sent' ? null : r.error,
      nextAttemptAt: r.status === 'retry' ? r.nextAttemptAt : null,
    });
  }
  if (a.next)
    changes.push({
      contactId: a.next.contactId,
      claim: true,
      status: 'sending',
      email: a.next.email,
      sentAt: null,
      error: null,
      nextAttemptAt: null,
    });
  return changes;
}

// Every change of a flush in one statement: a claim applies only to a
// pending row whose contact is subscribed at this very moment (whoever
// unsubscribed since their batch was read is not written to), a result only
// to a row this run claimed. A claim held when its row comes back as 'sending'.
const update = (
  rows: string,
  returning: string,
) => `with v(contact_id, claim, status, email, sent_at, error, next_attempt_at) as (${rows})
update campaign_recipients as r set
  status = v.status,
  run = case when v.claim then ? else r.run end,
  email = coalesce(v.email, r.email),
  sent_at = coalesce(v.sent_at, r.sent_at),
  error = case when v.claim then r.error else v.error end,
  next_attempt_at = coalesce(v.next_attempt_at, r.next_attempt_at),
  attempts = r.attempts + case when v.claim then 0 else 1 end
from v
where r.campaign_id = ? and r.contact_id = v.contact_id
  and ((v.claim and r.status = 'pending' and exists (
          select 1 from contacts as c where c.workspace_id = r.workspace_id and c.id = r.contact_id and c.status = 'subscribed'))
    or (not v.claim and r.status = 'sending' and r.run = ?))
returning ${returning}`;

// PostgreSQL takes the rows as one JSON array, so one text serves any number
// of them, prepared once per connection. Not as arrays through unnest():
// PostgreSQL knows an array's length when it plans, so a plan for 8 rows
// always looked cheaper than the prepared one and every call was planned anew.
let n = 0;
const POSTGRES_SQL = preparedOnPostgres(
  update(
    'select * from jsonb_to_recordset(?::jsonb) as j(contact_id text, claim boolean, status text, email text, sent_at timestamptz, error text, next_attempt_at timestamptz)',
    'r.contact_id, r.status',
  ).replace(/\?/g, () => `$${++n}`),
);

// SQLite's text has a VALUES row per change, so it is kept per row count. Its
// RETURNING sees only the updated table, and not by its alias.
const sqliteTexts = new Map<number, string>();
function sqliteSql(rows: number): string {
  let text = sqliteTexts.get(rows);
  if (text === undefined) {
    text = update(
      `values ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      'contact_id, status',
    );
    sqliteTexts.set(rows, text);
  }
  return text;
}

function statement(engine: SqlEngine, campaignId: string, run: number, changes: Change[]): CompiledQuery {
  return engine.pick({ sqlite: sqliteStatement, postgres: postgresStatement })(campaignId, run, changes);
}

function postgresStatement(campaignId: string, run: number, changes: Change[]): CompiledQuery {
  const rows = changes.map((c) => ({
    contact_id: c.contactId,
    claim: c.claim,
    status: c.status,
    email: c.email,
    sent_at: c.sentAt,
    error: c.error,
    next_attempt_at: c.nextAttemptAt,
  }));
  return CompiledQuery.raw(POSTGRES_SQL, [JSON.stringify(rows), run, campaignId, run]);
}

function sqliteStatement(campaignId: string, run: number, changes: Change[]): CompiledQuery {
  const parameters: unknown[] = [];
  for (const c of changes)
    parameters.push(c.contactId, c.claim ? 1 : 0, c.status, c.email, c.sentAt, c.error, c.nextAttemptAt);
  parameters.push(run, campaignId, run);
  return CompiledQuery.raw(sqliteSql(changes.length), parameters);
}

const DEADLOCK_RETRIES = 5;

/**
 * Records results and claims recipients for one run, gathering what its
 * lanes ask for at the same moment into one statement (a group commit):
 * each lane still waits for its own record before it sends again.
 */
export class RecipientAdvancer {
  private queue: Array<{ changes: Change[]; resolve(claimed: boolean): void; reject(error: unknown): void }> = [];
  private flushing = false;

  constructor(
    private readonly db: Db,
    private readonly engine: SqlEngine,
    private readonly campaignId: string,
    private readonly run: number,
  ) {}

  /** Resolves once written; true when `next` was claimed. */
  advance(a: Advance): Promise<boolean> {
    const changes = changesOf(a);
    if (changes.length === 0) return Promise.resolve(false);
    return new Promise((resolve, reject) => {
      this.queue.push({ changes, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  // Two runs of one campaign overlapping (a stale worker before it sees the
  // new run number) can lock the same rows in different orders; PostgreSQL
  // then aborts one statement, which changed nothing, so it is run again.
  private async execute(query: CompiledQuery) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.executeQuery<{ contact_id: string; status: string }>(query);
      } catch (error) {
        if (!isDeadlock(error) || attempt >= DEADLOCK_RETRIES) throw error;
      }
    }
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    // Let the lanes whose messages the server answered in this turn of the
    // event loop join in: SQLite answers synchronously, so without waiting
    // for the turn's other I/O callbacks every answer would be a statement
    // of its own.
    await setImmediate();
    while (this.queue.length > 0) {
      const waiting = this.queue;
      this.queue = [];
      try {
        const { rows } = await this.execute(
          statement(
            this.engine,
            this.campaignId,
            this.run,
            waiting.flatMap((w) => w.changes),
          ),
        );
        const claimed = new Set(rows.filter((row) => row.status === 'sending').map((row) => row.contact_id));
        for (const w of waiting) {
          const next = w.changes.find((c) => c.claim);
          w.resolve(next !== undefined && claimed.has(next.contactId));
        }
      } catch (error) {
        for (const w of waiting) w.reject(error);
      }
    }
    this.flushing = false;
  }
}
