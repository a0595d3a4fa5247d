import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * The audit log: who (a user, an API key or Grivo itself) did what to which resource
 * of a workspace, and when. Read newest first per workspace, and pruned by age.
 */
export function auditLog(dialect: Dialect) {
  const { id, timestamp, json } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('audit_log')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('actor_type', 'text', (c) => c.notNull())
        .addColumn('actor_id', id)
        .addColumn('actor_label', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('resource_type', 'text', (c) => c.notNull())
        .addColumn('resource_id', id)
        .addColumn('details', json, (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('audit_log_workspace_time')
        .on('audit_log')
        .columns(['workspace_id', 'created_at'])
        .execute();
      // The retention prune deletes by age across every workspace.
      await db.schema.createIndex('audit_log_time').on('audit_log').columns(['created_at']).execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('audit_log').execute();
    },
  };
}
