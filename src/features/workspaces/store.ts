import type { Db, Executor } from '../../storage/database.js';
import type { WorkspacesTable } from '../../storage/tables.js';

export type WorkspaceRow = Omit<WorkspacesTable, 'contacts_count'>;

/** Adds a workspace; pass a transaction to add it with what belongs to it. */
export async function insertWorkspace(db: Executor, row: WorkspaceRow): Promise<void> {
  await db.insertInto('workspaces').values(row).execute();
}

export async function findWorkspace(db: Db, id: string): Promise<WorkspaceRow | undefined> {
  return db
    .selectFrom('workspaces')
    .select(['id', 'name', 'plan', 'created_at', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateWorkspacePlan(db: Db, id: string, plan: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('workspaces')
    .set({ plan, updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
