import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

export function contacts(dialect: Dialect) {
  const { id, timestamp, json, bytes } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      // Kept in step with the contacts table by every write, under the
      // workspace lock, so plan limits never count a million rows.
      await db.schema
        .alterTable('workspaces')
        .addColumn('contacts_count', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      // Keyed by (workspace_id, id): lists walk it newest first, and on SQLite
      // WITHOUT ROWID makes it the table itself, one b-tree fewer per insert.
      await db.schema
        .createTable('contacts')
        .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('id', id, (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('email_key', id, (c) => c.notNull())
        .addColumn('first_name', 'text')
        .addColumn('last_name', 'text')
        .addColumn('phone', 'text')
        .addColumn('attributes', json, (c) => c.notNull())
        .addColumn('tags', json, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('contacts_pk', ['workspace_id', 'id'])
        .$call((t) => (dialect === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
        .execute();
      await db.schema
        .createIndex('contacts_email')
        .on('contacts')
        .columns(['workspace_id', 'email_key'])
        .unique()
        .execute();

      await db.schema
        .createTable('contact_imports')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('filename', 'text')
        .addColumn('bytes', 'bigint', (c) => c.notNull())
        .addColumn('options', json, (c) => c.notNull())
        .addColumn('rows_total', 'integer', (c) => c.notNull())
        .addColumn('rows_processed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('skipped', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('errors', json, (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .addColumn('finished_at', timestamp)
        .execute();
      await db.schema
        .createIndex('contact_imports_workspace')
        .on('contact_imports')
        .columns(['workspace_id', 'created_at', 'id'])
        .execute();

      // The uploaded file, in order, until its import has run: the worker that
      // runs the import may be another process, on another machine.
      await db.schema
        .createTable('upload_chunks')
        .addColumn('upload_id', id, (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('data', bytes, (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('upload_chunks_pk', ['upload_id', 'seq'])
        .execute();
      await db.schema.createIndex('upload_chunks_created').on('upload_chunks').column('created_at').execute();
    },
  };
}
