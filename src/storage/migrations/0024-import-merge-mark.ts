import type { Kysely } from 'kysely';

/**
 * Where an import stands inside the window of rows it is merging in address
 * order: the line the window ends at and the last address merged. Both null
 * between windows, when `rows_processed` alone says where to resume.
 */
export function importMergeMark() {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('contact_imports').addColumn('merge_until', 'integer').execute();
      await db.schema.alterTable('contact_imports').addColumn('merge_key', 'text').execute();
    },
  };
}
