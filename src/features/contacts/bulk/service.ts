import { notFound } from '../../../http/api-error.js';
import type { Queue } from '../../../jobs/queue.js';
import { newId } from '../../../lib/ids.js';
import { apiTime, nowIso } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import { contactBulkJob } from './bulk.job.js';
import { measureSelection, selectionWhere, type SegmentFilter } from './run.js';
import type { BulkAction, BulkResponse, BulkSelector, BulkStatus, CreateBulkBody } from './schema.js';
import { findBulkJob, insertBulkJob, type BulkRow } from './store.js';

export interface BulkDeps {
  database: Database;
  queue: Queue;
  segmentFilter?: SegmentFilter;
}

export function toBulkResponse(row: BulkRow): BulkResponse {
  return {
    id: row.id,
    action: row.action as BulkAction,
    tags: JSON.parse(row.tags) as string[],
    status: row.status as BulkStatus,
    total: Number(row.total),
    processed: Number(row.processed),
    changed: Number(row.changed),
    not_found: Number(row.not_found),
    error: row.error,
    created_at: apiTime(row.created_at),
    finished_at: apiTime(row.finished_at),
  };
}

/** Records the action and queues it; contacts added after this moment are not selected by a filter or segment. */
export async function createBulkAction(
  deps: BulkDeps,
  workspaceId: string,
  body: CreateBulkBody,
): Promise<BulkResponse> {
  const { db } = deps.database;
  const selector: BulkSelector = body.ids
    ? { ids: body.ids }
    : body.segment !== undefined
      ? { segment: body.segment }
      : { filter: body.filter ?? {} };
  let total = 0;
  let upto: string | null = null;
  if ('ids' in selector) total = selector.ids.length;
  else {
    ({ total, upto } = await measureSelection(db, await selectionWhere(deps, workspaceId, selector)));
  }
  const now = nowIso();
  const nothing = total === 0;
  const row: BulkRow = {
    id: newId('blk'),
    workspace_id: workspaceId,
    action: body.action,
    tags: JSON.stringify(body.tags ?? []),
    selector: JSON.stringify(selector),
    status: nothing ? 'done' : 'queued',
    total,
    processed: 0,
    changed: 0,
    not_found: 0,
    cursor: null,
    upto,
    error: null,
    created_at: now,
    finished_at: nothing ? now : null,
  };
  await insertBulkJob(db, row);
  if (!nothing) await deps.queue.enqueue(contactBulkJob, { bulkId: row.id }, { key: `contacts.bulk.${row.id}` });
  return toBulkResponse(row);
}

export async function getBulkAction(
  deps: Pick<BulkDeps, 'database'>,
  workspaceId: string,
  id: string,
): Promise<BulkResponse> {
  const row = await findBulkJob(deps.database.db, workspaceId, id);
  if (!row) throw notFound('bulk action', id);
  return toBulkResponse(row);
}
