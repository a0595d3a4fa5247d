import type { ActivityResponse, ActivitySource } from '../activity/schema.js';
import { findImportMarks } from './marks-store.js';

/**
 * The imports in a contact's timeline: the one that created it (import.created)
 * and the one that last changed its values (import.updated). An import whose
 * rows changed nothing leaves no entry; contacts added otherwise have none.
 */
export const importActivity: ActivitySource = async (db, workspaceId, contact) => {
  const marks = await findImportMarks(db, workspaceId, contact.id);
  if (!marks) return [];
  const items: ActivityResponse[] = [];
  if (marks.created_by_import) {
    items.push({
      type: 'import.created',
      at: marks.created_at,
      import_id: marks.created_by_import,
      filename: marks.created_filename ?? null,
    });
  }
  if (marks.updated_by_import && marks.updated_by_import_at) {
    items.push({
      type: 'import.updated',
      at: marks.updated_by_import_at,
      import_id: marks.updated_by_import,
      filename: marks.updated_filename ?? null,
    });
  }
  return items;
};
