import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/** Subscribe forms: the hosted page and the embeddable snippet are made from a row. */
export function forms(dialect: Dialect) {
  const { id, timestamp, json } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('forms')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('fields', json, (c) => c.notNull())
        .addColumn('tags', json, (c) => c.notNull())
        .addColumn('consent_text', 'text', (c) => c.notNull())
        .addColumn('redirect_url', 'text')
        .addColumn('allowed_domains', json, (c) => c.notNull())
        .addColumn('success_message', 'text')
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('forms_workspace').on('forms').columns(['workspace_id', 'id']).execute();
    },
  };
}
