import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * Deliverability: the addresses a workspace never mails again (suppressions),
 * the URLs providers report bounces and complaints to (inbound_webhooks), the
 * provider events already applied (so a retried delivery counts once) and the
 * soft bounces counted per address until they add up to a hard one.
 */
export function deliverability(dialect: Dialect) {
  const { id, timestamp } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('suppressions')
        .addColumn('workspace_id', id, (c) => c.notNull())
        // The address lowercased: one suppression per workspace and address.
        .addColumn('email_key', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        // hard_bounce | soft_bounces | complaint | manual | unsubscribed
        .addColumn('reason', 'text', (c) => c.notNull())
        // Who suppressed it: api, ses, sendgrid, postmark, mailgun, generic, mailbox…
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('suppressions_pk', ['workspace_id', 'email_key'])
        .execute();
      await db.schema
        .createIndex('suppressions_newest')
        .on('suppressions')
        .columns(['workspace_id', 'created_at'])
        .execute();

      await db.schema
        .createTable('inbound_webhooks')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull())
        // ses | sendgrid | postmark | mailgun | generic
        .addColumn('provider', 'text', (c) => c.notNull())
        // The secret part of the URL: 32 base62 characters.
        .addColumn('token', 'text', (c) => c.notNull().unique())
        .addColumn('signing_key', 'text')
        .addColumn('description', 'text')
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('inbound_webhooks_workspace')
        .on('inbound_webhooks')
        .columns(['workspace_id', 'id'])
        .execute();

      await db.schema
        .createTable('delivery_events_seen')
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('dedupe_key', 'text', (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('delivery_events_seen_pk', ['workspace_id', 'dedupe_key'])
        .execute();
      await db.schema
        .createIndex('delivery_events_seen_created')
        .on('delivery_events_seen')
        .columns(['created_at'])
        .execute();

      await db.schema
        .createTable('soft_bounces')
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('email_key', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('last_at', timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('soft_bounces_pk', ['workspace_id', 'email_key'])
        .execute();
      await db.schema.createIndex('soft_bounces_last').on('soft_bounces').columns(['last_at']).execute();

      // An import reports the new contacts it held back from subscribed because their address is suppressed.
      await db.schema
        .alterTable('contact_imports')
        .addColumn('suppressed', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('contact_imports').dropColumn('suppressed').execute();
      for (const table of ['soft_bounces', 'delivery_events_seen', 'inbound_webhooks', 'suppressions'])
        await db.schema.dropTable(table).execute();
    },
  };
}
