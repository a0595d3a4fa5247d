import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * Opens fetched by a machine (a privacy proxy or a prefetch at delivery; see
 * `features/campaigns/tracking/machine-opens.ts`), counted apart from human
 * opens: the campaign's total, each recipient's first, and each hour's. Opens
 * counted before this migration stay where they were (all human).
 */
export function machineOpens(dialect: Dialect) {
  const { timestamp } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .alterTable('campaigns')
        .addColumn('machine_opens', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('campaign_recipients').addColumn('machine_opened_at', timestamp).execute();
      await db.schema
        .alterTable('campaign_timeline')
        .addColumn('machine_opens', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}
