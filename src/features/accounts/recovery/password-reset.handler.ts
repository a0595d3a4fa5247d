import type { Config } from '../../../config.js';
import { handleJob } from '../../../jobs/queue.js';
import type { Mailer } from '../../../providers/mail/mailer.js';
import type { Database } from '../../../storage/database.js';
import { findUserById } from '../store.js';
import { accountMail } from '../account-mail.js';
import { sendPasswordResetJob } from './password-reset.job.js';
import { resetToken } from './reset-token.js';
import { findReset } from './store.js';

export interface PasswordResetMailDeps {
  database: Database;
  mailer: Mailer;
  signer: { secret: Uint8Array };
  config: Pick<Config, 'publicUrl'>;
}

/**
 * Mails a reset link, unless it was used, replaced or expired meanwhile. The
 * token is derived here, never stored: the database alone cannot mint a link.
 * A temporary mail failure throws, and the queue tries again.
 */
export function sendPasswordResetHandler(deps: PasswordResetMailDeps) {
  return handleJob(sendPasswordResetJob, {
    async handle({ resetId }) {
      const { db } = deps.database;
      const reset = await findReset(db, resetId);
      if (!reset || reset.used_at !== null || Date.parse(reset.expires_at) <= Date.now()) return;
      const user = await findUserById(db, reset.user_id);
      if (!user) return;
      const token = resetToken(deps.signer.secret, reset.id, user.password_hash);
      const url = `${deps.config.publicUrl.replace(/\/$/, '')}/reset-password?token=${encodeURIComponent(token)}`;
      const message = accountMail({
        publicUrl: deps.config.publicUrl,
        to: user.email,
        subject: 'Reset your Grivo password',
        paragraphs: [
          `Someone, probably you, asked to reset the password of your Grivo account ${user.email}. Choose a new password within the next hour:`,
          'If you did not ask for this, ignore this email: your password stays as it is.',
        ],
        link: { url, label: 'Choose a new password' },
        key: reset.id,
      });
      await deps.mailer.acquire();
      const outcome = await deps.mailer.send(message);
      if (!outcome.ok && !outcome.permanent) throw new Error(outcome.error);
    },
  });
}
