import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/** Saved segments of contacts (features/segments); their conditions are evaluated when a segment is used. */
export function segments(dialect: Dialect) {
  const { id, timestamp } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('segments')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('match', 'text', (c) => c.notNull())
        // Text, not JSON: the API validated it, and SQL never reads inside it.
        .addColumn('conditions', 'text', (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('segments_workspace').on('segments').columns(['workspace_id', 'id']).execute();
    },
  };
}
