import { z } from 'zod';
import { deleteExpiredSessions } from '../features/accounts/store.js';
import { deleteExpiredIdempotencyKeys } from '../features/idempotency/store.js';
import { isoIn, nowIso } from '../lib/time.js';
import type { Database } from '../storage/database.js';
import { deleteExpiredUploads } from '../storage/uploads.js';
import { defineJob, type Queue } from './queue.js';

// An upload is consumed within minutes; one a week old belongs to a process
// that died while receiving it.
const UPLOAD_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Hourly housekeeping: drops idempotency keys past their 24 h, abandoned uploads and expired sessions. */
export function pruneJob(deps: { database: Database }) {
  return defineJob({
    name: 'maintenance.prune',
    schema: z.object({}),
    maxAttempts: 3,
    async handler() {
      await deleteExpiredIdempotencyKeys(deps.database.db, nowIso());
      await deleteExpiredUploads(deps.database.db, isoIn(-UPLOAD_TTL_MS));
      await deleteExpiredSessions(deps.database.db, nowIso());
    },
  });
}

/**
 * Enqueues the prune once per clock hour. Every worker process does this;
 * the per-hour key makes them agree on a single run.
 */
export function schedulePrune(queue: Queue, job: ReturnType<typeof pruneJob>): () => void {
  const enqueue = () => {
    const hour = new Date().toISOString().slice(0, 13).replace(/\D/g, '');
    void queue.enqueue(job, {}, { key: `maintenance.prune.${hour}` }).catch(() => {});
  };
  enqueue();
  const timer = setInterval(enqueue, 60 * 60 * 1000).unref();
  return () => clearInterval(timer);
}
