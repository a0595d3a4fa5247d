import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * Invitations to join a workspace: one row per link mailed (the address, the
 * role it grants, who invited, when it stops working, and when it was used or
 * revoked). Only a hash of the link's token is kept.
 */
export function invitations(dialect: Dialect) {
  const { id, timestamp } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('invitations')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('email_key', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('invited_by', id, (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('expires_at', timestamp, (c) => c.notNull())
        .addColumn('accepted_at', timestamp)
        .addColumn('revoked_at', timestamp)
        .execute();
      await db.schema
        .createIndex('invitations_workspace_email')
        .on('invitations')
        .columns(['workspace_id', 'email_key'])
        .execute();
    },
  };
}
