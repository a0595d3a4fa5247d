import { ApiError } from '../../../http/api-error.js';
import { emailKey, normalizeEmail } from '../../../lib/email.js';
import { sha256Hex } from '../../../lib/ids.js';
import type { Db } from '../../../storage/database.js';
import { isUniqueViolation } from '../../../storage/errors.js';
import { hashPassword, verifyPassword } from '../password.js';
import { checkPassword } from '../service.js';
import { findSession, findUserById, setPassword, type SessionWithContext, updateUserProfile } from '../store.js';
import type { UpdateAccountBody } from './schema.js';

/**
 * Changes the signed-in user's name, email address or password. The last two
 * need the current password (a session left open on a shared computer must
 * not be enough to take the account); a new password signs out every other session.
 */
export async function updateAccount(db: Db, token: string, body: UpdateAccountBody): Promise<SessionWithContext> {
  const tokenHash = sha256Hex(token);
  const session = await findSession(db, tokenHash);
  const user = session ? await findUserById(db, session.user_id) : undefined;
  if (!session || !user) throw new ApiError('not_signed_in', 'Your session has expired. Sign in again.');

  const email = body.email === undefined ? undefined : normalizeEmail(body.email);
  if (body.email !== undefined && email === undefined)
    throw new ApiError('invalid_request', `'${body.email?.trim()}' is not a valid email address.`, 'email');
  const newEmail = email !== undefined && email !== user.email ? email : undefined;
  if (newEmail !== undefined || body.password !== undefined) {
    if (!body.current_password)
      throw new ApiError(
        'invalid_request',
        'Enter your current password to change your email or password.',
        'current_password',
      );
    if (!(await verifyPassword(body.current_password, user.password_hash)))
      throw new ApiError('invalid_request', 'Your current password is not correct.', 'current_password');
  }
  if (body.password !== undefined) checkPassword(body.password, newEmail ?? user.email);
  const passwordHash = body.password === undefined ? undefined : await hashPassword(body.password);

  const name = body.name === undefined ? undefined : body.name?.trim() || null;
  try {
    await db.transaction().execute(async (trx) => {
      await updateUserProfile(trx, user.id, {
        ...(name === undefined ? {} : { name }),
        ...(newEmail === undefined ? {} : { email: newEmail, email_key: emailKey(newEmail) }),
      });
      if (passwordHash !== undefined) await setPassword(trx, user.id, passwordHash, { keepSession: tokenHash });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ApiError('account_exists', 'Another account already uses this email address.', 'email');
    throw error;
  }
  const updated = await findSession(db, tokenHash);
  if (!updated) throw new Error('the session that made the change is gone');
  return updated;
}
