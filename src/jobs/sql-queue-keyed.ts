import type { Insertable } from 'kysely';
import { nowIso } from '../lib/time.js';
import type { Database } from '../storage/database.js';
import type { EnqueueOptions } from './queue.js';
import type { JobsTable } from '../storage/tables-jobs.js';

type NewJob = Insertable<JobsTable> & { payload: string; run_at: string };

/**
 * Enqueues a keyed job (`EnqueueOptions.key`) and answers the id of the job
 * holding the key. Each step is one conditional statement on the row as it
 * is at that moment, so the holder may change state between two of them
 * (start, finish, be retried) without a request getting lost: a step that
 * finds nothing to do falls through to the next, and a turn that ends with
 * nothing done starts over.
 * - No job holds the key: this one is inserted. The unique index on
 *   dedupe_key is the arbiter: of concurrent enqueuers one insert wins and
 *   the others find its row on their next step.
 * - The holder runs: it is asked for one more run, with this payload and due
 *   time (the latest request wins), which `finishClaimedJob` starts in the
 *   same statement that finishes the running one; with `whileRunning:
 *   'nothing'`, it is left as it is.
 * - The holder waits: it will run after this request anyway, as it is.
 * - The holder is finished: it keeps its row but lets go of the key.
 */
export async function enqueueKeyed(
  database: Database,
  job: NewJob,
  key: string,
  whileRunning: EnqueueOptions['whileRunning'] = 'run-again',
): Promise<string> {
  const { db } = database;
  for (let turn = 0; turn < 5; turn++) {
    const inserted = await db
      .insertInto('jobs')
      .values(job)
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return inserted.id;
    if (whileRunning === 'run-again') {
      const running = await db
        .updateTable('jobs')
        .set({ next_payload: job.payload, next_run_at: job.run_at, updated_at: nowIso() })
        .where('dedupe_key', '=', key)
        .where('status', '=', 'running')
        .returning('id')
        .executeTakeFirst();
      if (running) return running.id;
    }
    const pending = await db
      .selectFrom('jobs')
      .select('id')
      .where('dedupe_key', '=', key)
      .where('status', 'in', whileRunning === 'run-again' ? ['queued'] : ['queued', 'running'])
      .executeTakeFirst();
    if (pending) return pending.id;
    await db
      .updateTable('jobs')
      .set({ dedupe_key: null, updated_at: nowIso() })
      .where('dedupe_key', '=', key)
      .where('status', 'in', ['done', 'failed'])
      .execute();
  }
  throw new Error(`Could not enqueue job ${job.name} with key ${key}: the key kept changing hands`);
}
