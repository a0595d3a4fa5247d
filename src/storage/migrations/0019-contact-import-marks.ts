import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * Which import created a contact, and which one last changed it and when: written
 * by the import's own insert and update statements, read by the contact's
 * activity. Contacts imported before this migration name none.
 */
export function contactImportMarks(dialect: Dialect) {
  const { id, timestamp } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('contacts').addColumn('created_by_import', id).execute();
      await db.schema.alterTable('contacts').addColumn('updated_by_import', id).execute();
      await db.schema.alterTable('contacts').addColumn('updated_by_import_at', timestamp).execute();
    },
  };
}
