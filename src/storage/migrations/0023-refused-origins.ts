import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * The websites a chatbot's widget was refused on (an Origin not in its allowed
 * domains), so its owner can allow one in a click. One row per chatbot and
 * origin, counted; the store keeps only the most recent few per chatbot.
 */
export function refusedOrigins(dialect: Dialect) {
  const { id, timestamp } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('chatbot_refused_origins')
        .addColumn('chatbot_id', id, (c) => c.notNull().references('chatbots.id').onDelete('cascade'))
        .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('first_seen_at', timestamp, (c) => c.notNull())
        .addColumn('last_seen_at', timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('chatbot_refused_origins_pk', ['chatbot_id', 'origin'])
        .execute();
      await db.schema
        .createIndex('chatbot_refused_origins_recent')
        .on('chatbot_refused_origins')
        .columns(['chatbot_id', 'last_seen_at'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('chatbot_refused_origins').execute();
    },
  };
}
