import { handleJob } from '../../../jobs/queue.js';
import { nowIso } from '../../../lib/time.js';
import { contactBulkJob } from './bulk.job.js';
import { BulkTakenOver, runBulkJob, type BulkRunDeps } from './run.js';
import { setBulkStatus } from './store.js';

export interface BulkJobDeps extends BulkRunDeps {
  logger?: { warn(obj: unknown, msg?: string): void };
}

/** Runs a bulk action on contacts; safe to run again after a crash (it resumes). */
export function contactBulkHandler(deps: BulkJobDeps) {
  return handleJob(contactBulkJob, {
    async handle({ bulkId }) {
      try {
        await runBulkJob(deps, bulkId);
      } catch (error) {
        if (!(error instanceof BulkTakenOver)) throw error;
        deps.logger?.warn({ bulkId }, 'another worker is running this bulk action; stopping');
      }
    },
    async onFailed({ bulkId }) {
      await setBulkStatus(deps.database.db, bulkId, {
        status: 'failed',
        error:
          'The action stopped after repeated internal errors. Contacts handled so far keep the change; run it again to finish.',
        now: nowIso(),
      });
    },
  });
}
