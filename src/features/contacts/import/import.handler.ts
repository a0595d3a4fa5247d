import type { Config } from '../../../config.js';
import { handleJob } from '../../../jobs/queue.js';
import { importContactsJob } from './import.job.js';
import { nowIso } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import { deleteUpload, readUpload } from '../../../storage/uploads.js';
import { getWorkspace } from '../../workspaces/service.js';
import { CsvFormatError } from '../csv/read-contact-csv.js';
import { ImportTakenOver, progressOf, type BatchContext } from './apply-batch.js';
import { applyWindows } from './apply-window.js';
import { readImportWindows } from './read-rows.js';
import type { ImportOptions } from './schema.js';
import { findImport, setImportStatus, type ImportRow } from './store.js';
import { toImportResponse } from './service.js';
import { emitEvent } from '../../events/emit.js';

// Below this a parsing thread costs more to start than it saves.
const THREAD_MIN_BYTES = 256 * 1024;

export interface ImportJobDeps {
  database: Database;
  config: Pick<Config, 'plans' | 'imports'>;
  /** Its secret keys the hashes erased addresses are kept as (suppression checks). */
  signer: { secret: Uint8Array };
  logger?: { warn(obj: unknown, msg?: string): void };
}

/** Runs a contacts import; safe to run again after a crash (it resumes). */
export function importContactsHandler(deps: ImportJobDeps) {
  return handleJob(importContactsJob, {
    async handle({ importId }) {
      const row = await findImport(deps.database.db, undefined, importId);
      if (!row || row.status === 'completed' || row.status === 'failed') return;
      try {
        await runImport(deps, row);
      } catch (error) {
        if (!(error instanceof ImportTakenOver)) throw error;
        deps.logger?.warn({ importId }, 'another worker is running this import; stopping');
      }
    },
    async onFailed({ importId }) {
      await setImportStatus(deps.database.db, importId, {
        status: 'failed',
        error:
          'The import stopped after repeated internal errors. Contacts imported so far are kept; upload the file again to finish.',
        now: nowIso(),
      });
    },
  });
}

async function runImport(deps: ImportJobDeps, row: ImportRow): Promise<void> {
  const { db } = deps.database;
  const workspace = await getWorkspace(db, row.workspace_id);
  const plan = workspace.plan as keyof Config['plans'];
  const ctx: BatchContext = {
    database: deps.database,
    secret: deps.signer.secret,
    workspaceId: row.workspace_id,
    plan,
    contactLimit: deps.config.plans[plan].contacts,
    options: JSON.parse(row.options) as ImportOptions,
  };
  if (row.status === 'queued') await setImportStatus(db, row.id, { status: 'processing', now: nowIso() });

  const { batchRows, windowBytes } = deps.config.imports;
  const progress = progressOf(row);
  try {
    const windows = readImportWindows(readUpload(db, row.id), {
      batchSize: batchRows,
      windowBytes,
      thread: Number(row.bytes) >= THREAD_MIN_BYTES,
      start: {
        skip: progress.rows_processed,
        firstWindowRows: progress.merge_until === null ? null : progress.merge_until - progress.rows_processed,
        after: progress.merge_key,
      },
    });
    await applyWindows(ctx, row.id, progress, windows, batchRows);
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    await setImportStatus(db, row.id, { status: 'failed', error: error.message, now: nowIso() });
    await deleteUpload(db, row.id);
    return;
  }
  await db.transaction().execute(async (trx) => {
    if (!(await setImportStatus(trx, row.id, { status: 'completed', now: nowIso() }))) return;
    const done = await findImport(trx, row.workspace_id, row.id);
    if (done) await emitEvent(trx, row.workspace_id, 'import.completed', toImportResponse(done));
  });
  await deleteUpload(db, row.id);
}
