import { ApiError, notFound } from '../../http/api-error.js';
import type { Principal } from '../../http/principal.js';
import type { Queue } from '../../jobs/queue.js';
import { emailKey, normalizeEmail } from '../../lib/email.js';
import { newId } from '../../lib/ids.js';
import { isoIn, nowIso } from '../../lib/time.js';
import type { Db } from '../../storage/database.js';
import { recordAudit } from '../audit/record.js';
import { hashPassword, verifyPassword } from '../accounts/password.js';
import { checkPassword, openSession, type OpenedSession } from '../accounts/service.js';
import {
  findUserByEmailKey,
  insertMembership,
  insertUser,
  setSessionWorkspace,
  type UserRow,
} from '../accounts/store.js';
import { sendInvitationJob } from './invitation.job.js';
import { invitationToken, invitationTokenHash } from './invite-token.js';
import {
  closeInvitation,
  findInvitation,
  findInvitationByHash,
  findMember,
  insertInvitation,
  listMembers,
  listPendingInvitations,
  type InvitationRow,
} from './store.js';

/** An invitation link works this long after it is sent. */
export const INVITATION_MS = 7 * 24 * 60 * 60 * 1000;

export interface InvitationDeps {
  database: { db: Db };
  queue: Queue;
  signer: { secret: Uint8Array };
}

/**
 * Invites an address with a role and mails it a link. Inviting an address that
 * has a pending invitation replaces it (the old link stops working, a new one is
 * mailed); an address that is already a member is refused.
 */
export async function inviteMember(
  deps: InvitationDeps,
  by: Principal,
  input: { email: string; role: 'admin' | 'member' },
): Promise<InvitationRow> {
  const { db } = deps.database;
  const email = normalizeEmail(input.email);
  if (!email) throw new ApiError('invalid_request', `'${input.email.trim()}' is not a valid email address.`, 'email');
  const key = emailKey(email);
  const members = await listMembers(db, by.workspaceId);
  if (members.some((m) => emailKey(m.email) === key))
    throw new ApiError('already_member', `${email} is already a member of this workspace.`, 'email');
  const now = Date.now();
  const id = newId('inv');
  const row: InvitationRow = {
    id,
    workspace_id: by.workspaceId,
    email,
    email_key: key,
    role: input.role,
    token_hash: invitationTokenHash(invitationToken(deps.signer.secret, id)),
    invited_by: by.userId,
    created_at: new Date(now).toISOString(),
    expires_at: isoIn(INVITATION_MS, now),
    accepted_at: null,
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    for (const old of await listPendingInvitations(trx, by.workspaceId, row.created_at))
      if (old.email_key === key) await closeInvitation(trx, old.id, 'revoked_at', row.created_at);
    await insertInvitation(trx, row);
    await recordAudit(trx, by, {
      action: 'member.invited',
      resourceType: 'invitation',
      resourceId: id,
      details: { role: input.role },
    });
  });
  await deps.queue.enqueue(sendInvitationJob, { invitationId: id }, { key: `invitation.${id}` });
  return row;
}

/** Withdraws a pending invitation: its link stops working. */
export async function revokeInvitation(db: Db, by: Principal, id: string): Promise<InvitationRow> {
  const invitation = await findInvitation(db, id);
  if (!invitation || invitation.workspace_id !== by.workspaceId) throw notFound('invitation', id);
  if (invitation.accepted_at)
    throw new ApiError('invalid_request', 'This invitation was already accepted: remove the member instead.', 'id');
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    if (!(await closeInvitation(trx, id, 'revoked_at', now))) return;
    await recordAudit(trx, by, { action: 'invitation.revoked', resourceType: 'invitation', resourceId: id });
  });
  return (await findInvitation(db, id))!;
}

/** The signed-in session accepting, if any: its user and token hash. */
export interface AcceptingSession {
  user_id: string;
  token_hash: string;
}

/**
 * Accepts an invitation. A new address sets a password (and a name) and gets an
 * account; an existing account proves it is its own by being signed in, or by
 * its password. Either way the invitee is signed in to the invited workspace:
 * the answer is the session to open, or null when the caller's own session was
 * moved there.
 */
export async function acceptInvitation(
  deps: Pick<InvitationDeps, 'database'>,
  input: { token: string; password?: string | undefined; name?: string | undefined },
  signedIn: AcceptingSession | null,
): Promise<OpenedSession | null> {
  const { db } = deps.database;
  const invitation = await findInvitationByHash(db, invitationTokenHash(input.token));
  if (!invitation)
    throw new ApiError('invalid_token', 'This invitation link is not valid. Check that you copied all of it.', 'token');
  if (invitation.revoked_at)
    throw new ApiError(
      'invalid_token',
      'This invitation was withdrawn or replaced by a newer one. Ask for a new one.',
      'token',
    );
  if (invitation.accepted_at)
    throw new ApiError('invalid_token', 'This invitation was already used. Sign in instead.', 'token');
  if (Date.parse(invitation.expires_at) <= Date.now())
    throw new ApiError(
      'invalid_token',
      'This invitation has expired (links work for 7 days). Ask for a new one.',
      'token',
    );

  const existing = await findUserByEmailKey(db, invitation.email_key);
  let userId: string;
  let newUser: UserRow | null = null;
  if (existing) {
    const ownSession = signedIn?.user_id === existing.id;
    if (!ownSession) {
      if (input.password === undefined)
        throw new ApiError(
          'invalid_credentials',
          `An account already uses ${invitation.email}: enter its password, or sign in as it first.`,
        );
      if (!(await verifyPassword(input.password, existing.password_hash)))
        throw new ApiError('invalid_credentials', `The password is not the one of the account ${invitation.email}.`);
    }
    userId = existing.id;
  } else {
    if (input.password === undefined)
      throw new ApiError('invalid_request', 'Choose a password for your new account.', 'password');
    checkPassword(input.password, invitation.email);
    const now = nowIso();
    userId = newId('usr');
    newUser = {
      id: userId,
      email: invitation.email,
      email_key: invitation.email_key,
      name: input.name?.trim() || null,
      password_hash: await hashPassword(input.password),
      created_at: now,
      updated_at: now,
    };
  }
  const accepted = await db.transaction().execute(async (trx) => {
    const now = nowIso();
    if (!(await closeInvitation(trx, invitation.id, 'accepted_at', now))) return false;
    if (newUser) await insertUser(trx, newUser);
    if (!(await findMember(trx, invitation.workspace_id, userId)))
      await insertMembership(trx, invitation.workspace_id, userId, invitation.role, now);
    await recordAudit(
      trx,
      { workspaceId: invitation.workspace_id, userId, keyId: null },
      { action: 'member.joined', resourceType: 'member', resourceId: userId, details: { role: invitation.role } },
    );
    return true;
  });
  if (!accepted) throw new ApiError('invalid_token', 'This invitation was already used. Sign in instead.', 'token');
  if (signedIn?.user_id === userId) {
    await setSessionWorkspace(db, signedIn.token_hash, invitation.workspace_id);
    return null;
  }
  return openSession(db, userId, invitation.workspace_id);
}
