import type { Config } from '../../config.js';
import { handleJob } from '../../jobs/queue.js';
import type { Mailer } from '../../providers/mail/mailer.js';
import type { Database } from '../../storage/database.js';
import { accountMail } from '../accounts/account-mail.js';
import { findUserById } from '../accounts/store.js';
import { sendInvitationJob } from './invitation.job.js';
import { invitationToken } from './invite-token.js';
import { findInvitation, workspaceName } from './store.js';

export interface InvitationMailDeps {
  database: Database;
  mailer: Mailer;
  signer: { secret: Uint8Array };
  config: Pick<Config, 'publicUrl'>;
}

/** Mails an invitation link, unless it was accepted, revoked or expired meanwhile; a temporary failure retries. */
export function sendInvitationHandler(deps: InvitationMailDeps) {
  return handleJob(sendInvitationJob, {
    async handle({ invitationId }) {
      const { db } = deps.database;
      const invitation = await findInvitation(db, invitationId);
      if (!invitation || invitation.accepted_at || invitation.revoked_at) return;
      if (Date.parse(invitation.expires_at) <= Date.now()) return;
      const workspace = (await workspaceName(db, invitation.workspace_id)) ?? 'a workspace';
      const inviter = invitation.invited_by ? await findUserById(db, invitation.invited_by) : undefined;
      const who = inviter ? (inviter.name ? `${inviter.name} (${inviter.email})` : inviter.email) : 'Someone';
      const token = invitationToken(deps.signer.secret, invitation.id);
      const url = `${deps.config.publicUrl.replace(/\/$/, '')}/invite?token=${encodeURIComponent(token)}`;
      const role = invitation.role === 'admin' ? 'an admin' : 'a member';
      const message = accountMail({
        publicUrl: deps.config.publicUrl,
        to: invitation.email,
        subject: `${who} invited you to ${workspace} on Grivo`,
        paragraphs: [
          `${who} invited you to join the workspace ${workspace} on Grivo as ${role}. Accept within 7 days:`,
          'If you do not know this person or did not expect this, ignore this email: nothing happens unless you accept.',
        ],
        link: { url, label: `Join ${workspace}` },
        key: invitation.id,
      });
      await deps.mailer.acquire();
      const outcome = await deps.mailer.send(message);
      if (!outcome.ok && !outcome.permanent) throw new Error(outcome.error);
    },
  });
}
