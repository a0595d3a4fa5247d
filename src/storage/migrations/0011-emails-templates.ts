import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * Transactional emails and their templates, and the workspace's default
 * sender (columns of `workspaces`, where later settings join them).
 */
export function emailsTemplates(dialect: Dialect) {
  const { id, timestamp, json } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('workspaces').addColumn('default_from_name', 'text').execute();
      await db.schema.alterTable('workspaces').addColumn('default_from_email', 'text').execute();

      await db.schema
        .createTable('templates')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('html', 'text', (c) => c.notNull())
        .addColumn('markdown', 'text')
        .addColumn('text', 'text')
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('templates_workspace').on('templates').columns(['workspace_id', 'id']).execute();

      await db.schema
        .createTable('emails')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('to_email', 'text', (c) => c.notNull())
        .addColumn('from_email', 'text', (c) => c.notNull())
        .addColumn('from_name', 'text')
        .addColumn('reply_to', 'text')
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('html', 'text')
        .addColumn('text', 'text')
        .addColumn('tags', json, (c) => c.notNull())
        .addColumn('template_id', id)
        // queued | sending | sent | failed | suppressed | bounced | complained | delivered
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('events', json, (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('sent_at', timestamp)
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .execute();
      // Lists are newest first per workspace; ids sort by creation time.
      await db.schema.createIndex('emails_workspace').on('emails').columns(['workspace_id', 'id']).execute();
      await db.schema.createIndex('emails_to').on('emails').columns(['workspace_id', 'to_email']).execute();
    },
  };
}
