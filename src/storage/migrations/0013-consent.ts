import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * Double opt-in (features/consent): the workspace's settings for it and its
 * postal address, and the consent record of each contact. Existing workspaces
 * get double opt-in on, like new ones.
 */
export function consent(dialect: Dialect) {
  const { id, timestamp } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .alterTable('workspaces')
        .addColumn('double_opt_in', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.alterTable('workspaces').addColumn('confirmation_subject', 'text').execute();
      await db.schema.alterTable('workspaces').addColumn('confirmation_html', 'text').execute();
      await db.schema
        .alterTable('workspaces')
        .addColumn('confirmation_expiry_days', 'integer', (c) => c.notNull().defaultTo(7))
        .execute();
      await db.schema.alterTable('workspaces').addColumn('postal_address', 'text').execute();
      await db.schema
        .createTable('contact_consents')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('contact_id', id, (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('form_id', 'text')
        .addColumn('ip', 'text')
        .addColumn('at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('contact_consents_contact')
        .on('contact_consents')
        .columns(['workspace_id', 'contact_id', 'at'])
        .execute();
    },
  };
}
