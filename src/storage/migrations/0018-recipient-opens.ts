import type { Kysely } from 'kysely';

/**
 * Each recipient's human opens, counted where the campaign's `opens` is (so the
 * recipients report's counts add up to it). Opens before this migration were
 * only counted on the campaign: their recipients start at 0.
 */
export function recipientOpens() {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .alterTable('campaign_recipients')
        .addColumn('opens', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}
