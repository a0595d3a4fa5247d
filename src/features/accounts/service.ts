import { timingSafeEqual } from 'node:crypto';
import type { Plan } from '../../config.js';
import { ApiError } from '../../http/api-error.js';
import { newId, randomBase62, sha256Hex } from '../../lib/ids.js';
import { isoIn, nowIso } from '../../lib/time.js';
import type { Db } from '../../storage/database.js';
import { isUniqueViolation } from '../../storage/errors.js';
import { emailKey, normalizeEmail } from '../../lib/email.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import type { SignUpBody } from './schema.js';
import {
  deleteSession,
  extendSession,
  findFirstWorkspaceOf,
  findSession,
  findUserByEmailKey,
  insertSession,
  insertUserWithWorkspace,
  type SessionWithContext,
} from './store.js';

/** A session lives this long after its last use. */
export const SESSION_IDLE_MS = 14 * 24 * 60 * 60 * 1000;
// The expiry is pushed back at most this often, so a signed-in request stays a read.
const EXTEND_INTERVAL_MS = 60 * 60 * 1000;
const TOKEN_LENGTH = 43; // base62: ≈ 256 bits

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** A session just opened: the cookie's token, and what the dashboard is told. */
export interface OpenedSession {
  token: string;
  session: SessionWithContext;
}

export function checkPassword(password: string, email: string): void {
  if (password.length < PASSWORD_MIN)
    throw new ApiError('invalid_request', `The password must be at least ${PASSWORD_MIN} characters.`, 'password');
  if (password.length > PASSWORD_MAX)
    throw new ApiError('invalid_request', `The password must be at most ${PASSWORD_MAX} characters.`, 'password');
  if (password.toLowerCase() === email.toLowerCase())
    throw new ApiError('invalid_request', 'The password must not be your email address.', 'password');
}

/** Creates an account and its own workspace on the Free plan, and signs it in. */
export async function signUp(db: Db, body: SignUpBody): Promise<OpenedSession> {
  const email = normalizeEmail(body.email);
  if (!email) throw new ApiError('invalid_request', `'${body.email.trim()}' is not a valid email address.`, 'email');
  checkPassword(body.password, email);
  const now = nowIso();
  const name = body.name?.trim() || null;
  const user = {
    id: newId('usr'),
    email,
    email_key: emailKey(email),
    name,
    password_hash: await hashPassword(body.password),
    created_at: now,
    updated_at: now,
  };
  const workspace = {
    id: newId('ws'),
    name: body.workspace_name?.trim() || `${name ?? email.slice(0, email.indexOf('@'))}'s workspace`,
    plan: 'free' satisfies Plan,
    created_at: now,
    updated_at: now,
  };
  try {
    await insertUserWithWorkspace(db, user, workspace);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ApiError(
        'account_exists',
        'An account with this email address already exists. Sign in instead.',
        'email',
      );
    throw error;
  }
  return openSession(db, user.id, workspace.id);
}

/** Signs in with email and password; the same answer whether the address or the password is wrong. */
export async function logIn(db: Db, body: { email: string; password: string }): Promise<OpenedSession> {
  const user = await findUserByEmailKey(db, emailKey(body.email.trim()));
  const ok = await verifyPassword(body.password, user?.password_hash ?? (await dummyHash()));
  const workspaceId = user && ok ? await findFirstWorkspaceOf(db, user.id) : undefined;
  if (!user || !ok || !workspaceId)
    throw new ApiError('invalid_credentials', 'The email address or password is incorrect.');
  return openSession(db, user.id, workspaceId);
}

export async function openSession(db: Db, userId: string, workspaceId: string): Promise<OpenedSession> {
  const token = randomBase62(TOKEN_LENGTH);
  const now = nowIso();
  await insertSession(db, {
    token_hash: sha256Hex(token),
    user_id: userId,
    workspace_id: workspaceId,
    csrf_token: randomBase62(TOKEN_LENGTH),
    created_at: now,
    last_seen_at: now,
    expires_at: isoIn(SESSION_IDLE_MS),
  });
  const session = await findSession(db, sha256Hex(token));
  if (!session) throw new Error('the session just written is not there');
  return { token, session };
}

/** The live session a cookie's token names, its expiry pushed back; undefined when unknown or expired. */
export async function resolveSession(db: Db, token: string): Promise<SessionWithContext | undefined> {
  if (token.length !== TOKEN_LENGTH) return undefined;
  const session = await findSession(db, sha256Hex(token));
  const now = Date.now();
  if (!session || Date.parse(session.expires_at) <= now) return undefined;
  if (now - Date.parse(session.last_seen_at) >= EXTEND_INTERVAL_MS) {
    const expiresAt = isoIn(SESSION_IDLE_MS, now);
    await extendSession(db, session.token_hash, new Date(now).toISOString(), expiresAt);
    return { ...session, expires_at: expiresAt };
  }
  return session;
}

export async function logOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, sha256Hex(token));
}

/** True when the request's CSRF header is the session's token (constant-time). */
export function csrfMatches(session: { csrf_token: string }, header: string | undefined): boolean {
  if (!header) return false;
  const a = Buffer.from(header);
  const b = Buffer.from(session.csrf_token);
  return a.length === b.length && timingSafeEqual(a, b);
}
