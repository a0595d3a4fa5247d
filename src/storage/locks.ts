import type { Transaction } from 'kysely';
import type { Dialect } from './database.js';
import type { Tables } from './tables.js';

/**
 * Serialises writers of one workspace for the rest of the transaction, so a
 * count-then-insert (plan limits) cannot be raced past. SQLite already runs
 * one write transaction at a time, so only PostgreSQL needs the row lock.
 */
export async function lockWorkspace(trx: Transaction<Tables>, dialect: Dialect, workspaceId: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await trx.selectFrom('workspaces').select('id').where('id', '=', workspaceId).forUpdate().execute();
}
