import type { Db, Executor } from '../../../storage/database.js';
import type { ContactImportsTable } from '../../../storage/tables.js';

export type ImportRow = ContactImportsTable;

/** The counters a batch advances, written with the contacts it changed. */
export type ImportProgress = Pick<
  ImportRow,
  'rows_processed' | 'created' | 'updated' | 'skipped' | 'failed' | 'suppressed' | 'errors'
>;

export async function insertImport(db: Db, row: ImportRow): Promise<void> {
  await db.insertInto('contact_imports').values(row).execute();
}

export async function deleteImport(db: Db, id: string): Promise<void> {
  await db.deleteFrom('contact_imports').where('id', '=', id).execute();
}

export async function findImport(
  db: Executor,
  workspaceId: string | undefined,
  id: string,
): Promise<ImportRow | undefined> {
  return db
    .selectFrom('contact_imports')
    .selectAll()
    .where('id', '=', id)
    .$if(workspaceId !== undefined, (q) => q.where('workspace_id', '=', workspaceId!))
    .executeTakeFirst();
}

export async function listImportRows(
  db: Db,
  workspaceId: string,
  window: { limit: number; offset: number },
): Promise<ImportRow[]> {
  return db
    .selectFrom('contact_imports')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countImports(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('contact_imports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Records a batch's progress, only if nobody else recorded one since `from`
 * rows: a second runner of the same import (a lease that expired while the
 * first was still alive) finds the count moved and rolls its batch back.
 */
export async function advanceImport(
  db: Executor,
  id: string,
  from: number,
  progress: ImportProgress,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('contact_imports')
    .set({ ...progress, status: 'processing', updated_at: now })
    .where('id', '=', id)
    .where('rows_processed', '=', from)
    .where('status', 'in', ['queued', 'processing'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setImportStatus(
  db: Executor,
  id: string,
  change: { status: 'processing' | 'completed' | 'failed'; error?: string; now: string },
): Promise<boolean> {
  const finished = change.status !== 'processing';
  const result = await db
    .updateTable('contact_imports')
    .set({
      status: change.status,
      updated_at: change.now,
      ...(finished ? { finished_at: change.now } : {}),
      ...(change.error !== undefined ? { error: change.error } : {}),
    })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'processing'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
