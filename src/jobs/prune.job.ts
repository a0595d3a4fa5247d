import { z } from 'zod';
import { defineJobType, type Queue } from './queue.js';

/** Hourly housekeeping; the composition root registers what it prunes (worker.ts). */
export const pruneJob = defineJobType({
  name: 'maintenance.prune',
  schema: z.object({}),
  maxAttempts: 3,
});

/**
 * Enqueues the prune once per clock hour. Every worker process does this;
 * the per-hour key makes them agree on one run.
 */
export function schedulePrune(queue: Queue): () => void {
  const enqueue = () => {
    const hour = new Date().toISOString().slice(0, 13).replace(/\D/g, '');
    void queue.enqueue(pruneJob, {}, { key: `maintenance.prune.${hour}`, whileRunning: 'nothing' }).catch(() => {});
  };
  enqueue();
  const timer = setInterval(enqueue, 60 * 60 * 1000).unref();
  return () => clearInterval(timer);
}
