import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * Password resets (one row per link mailed: its user, when it stops working,
 * when it was used) and the workspace's time zone, in which the dashboard
 * shows and takes schedules.
 */
export function accountRecovery(dialect: Dialect) {
  const { id, timestamp } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('password_resets')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('expires_at', timestamp, (c) => c.notNull())
        .addColumn('used_at', timestamp)
        .execute();
      await db.schema.createIndex('password_resets_user').on('password_resets').columns(['user_id']).execute();
      await db.schema
        .alterTable('workspaces')
        .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
        .execute();
    },
  };
}
