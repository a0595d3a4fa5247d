import type { Executor } from '../../storage/database.js';
import { newHashKey } from '../../lib/email-hash.js';

/** The answer a past erase of this contact id gave, if it was erased. */
export async function findErasure(db: Executor, workspaceId: string, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('erased_contacts')
    .select('result')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.result;
}

export async function insertErasure(
  db: Executor,
  row: { workspace_id: string; id: string; result: string; erased_at: string },
): Promise<void> {
  await db.insertInto('erased_contacts').values(row).execute();
}

/** The workspace's key for hashing erased addresses, made on first use. */
export async function hashKeyOf(db: Executor, workspaceId: string, now: string): Promise<string> {
  await db
    .insertInto('privacy_keys')
    .values({ workspace_id: workspaceId, hash_key: newHashKey(), created_at: now })
    .onConflict((oc) => oc.column('workspace_id').doNothing())
    .execute();
  const row = await db
    .selectFrom('privacy_keys')
    .select('hash_key')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return row.hash_key;
}
