import type { Queue } from '../../jobs/queue.js';
import { isoIn } from '../../lib/time.js';
import type { Database } from '../../storage/database.js';
import { sendEmailJob } from './send.job.js';
import { listStrandedEmailIds } from './store.js';

const SWEEP_MS = 60_000;
// Longer than accepting an email takes, from its insert to its enqueue.
const STRANDED_AFTER_MS = 60_000;

/**
 * Every worker checks each minute for emails accepted but never tried, whose
 * job was lost (the process died between storing the email and queueing it);
 * the job key makes an enqueue of a job still waiting, or running, a no-op. Emails waiting
 * for a retry have tries behind them and their own delayed job.
 */
export function sweepEmails(deps: { database: Database; queue: Queue }): () => void {
  const sweep = () => enqueueStrandedEmails(deps, isoIn(-STRANDED_AFTER_MS));
  const timer = setInterval(() => void sweep().catch(() => {}), SWEEP_MS).unref();
  return () => clearInterval(timer);
}

/** Queues the send job of each email accepted before `before` and never tried; returns how many. */
export async function enqueueStrandedEmails(
  deps: { database: Database; queue: Queue },
  before: string,
): Promise<number> {
  const ids = await listStrandedEmailIds(deps.database.db, before);
  for (const id of ids)
    await deps.queue.enqueue(sendEmailJob, { emailId: id }, { key: `emails.send.${id}`, whileRunning: 'nothing' });
  return ids.length;
}
