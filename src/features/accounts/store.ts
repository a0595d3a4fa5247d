import { nowIso } from '../../lib/time.js';
import { compiledQuery } from '../../storage/compiled-query.js';
import type { Db, Executor } from '../../storage/database.js';
import type { SessionsTable, UsersTable } from '../../storage/tables-accounts.js';
import { insertWorkspace } from '../workspaces/store.js';

export type UserRow = UsersTable;
export type SessionRow = SessionsTable;

/** A live session with what a request needs of its user and workspace. */
export interface SessionWithContext {
  token_hash: string;
  user_id: string;
  workspace_id: string;
  csrf_token: string;
  last_seen_at: string;
  expires_at: string;
  email: string;
  name: string | null;
  workspace_name: string;
  plan: string;
  role: string;
  time_zone: string;
}

export async function insertUserWithWorkspace(
  db: Db,
  user: UserRow,
  workspace: { id: string; name: string; plan: string; created_at: string; updated_at: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertWorkspace(trx, workspace);
    await trx.insertInto('users').values(user).execute();
    await trx
      .insertInto('memberships')
      .values({ workspace_id: workspace.id, user_id: user.id, role: 'owner', created_at: user.created_at })
      .execute();
  });
}

export async function findUserByEmailKey(db: Db, emailKey: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email_key', '=', emailKey).executeTakeFirst();
}

/** The workspace a user signs in to: the first one they joined. */
export async function findFirstWorkspaceOf(db: Db, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('workspace_id')
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('workspace_id')
    .executeTakeFirst();
  return row?.workspace_id;
}

export async function insertSession(db: Db, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

// Runs on every request signed in by cookie: built once, like the API key lookup.
const selectSession = compiledQuery((db: Db, tokenHash: string) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('workspaces as w', 'w.id', 's.workspace_id')
    // A member removed from the workspace loses its sessions there at once.
    .innerJoin('memberships as m', (join) =>
      join.onRef('m.workspace_id', '=', 's.workspace_id').onRef('m.user_id', '=', 's.user_id'),
    )
    .select([
      's.token_hash',
      's.user_id',
      's.workspace_id',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'u.email',
      'u.name',
      'w.name as workspace_name',
      'w.plan',
      'w.time_zone',
      'm.role',
    ])
    .where('s.token_hash', '=', tokenHash),
);

export async function findSession(db: Db, tokenHash: string): Promise<SessionWithContext | undefined> {
  return (await selectSession(db, tokenHash))[0];
}

export async function extendSession(db: Db, tokenHash: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Sets a user's password and ends their sessions: all of them, or all but the
 * one that made the change (`keepSession`, a session's token hash).
 */
export async function setPassword(
  db: Executor,
  userId: string,
  passwordHash: string,
  options: { keepSession: string | null },
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: nowIso() })
    .where('id', '=', userId)
    .execute();
  let ending = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (options.keepSession !== null) ending = ending.where('token_hash', '!=', options.keepSession);
  await ending.execute();
}

/** Changes a user's name and email address (the caller checked the address is free). */
export async function updateUserProfile(
  db: Executor,
  userId: string,
  values: { name?: string | null; email?: string; email_key?: string },
): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db
    .updateTable('users')
    .set({ ...values, updated_at: nowIso() })
    .where('id', '=', userId)
    .execute();
}

// Memberships and sessions as features/members changes them (this file owns the tables).

export async function setRole(db: Executor, workspaceId: string, userId: string, role: string): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ role })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .execute();
}

export async function insertMembership(db: Executor, workspaceId: string, userId: string, role: string, now: string) {
  await db
    .insertInto('memberships')
    .values({ workspace_id: workspaceId, user_id: userId, role, created_at: now })
    .execute();
}

/** Removes a member and ends every session they have in the workspace. */
export async function deleteMembership(db: Executor, workspaceId: string, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
  await db.deleteFrom('memberships').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
}

export async function setSessionWorkspace(db: Executor, tokenHash: string, workspaceId: string): Promise<void> {
  await db.updateTable('sessions').set({ workspace_id: workspaceId }).where('token_hash', '=', tokenHash).execute();
}

/** Adds a user without a workspace of their own (someone who accepted an invitation). */
export async function insertUser(db: Executor, user: UserRow): Promise<void> {
  await db.insertInto('users').values(user).execute();
}
