import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * A chatbot's index version: a new random id whenever its term statistics
 * change, written last in the transaction that changes them. Search keeps
 * what it read of the statistics under it (search/term-cache.ts). No row
 * until the index first changes, and nothing is kept without one. A table of
 * its own, not a column of `chatbots`: writing the chatbot's row in every
 * page batch's transaction locked it against the sources' trainings, which
 * lock it after their pages, and deadlocked them.
 */
export function chatbotIndexVersion(dialect: Dialect) {
  const { id } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('chatbot_index_versions')
        .addColumn('chatbot_id', id, (c) => c.primaryKey().references('chatbots.id').onDelete('cascade'))
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('version', id, (c) => c.notNull())
        .execute();
    },
  };
}
