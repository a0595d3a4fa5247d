import type { Selectable, Updateable } from 'kysely';
import type { Database } from '../storage/database.js';
import type { JobsTable } from '../storage/tables-jobs.js';

/** A row of the `jobs` table as read back. */
export type JobRow = Selectable<JobsTable>;

export type JobUpdate = Updateable<JobsTable>;

/**
 * One claim of one job: `claimedBy`, recorded in locked_by, names this claim
 * alone, so it tells our claim from a later one. (The attempt number cannot:
 * a follow-up run counts its attempts afresh.)
 */
export interface Claim {
  id: string;
  claimedBy: string;
}

/** Who is claiming (a name no other claim has), which job names it can run, and the clock it claims by. */
export interface ClaimRequest {
  claimedBy: string;
  names: string[];
  now: string;
  lockedUntil: string;
}

/**
 * Takes the next due job (or one whose worker's lease ran out) in one
 * statement, so two workers — in this process or any other — never get the
 * same row. On PostgreSQL concurrent claimers skip a row
 * another transaction is taking instead of queueing behind it (`SqlEngine.skipLocked`).
 */
export async function claimNextJob(database: Database, request: ClaimRequest): Promise<JobRow | undefined> {
  const { db, engine } = database;
  // Two ordered lookups rather than one OR: each walks the (status, run_at)
  // index in order and stops at its first row, so neither finished rows nor
  // a large backlog of due jobs is scanned or sorted. Jobs whose worker died
  // come first: they have waited longest.
  const next = (status: 'queued' | 'running') => {
    const query = db
      .selectFrom('jobs')
      .select('id')
      .where('status', '=', status)
      .where(status === 'queued' ? 'run_at' : 'locked_until', status === 'queued' ? '<=' : '<', request.now)
      // A worker only takes names it has handlers for; other workers may.
      .where('name', 'in', request.names)
      .orderBy('run_at')
      .limit(1);
    return engine.skipLocked(query);
  };

  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running' as const,
      attempts: eb('attempts', '+', 1),
      locked_by: request.claimedBy,
      locked_until: request.lockedUntil,
      updated_at: request.now,
    }))
    .where('id', '=', (eb) => eb.fn.coalesce(next('running'), next('queued')))
    .returningAll()
    .executeTakeFirst();
}

/**
 * Updates a claimed job only while the claim is still ours (still running
 * under our name); returns true when it no longer was — the lease ran out and
 * another worker took the job.
 */
export async function updateClaimedJob(database: Database, claim: Claim, values: JobUpdate): Promise<boolean> {
  const result = await database.db
    .updateTable('jobs')
    .set({ ...values, updated_at: new Date().toISOString() })
    .where('id', '=', claim.id)
    .where('locked_by', '=', claim.claimedBy)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return result.numUpdatedRows === 0n;
}

/** How a claimed job ended for good. */
export type Ending = { status: 'done' } | { status: 'failed'; last_error: string };

/**
 * Ends a claimed job (only while the claim is still ours, as
 * `updateClaimedJob`; returns true when it no longer was). When a run was
 * asked for while it ran (`next_payload`, see sql-queue-keyed.ts), the row
 * becomes that run instead — queued, keeping its key, with the payload and due
 * time asked for and its attempts counted afresh — in this same statement, so
 * a request lands either before it (and is run) or after it (and finds the
 * job waiting or gone).
 */
export async function finishClaimedJob(database: Database, claim: Claim, ending: Ending): Promise<boolean> {
  const result = await database.db
    .updateTable('jobs')
    .set((eb) => {
      const asked = eb('next_payload', 'is not', null);
      return {
        status: eb.case().when(asked).then(eb.val<JobRow['status']>('queued')).else(ending.status).end(),
        attempts: eb.case().when(asked).then(0).else(eb.ref('attempts')).end(),
        payload: eb.fn.coalesce('next_payload', 'payload'),
        run_at: eb.fn.coalesce('next_run_at', 'run_at'),
        next_payload: null,
        next_run_at: null,
        locked_by: null,
        locked_until: null,
        ...(ending.status === 'failed' ? { last_error: ending.last_error } : {}),
        updated_at: new Date().toISOString(),
      };
    })
    .where('id', '=', claim.id)
    .where('locked_by', '=', claim.claimedBy)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return result.numUpdatedRows === 0n;
}
