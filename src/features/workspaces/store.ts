import type { Db, Executor } from '../../storage/database.js';
import type { Selectable, Updateable } from 'kysely';
import type { WorkspacesTable } from '../../storage/tables-accounts.js';
import type { WorkspaceSettingsColumns as SenderSettingsColumns } from '../../storage/tables-emails.js';
import type { ConsentSettingsColumns } from '../../storage/tables-consent.js';

type WorkspaceSettingsColumns = SenderSettingsColumns & ConsentSettingsColumns;
export type WorkspaceRow = Omit<WorkspacesTable, 'contacts_count' | 'time_zone' | keyof WorkspaceSettingsColumns>;
/** The workspace's settings as stored (`GET/PATCH /v1/settings`). */
export type WorkspaceSettingsRow = Selectable<WorkspaceSettingsColumns>;

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

/** The workspace's contact count, kept by every write (read it under the workspace lock). */
export async function readContactsCount(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('workspaces')
    .select('contacts_count')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return Number(row?.contacts_count ?? 0);
}

export async function addToContactsCount(db: Executor, workspaceId: string, delta: number): Promise<void> {
  if (delta === 0) return;
  await db
    .updateTable('workspaces')
    .set((eb) => ({ contacts_count: eb('contacts_count', '+', delta) }))
    .where('id', '=', workspaceId)
    .execute();
}

const SETTINGS_COLUMNS = [
  'default_from_name',
  'default_from_email',
  'double_opt_in',
  'confirmation_subject',
  'confirmation_html',
  'confirmation_expiry_days',
  'postal_address',
] as const satisfies (keyof WorkspaceSettingsColumns)[];

export async function findWorkspaceSettings(db: Executor, id: string): Promise<WorkspaceSettingsRow | undefined> {
  return db.selectFrom('workspaces').select(SETTINGS_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Writes the settings given (others stay); false when there is no such workspace. */
export async function updateWorkspaceSettings(
  db: Executor,
  id: string,
  values: Updateable<WorkspaceSettingsColumns>,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('workspaces')
    .set({ ...values, updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** What the dashboard's workspace page shows (`GET /dashboard/workspace`). */
export async function findWorkspaceProfile(db: Executor, id: string) {
  return db
    .selectFrom('workspaces')
    .select(['id', 'name', 'plan', 'postal_address', 'default_from_name', 'default_from_email', 'time_zone'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateWorkspaceProfile(
  db: Executor,
  id: string,
  values: {
    name?: string;
    time_zone?: string;
    postal_address?: string | null;
    default_from_name?: string | null;
    default_from_email?: string | null;
  },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('workspaces')
    .set({ ...values, updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
