import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * A run asked for while a keyed job runs (jobs/sql-queue-keyed.ts): the
 * payload and due time of the run that follows this one, both null when none
 * was asked for. Finishing the job turns the row into that run.
 */
export function jobFollowUp(dialect: Dialect) {
  const { json, timestamp } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('jobs').addColumn('next_payload', json).execute();
      await db.schema.alterTable('jobs').addColumn('next_run_at', timestamp).execute();
    },
  };
}
