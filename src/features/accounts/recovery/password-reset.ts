import type { Config } from '../../../config.js';
import { ApiError } from '../../../http/api-error.js';
import type { Queue } from '../../../jobs/queue.js';
import { emailKey } from '../../../lib/email.js';
import { newId } from '../../../lib/ids.js';
import { isoIn, nowIso } from '../../../lib/time.js';
import type { RateDecision, RateLimiter } from '../../../rate-limit/limiter.js';
import type { Db } from '../../../storage/database.js';
import { hashPassword } from '../password.js';
import { checkPassword, openSession, type OpenedSession } from '../service.js';
import { findFirstWorkspaceOf, findUserByEmailKey, findUserById, setPassword } from '../store.js';
import { sendPasswordResetJob } from './password-reset.job.js';
import { resetIdOf, resetTokenMatches } from './reset-token.js';
import { claimReset, findReset, replaceResets } from './store.js';

/** A reset link works this long after it is mailed. */
export const RESET_LINK_MS = 60 * 60 * 1000;
/** Links mailed to one address per rate-limit window; more requests are answered alike and send nothing. */
const MAILS_PER_ADDRESS = 3;

export interface PasswordResetDeps {
  database: { db: Db };
  queue: Queue;
  limiter: RateLimiter;
  signer: { secret: Uint8Array };
  config: Pick<Config, 'rateLimit'>;
}

const INVALID_LINK =
  'This password reset link is not valid: it may have expired (links work for an hour), been used already, or been replaced by a newer one. Ask for a new link.';

/**
 * Mails a reset link when the address has an account. The caller answers the
 * same whether it has or not, so nobody learns who has an account here.
 * `refuse` is called when the caller's address asked too often.
 */
export async function requestPasswordReset(
  deps: PasswordResetDeps,
  input: { email: string; ip: string },
  refuse: (decision: RateDecision) => Error,
): Promise<void> {
  const { windowMs, authFailures } = deps.config.rateLimit;
  const byIp = await deps.limiter.consume(`pwreset:ip:${input.ip}`, { limit: authFailures, windowMs });
  if (!byIp.allowed) throw refuse(byIp);
  const key = emailKey(input.email.trim());
  const byAddress = await deps.limiter.consume(`pwreset:email:${key}`, { limit: MAILS_PER_ADDRESS, windowMs });
  if (!byAddress.allowed) return;
  const user = await findUserByEmailKey(deps.database.db, key);
  if (!user) return;
  const now = Date.now();
  const resetId = newId('prs');
  await replaceResets(deps.database.db, {
    id: resetId,
    user_id: user.id,
    created_at: new Date(now).toISOString(),
    expires_at: isoIn(RESET_LINK_MS, now),
    used_at: null,
  });
  await deps.queue.enqueue(sendPasswordResetJob, { resetId }, { key: `password-reset.${resetId}` });
}

/**
 * Sets a new password from a reset link: the link is used up, every session of
 * the account ends (whoever else was signed in is signed out), and a new one opens.
 */
export async function confirmPasswordReset(
  deps: Pick<PasswordResetDeps, 'database' | 'signer'>,
  input: { token: string; password: string },
): Promise<OpenedSession> {
  const { db } = deps.database;
  const resetId = resetIdOf(input.token);
  const reset = resetId ? await findReset(db, resetId) : undefined;
  const user = reset ? await findUserById(db, reset.user_id) : undefined;
  if (
    !reset ||
    !user ||
    reset.used_at !== null ||
    Date.parse(reset.expires_at) <= Date.now() ||
    !resetTokenMatches(deps.signer.secret, input.token, user.password_hash)
  )
    throw new ApiError('invalid_token', INVALID_LINK, 'token');
  checkPassword(input.password, user.email);
  const passwordHash = await hashPassword(input.password);
  const changed = await db.transaction().execute(async (trx) => {
    if (!(await claimReset(trx, reset.id, nowIso()))) return false;
    await setPassword(trx, user.id, passwordHash, { keepSession: null });
    return true;
  });
  if (!changed) throw new ApiError('invalid_token', INVALID_LINK, 'token');
  const workspaceId = await findFirstWorkspaceOf(db, user.id);
  if (!workspaceId)
    throw new ApiError('invalid_credentials', 'Your password was changed, but this account belongs to no workspace.');
  return openSession(db, user.id, workspaceId);
}
