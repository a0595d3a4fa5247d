import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * Data-subject requests: the contacts erased (so a second erase answers the same)
 * and each workspace's key for the keyed hashes erased addresses are kept as.
 */
export function privacy(dialect: Dialect) {
  const { id, timestamp, json } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('erased_contacts')
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('id', id, (c) => c.notNull())
        .addColumn('result', json, (c) => c.notNull())
        .addColumn('erased_at', timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('erased_contacts_pk', ['workspace_id', 'id'])
        .execute();
      await db.schema
        .createTable('privacy_keys')
        .addColumn('workspace_id', id, (c) => c.primaryKey())
        .addColumn('hash_key', 'text', (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('privacy_keys').execute();
      await db.schema.dropTable('erased_contacts').execute();
    },
  };
}
