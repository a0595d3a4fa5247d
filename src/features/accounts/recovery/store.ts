import type { Db, Executor } from '../../../storage/database.js';
import type { PasswordResetsTable } from '../../../storage/tables-accounts.js';

export type PasswordResetRow = PasswordResetsTable;

/** Adds a reset link; the user's earlier links stop working (only the newest mail is good). */
export async function replaceResets(db: Db, row: PasswordResetRow): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('password_resets').where('user_id', '=', row.user_id).execute();
    await trx.insertInto('password_resets').values(row).execute();
  });
}

export async function findReset(db: Executor, id: string): Promise<PasswordResetRow | undefined> {
  return db.selectFrom('password_resets').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks the link used; false when it already was (two tabs submitting at once: one wins). */
export async function claimReset(db: Executor, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteExpiredResets(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('password_resets').where('expires_at', '<', now).execute();
}
