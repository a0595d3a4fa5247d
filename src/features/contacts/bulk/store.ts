import { mentionsAny, redactMentions } from '../../../lib/mentions.js';
import type { Executor } from '../../../storage/database.js';
import { containsAny } from '../../../storage/text-match.js';
import type { ContactBulkJobsTable } from '../../../storage/tables-bulk.js';

export type BulkRow = ContactBulkJobsTable;

export async function insertBulkJob(db: Executor, row: BulkRow): Promise<void> {
  await db.insertInto('contact_bulk_jobs').values(row).execute();
}

/** The bulk job; any workspace's when `workspaceId` is undefined (the worker). */
export async function findBulkJob(
  db: Executor,
  workspaceId: string | undefined,
  id: string,
): Promise<BulkRow | undefined> {
  return db
    .selectFrom('contact_bulk_jobs')
    .selectAll()
    .where('id', '=', id)
    .$if(workspaceId !== undefined, (q) => q.where('workspace_id', '=', workspaceId!))
    .executeTakeFirst();
}

export interface BulkProgress {
  cursor: string | null;
  processed: number;
  changed: number;
  not_found: number;
}

/**
 * Records a batch's progress if the job is still where this runner read it
 * (same cursor): false means another runner recorded this batch first, and
 * the caller's transaction must roll back.
 */
export async function advanceBulkJob(
  db: Executor,
  id: string,
  from: string | null,
  to: BulkProgress,
): Promise<boolean> {
  const result = await db
    .updateTable('contact_bulk_jobs')
    .set({ ...to, status: 'running' })
    .where('id', '=', id)
    .where((eb) => (from === null ? eb('cursor', 'is', null) : eb('cursor', '=', from)))
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setBulkStatus(
  db: Executor,
  id: string,
  change: { status: 'running' | 'done' | 'failed'; error?: string; now: string },
): Promise<boolean> {
  const finished = change.status === 'done' || change.status === 'failed';
  const result = await db
    .updateTable('contact_bulk_jobs')
    .set({
      status: change.status,
      ...(change.error === undefined ? {} : { error: change.error }),
      ...(finished ? { finished_at: change.now } : {}),
    })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Takes an erased person's id and address (`needles`) out of the bulk actions that named
 * them (`{"ids": [...]}`, a filter's search): each becomes `[erased]`, which a job still
 * running counts as not found. Returns the jobs changed.
 */
export async function eraseBulkSelectorsMentioning(
  db: Executor,
  workspaceId: string,
  needles: string[],
): Promise<number> {
  const candidates = await db
    .selectFrom('contact_bulk_jobs')
    .select(['id', 'selector'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => containsAny(eb.ref('selector'), needles))
    .execute();
  const named = candidates.filter((r) => mentionsAny(r.selector, needles));
  for (const row of named)
    await db
      .updateTable('contact_bulk_jobs')
      .set({ selector: redactMentions(row.selector, needles) })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', row.id)
      .execute();
  return named.length;
}
