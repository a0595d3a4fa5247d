import type { Config } from '../../../config.js';
import type { Queue } from '../../../jobs/queue.js';
import { notFound } from '../../../http/api-error.js';
import { newId } from '../../../lib/ids.js';
import { apiTime, nowIso } from '../../../lib/time.js';
import { pageOf, type Page, type PageQuery } from '../../../http/pagination.js';
import type { Database } from '../../../storage/database.js';
import { deleteUpload, storeUpload } from '../../../storage/uploads.js';
import type { Principal } from '../../../http/principal.js';
import { recordAudit } from '../../audit/record.js';
import { CsvRecordCounter } from '../csv/read-contact-csv.js';
import { progressOf } from './apply-batch.js';
import { importContactsJob } from './import.job.js';
import type { ImportOptions, ImportResponse, ImportStatus } from './schema.js';
import { countImports, deleteImport, findImport, insertImport, listImportRows, type ImportRow } from './store.js';

export interface ImportDeps {
  database: Database;
  queue: Queue;
  config: Pick<Config, 'plans' | 'imports'>;
}

/**
 * Stores the uploaded file as it arrives (counting its rows on the way) and
 * queues the import; answers as soon as the file is safely stored.
 */
export async function startImport(
  deps: ImportDeps,
  principal: Principal,
  input: { file: AsyncIterable<Uint8Array>; filename: string | null; options: ImportOptions },
): Promise<ImportResponse> {
  const { db } = deps.database;
  const id = newId('imp');
  const counter = new CsvRecordCounter();
  const { bytes } = await storeUpload(db, id, input.file, {
    maxBytes: deps.config.imports.maxBytes,
    onData: (chunk) => counter.push(chunk),
  });
  const now = nowIso();
  const row: ImportRow = {
    id,
    workspace_id: principal.workspaceId,
    status: 'queued',
    filename: input.filename,
    bytes,
    options: JSON.stringify(input.options),
    rows_total: counter.finish(),
    rows_processed: 0,
    created: 0,
    updated: 0,
    skipped: 0,
    failed: 0,
    suppressed: 0,
    errors: '[]',
    merge_until: null,
    merge_key: null,
    error: null,
    created_at: now,
    updated_at: now,
    finished_at: null,
  };
  try {
    await db.transaction().execute(async (trx) => {
      await insertImport(trx, row);
      await recordAudit(trx, principal, {
        action: 'contact_import.started',
        resourceType: 'contact_import',
        resourceId: id,
        details: { rows: row.rows_total, bytes },
      });
    });
    await deps.queue.enqueue(importContactsJob, { importId: id }, { key: `contacts.import.${id}` });
  } catch (error) {
    await deleteUpload(db, id).catch(() => {});
    await deleteImport(db, id).catch(() => {});
    throw error;
  }
  return toImportResponse(row);
}

export async function getImport(
  deps: Pick<ImportDeps, 'database'>,
  workspaceId: string,
  id: string,
): Promise<ImportResponse> {
  const row = await findImport(deps.database.db, workspaceId, id);
  if (!row) throw notFound('import', id);
  return toImportResponse(row);
}

export async function listImports(
  deps: Pick<ImportDeps, 'database'>,
  workspaceId: string,
  query: PageQuery,
): Promise<Page<ImportResponse>> {
  const { db } = deps.database;
  return pageOf(
    query,
    { rows: (window) => listImportRows(db, workspaceId, window), count: () => countImports(db, workspaceId) },
    toImportResponse,
  );
}

export function toImportResponse(row: ImportRow): ImportResponse {
  // Where a window's merge stands is the import's own business.
  const { merge_until: _until, merge_key: _key, ...progress } = progressOf(row);
  return {
    id: row.id,
    status: row.status as ImportStatus,
    filename: row.filename,
    bytes: Number(row.bytes),
    options: JSON.parse(row.options) as ImportOptions,
    rows_total: row.rows_total,
    ...progress,
    error: row.error,
    created_at: apiTime(row.created_at),
    finished_at: apiTime(row.finished_at),
  };
}
