import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

export function campaigns(dialect: Dialect) {
  const { id, timestamp, json } = columnTypes(dialect);
  // Keyed tables on SQLite are their primary key's b-tree: one write per row, not two.
  const withoutRowid = (t: CreateTableBuilder<string, string>) =>
    dialect === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t;
  return {
    async up(db: Kysely<any>): Promise<void> {
      // The counters are kept by the send job and the tracking routes, so the
      // stats read one row however many recipients there are.
      let table: CreateTableBuilder<'campaigns', string> = db.schema
        .createTable('campaigns')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('from_name', 'text')
        .addColumn('from_email', 'text', (c) => c.notNull())
        .addColumn('reply_to', 'text')
        .addColumn('html', 'text', (c) => c.notNull())
        .addColumn('text', 'text')
        .addColumn('audience', json, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('scheduled_at', timestamp)
        .addColumn('started_at', timestamp)
        .addColumn('finished_at', timestamp)
        // Fencing: every run of the send job takes the next number, and a run
        // that sees a newer one stops.
        .addColumn('send_run', 'integer', (c) => c.notNull().defaultTo(0))
        // The audience snapshot: the last contact id copied, and whether it is whole.
        .addColumn('snapshot_after', id)
        .addColumn('snapshot_done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull());
      for (const name of [
        'recipients',
        'sent',
        'failed',
        'bounced',
        'skipped',
        'opens',
        'unique_opens',
        'clicks',
        'unique_clicks',
        'unsubscribes',
      ]) {
        table = table.addColumn(name, 'integer', (c) => c.notNull().defaultTo(0));
      }
      await table.execute();
      await db.schema
        .createIndex('campaigns_workspace')
        .on('campaigns')
        .columns(['workspace_id', 'created_at', 'id'])
        .execute();
      // The worker's sweep for campaigns whose send job should be running.
      await db.schema.createIndex('campaigns_status').on('campaigns').columns(['status', 'scheduled_at']).execute();

      // The links click tracking may redirect to: nothing else.
      await db.schema
        .createTable('campaign_links')
        .addColumn('campaign_id', id, (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('clicks', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('unique_clicks', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('campaign_links_pk', ['campaign_id', 'idx'])
        .$call(withoutRowid)
        .execute();

      // One row per recipient, written when the send starts; its status is
      // the record that makes sending exactly-once.
      await db.schema
        .createTable('campaign_recipients')
        .addColumn('campaign_id', id, (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
        .addColumn('contact_id', id, (c) => c.notNull())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', timestamp)
        .addColumn('run', 'integer')
        .addColumn('error', 'text')
        .addColumn('sent_at', timestamp)
        .addColumn('opened_at', timestamp)
        .addColumn('clicked_at', timestamp)
        .addColumn('unsubscribed_at', timestamp)
        .addPrimaryKeyConstraint('campaign_recipients_pk', ['campaign_id', 'contact_id'])
        .$call(withoutRowid)
        .execute();

      await db.schema
        .createTable('campaign_clicks')
        .addColumn('campaign_id', id, (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
        .addColumn('contact_id', id, (c) => c.notNull())
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('clicks', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('campaign_clicks_pk', ['campaign_id', 'contact_id', 'idx'])
        .$call(withoutRowid)
        .execute();

      await db.schema
        .createTable('campaign_timeline')
        .addColumn('campaign_id', id, (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
        .addColumn('hour', timestamp, (c) => c.notNull())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('sent', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('opens', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('clicks', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('campaign_timeline_pk', ['campaign_id', 'hour'])
        .$call(withoutRowid)
        .execute();
    },
  };
}
