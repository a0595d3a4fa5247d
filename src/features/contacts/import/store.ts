import { mentionsAny } from '../../../lib/mentions.js';
import type { Db, Executor } from '../../../storage/database.js';
import { containsAny } from '../../../storage/text-match.js';
import type { ContactImportsTable } from '../../../storage/tables-contacts.js';

export type ImportRow = ContactImportsTable;

/** The counters a batch advances, written with the contacts it changed. */
export type ImportProgress = Pick<
  ImportRow,
  | 'rows_processed'
  | 'merge_until'
  | 'merge_key'
  | 'created'
  | 'updated'
  | 'skipped'
  | 'failed'
  | 'suppressed'
  | 'errors'
>;

export async function insertImport(db: Executor, row: ImportRow): Promise<void> {
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
 * Records a batch's progress, only if nobody else recorded one since `from`:
 * a second runner of the same import (a lease that expired while the first
 * was still alive) finds the position moved and rolls its batch back.
 */
export async function advanceImport(
  db: Executor,
  id: string,
  from: Pick<ImportProgress, 'rows_processed' | 'merge_key'>,
  progress: ImportProgress,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('contact_imports')
    .set({ ...progress, status: 'processing', updated_at: now })
    .where('id', '=', id)
    .where('rows_processed', '=', from.rows_processed)
    .where('merge_key', from.merge_key === null ? 'is' : '=', from.merge_key)
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

/** What a row error that named an erased person says instead. */
export const ERASED_ROW_MESSAGE = 'This row named a person who was erased since.';

/**
 * Rewords the row errors that name any of these strings (an erased person's address, id) as a
 * whole: a bad row's message can quote the line's values. Returns the imports changed.
 */
export async function eraseImportErrorsMentioning(
  db: Executor,
  workspaceId: string,
  needles: string[],
): Promise<number> {
  const candidates = await db
    .selectFrom('contact_imports')
    .select(['id', 'errors'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => containsAny(eb.ref('errors'), needles))
    .execute();
  let changed = 0;
  for (const row of candidates) {
    const errors = JSON.parse(row.errors) as { message: string }[];
    const named = errors.filter((e) => mentionsAny(e.message, needles));
    if (named.length === 0) continue;
    for (const e of named) e.message = ERASED_ROW_MESSAGE;
    await db
      .updateTable('contact_imports')
      .set({ errors: JSON.stringify(errors) })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', row.id)
      .execute();
    changed++;
  }
  return changed;
}
