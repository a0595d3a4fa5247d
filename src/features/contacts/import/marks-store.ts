import type { Executor } from '../../../storage/database.js';

// Reads only: which imports created and last changed a contact (the marks
// apply-batch.ts writes with the contact), with their files' names.

/** A contact's import marks; undefined when there is no such contact. */
export async function findImportMarks(db: Executor, workspaceId: string, contactId: string) {
  return db
    .selectFrom('contacts as c')
    .leftJoin('contact_imports as ci', (j) =>
      j.onRef('ci.id', '=', 'c.created_by_import').onRef('ci.workspace_id', '=', 'c.workspace_id'),
    )
    .leftJoin('contact_imports as ui', (j) =>
      j.onRef('ui.id', '=', 'c.updated_by_import').onRef('ui.workspace_id', '=', 'c.workspace_id'),
    )
    .select([
      'c.created_at',
      'c.created_by_import',
      'ci.filename as created_filename',
      'c.updated_by_import',
      'c.updated_by_import_at',
      'ui.filename as updated_filename',
    ])
    .where('c.workspace_id', '=', workspaceId)
    .where('c.id', '=', contactId)
    .executeTakeFirst();
}
