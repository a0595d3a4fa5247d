import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

const BACKFILL_BATCH = 1000;

/**
 * Tags matched case-insensitively: `contacts.tag_keys` holds each contact's
 * tags lowercased (by JavaScript's toLowerCase, as every write does, so both
 * engines compare the same strings), filled here for the existing contacts.
 * And the bulk actions on contacts, each a job run in batches.
 */
export function tagsBulk(dialect: Dialect) {
  const { id, timestamp, json } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .alterTable('contacts')
        .addColumn('tag_keys', json, (c) => c.notNull().defaultTo('[]'))
        .execute();
      let after = '';
      for (;;) {
        const rows: { workspace_id: string; id: string; tags: unknown }[] = await db
          .selectFrom('contacts')
          .select(['workspace_id', 'id', 'tags'])
          .where('id', '>', after)
          .orderBy('id')
          .limit(BACKFILL_BATCH)
          .execute();
        for (const row of rows) {
          const tags = (typeof row.tags === 'string' ? JSON.parse(row.tags) : row.tags) as string[];
          if (!Array.isArray(tags) || tags.length === 0) continue;
          await db
            .updateTable('contacts')
            .set({ tag_keys: JSON.stringify(tags.map((t) => String(t).toLowerCase())) })
            .where('workspace_id', '=', row.workspace_id)
            .where('id', '=', row.id)
            .execute();
        }
        if (rows.length < BACKFILL_BATCH) break;
        after = rows[rows.length - 1]!.id;
      }
      if (dialect === 'postgres')
        await sql`create index contacts_tag_keys on contacts using gin (tag_keys jsonb_path_ops)`.execute(db);

      await db.schema
        .createTable('contact_bulk_jobs')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('tags', json, (c) => c.notNull())
        .addColumn('selector', json, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('changed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('not_found', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('cursor', id)
        .addColumn('upto', id)
        .addColumn('error', 'text')
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('finished_at', timestamp)
        .execute();
      await db.schema
        .createIndex('contact_bulk_jobs_workspace')
        .on('contact_bulk_jobs')
        .columns(['workspace_id', 'id'])
        .execute();
    },
  };
}
