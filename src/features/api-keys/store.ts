import { compiledQuery } from '../../storage/compiled-query.js';
import type { Db, Executor } from '../../storage/database.js';
import type { ApiKeysTable } from '../../storage/tables-accounts.js';

export type ApiKeyRow = ApiKeysTable;

/** A key found by its hash, with what authentication needs of its workspace. */
export interface KeyWithPlan {
  id: string;
  workspace_id: string;
  revoked_at: string | null;
  last_used_at: string | null;
  plan: string;
}

export async function insertApiKey(db: Executor, row: ApiKeyRow): Promise<void> {
  await db.insertInto('api_keys').values(row).execute();
}

// Runs on every authenticated request.
const selectKeyByHash = compiledQuery((db: Db, keyHash: string) =>
  db
    .selectFrom('api_keys as k')
    .innerJoin('workspaces as w', 'w.id', 'k.workspace_id')
    .select(['k.id', 'k.workspace_id', 'k.revoked_at', 'k.last_used_at', 'w.plan'])
    .where('k.key_hash', '=', keyHash),
);

export async function findKeyByHash(db: Db, keyHash: string): Promise<KeyWithPlan | undefined> {
  return (await selectKeyByHash(db, keyHash))[0];
}

export async function listApiKeys(db: Db, workspaceId: string): Promise<ApiKeyRow[]> {
  return db
    .selectFrom('api_keys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * Revokes the key (once: a second revoke keeps the first time, and `changed` is false);
 * scoped to a workspace when given.
 */
export async function markKeyRevoked(
  db: Executor,
  id: string,
  workspaceId: string | undefined,
  now: string,
): Promise<{ key: ApiKeyRow; changed: boolean } | undefined> {
  let owned = db.selectFrom('api_keys').selectAll().where('id', '=', id);
  if (workspaceId) owned = owned.where('workspace_id', '=', workspaceId);
  const key = await owned.executeTakeFirst();
  if (!key) return undefined;
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return { key: { ...key, revoked_at: key.revoked_at ?? now }, changed: Number(result.numUpdatedRows) > 0 };
}

export async function touchKey(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', id).execute();
}
