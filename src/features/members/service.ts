import { ApiError, notFound } from '../../http/api-error.js';
import type { Principal, Role } from '../../http/principal.js';
import type { Db } from '../../storage/database.js';
import { recordAudit } from '../audit/record.js';
import { deleteMembership, setRole, setSessionWorkspace } from '../accounts/store.js';
import { findMember, listWorkspacesOf, type MemberRow } from './store.js';

const OWNER_FIXED =
  "The owner's role cannot be changed and the owner cannot be removed. The owner first hands the workspace to another member (Transfer ownership).";

async function memberOf(db: Db, workspaceId: string, userId: string): Promise<MemberRow> {
  const member = await findMember(db, workspaceId, userId);
  if (!member) throw notFound('member', userId);
  return member;
}

/**
 * Changes a member's role. Setting `owner` is the owner handing the workspace
 * over: the member becomes its owner and the old owner an admin.
 */
export async function changeMemberRole(db: Db, by: Principal, userId: string, role: Role): Promise<MemberRow> {
  const member = await memberOf(db, by.workspaceId, userId);
  if (role === 'owner') {
    if (by.role !== 'owner')
      throw new ApiError('forbidden', 'Only the owner of this workspace can hand it over to another member.');
    if (member.role === 'owner') return member;
    await db.transaction().execute(async (trx) => {
      await setRole(trx, by.workspaceId, userId, 'owner');
      if (by.userId) await setRole(trx, by.workspaceId, by.userId, 'admin');
      await recordAudit(trx, by, {
        action: 'workspace.ownership_transferred',
        resourceType: 'member',
        resourceId: userId,
        details: { from_user_id: by.userId, to_user_id: userId },
      });
    });
    return memberOf(db, by.workspaceId, userId);
  }
  if (member.role === 'owner') throw new ApiError('forbidden', OWNER_FIXED, 'role');
  if (member.role === role) return member;
  await db.transaction().execute(async (trx) => {
    await setRole(trx, by.workspaceId, userId, role);
    await recordAudit(trx, by, {
      action: 'member.role_changed',
      resourceType: 'member',
      resourceId: userId,
      details: { from: member.role, to: role },
    });
  });
  return { ...member, role };
}

/** Removes a member (never the owner); their sessions in the workspace end at once. */
export async function removeMember(db: Db, by: Principal, userId: string): Promise<void> {
  const member = await memberOf(db, by.workspaceId, userId);
  if (member.role === 'owner') throw new ApiError('forbidden', OWNER_FIXED);
  await db.transaction().execute(async (trx) => {
    await deleteMembership(trx, by.workspaceId, userId);
    await recordAudit(trx, by, {
      action: 'member.removed',
      resourceType: 'member',
      resourceId: userId,
      details: { role: member.role },
    });
  });
}

/** Moves a session to another workspace of its user. */
export async function switchWorkspace(db: Db, session: { token_hash: string; user_id: string }, workspaceId: string) {
  const mine = await listWorkspacesOf(db, session.user_id);
  if (!mine.some((w) => w.id === workspaceId)) throw notFound('workspace', workspaceId, ' among yours');
  await setSessionWorkspace(db, session.token_hash, workspaceId);
}
