import type { Db, Executor } from '../../storage/database.js';
import type { InvitationsTable } from '../../storage/tables-accounts.js';

export type InvitationRow = InvitationsTable;

/** A member of a workspace with what the dashboard shows of them. */
export interface MemberRow {
  user_id: string;
  email: string;
  name: string | null;
  role: string;
  created_at: string;
}

export async function listMembers(db: Executor, workspaceId: string): Promise<MemberRow[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.email', 'u.name', 'm.role', 'm.created_at'])
    .where('m.workspace_id', '=', workspaceId)
    .orderBy('m.created_at')
    .orderBy('m.user_id')
    .execute();
}

export async function findMember(db: Executor, workspaceId: string, userId: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.email', 'u.name', 'm.role', 'm.created_at'])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.user_id', '=', userId)
    .executeTakeFirst();
}

/** The workspaces a user belongs to, with their role, in the order they joined. */
export async function listWorkspacesOf(db: Db, userId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
    .select(['w.id', 'w.name', 'm.role'])
    .where('m.user_id', '=', userId)
    .orderBy('m.created_at')
    .orderBy('w.id')
    .execute();
}

export async function insertInvitation(db: Executor, row: InvitationRow): Promise<void> {
  await db.insertInto('invitations').values(row).execute();
}

/** Invitations not yet accepted, revoked or expired. */
export async function listPendingInvitations(db: Executor, workspaceId: string, now: string): Promise<InvitationRow[]> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findInvitation(db: Executor, id: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findInvitationByHash(db: Executor, tokenHash: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks an open invitation accepted or revoked; false when it no longer was open (one of two racing wins). */
export async function closeInvitation(
  db: Executor,
  id: string,
  column: 'accepted_at' | 'revoked_at',
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ [column]: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function workspaceName(db: Executor, workspaceId: string): Promise<string | undefined> {
  return (await db.selectFrom('workspaces').select('name').where('id', '=', workspaceId).executeTakeFirst())?.name;
}
