import type { Config } from '../../config.js';
import { handleJob } from '../../jobs/queue.js';
import type { Mailer } from '../../providers/mail/mailer.js';
import type { Database } from '../../storage/database.js';
import type { TemplateSandbox } from '../campaigns/sandbox/sandbox.js';
import { findContact } from '../contacts/store.js';
import { isSuppressed } from '../suppressions/store.js';
import { findWorkspace, findWorkspaceSettings } from '../workspaces/store.js';
import { DEFAULT_CONFIRMATION_HTML, DEFAULT_CONFIRMATION_SUBJECT } from './confirmation-template.js';
import { sendConfirmationJob } from './send-confirmation.job.js';
import { findConsent } from './store.js';
import { confirmationToken } from './token.js';

export interface SendConfirmationDeps {
  database: Database;
  mailer: Mailer;
  templates: TemplateSandbox;
  signer: { secret: Uint8Array };
  config: Pick<Config, 'publicUrl'>;
}

/**
 * Mails one confirmation link, unless the contact is no longer pending or its
 * address was suppressed meanwhile. A template that fails (it was checked on
 * save, but a contact's data could still break it) falls back to the default
 * one, so the person always gets a link. A temporary mail failure throws, and
 * the queue tries again.
 */
export function sendConfirmationHandler(deps: SendConfirmationDeps) {
  return handleJob(sendConfirmationJob, {
    async handle({ consentId }) {
      const { db } = deps.database;
      const consent = await findConsent(db, consentId);
      if (consent?.type !== 'requested') return;
      const contact = await findContact(db, consent.workspace_id, consent.contact_id);
      if (contact?.status !== 'pending') return;
      if (await isSuppressed(db, deps.signer.secret, contact.workspace_id, contact.email)) return;
      const [workspace, settings] = await Promise.all([
        findWorkspace(db, contact.workspace_id),
        findWorkspaceSettings(db, contact.workspace_id),
      ]);
      if (!workspace || !settings) return;
      const data = {
        confirm_url: `${deps.config.publicUrl.replace(/\/$/, '')}/confirm/${confirmationToken(deps.signer.secret, consentId)}`,
        first_name: contact.first_name,
        last_name: contact.last_name,
        workspace_name: workspace.name,
        expiry_days: settings.confirmation_expiry_days,
      };
      const own = { subject: settings.confirmation_subject, html: settings.confirmation_html };
      const content = {
        subject: own.subject ?? DEFAULT_CONFIRMATION_SUBJECT,
        html: own.html ?? DEFAULT_CONFIRMATION_HTML,
        text: null,
      };
      let rendered = await deps.templates.renderData(content, data, contact.email);
      if ('problem' in rendered)
        rendered = await deps.templates.renderData(
          { subject: DEFAULT_CONFIRMATION_SUBJECT, html: DEFAULT_CONFIRMATION_HTML, text: null },
          data,
          contact.email,
        );
      if ('problem' in rendered)
        throw new Error(`The default confirmation template failed: ${rendered.problem.message}`);
      const fromEmail = settings.default_from_email ?? `no-reply@${new URL(deps.config.publicUrl).hostname}`;
      const domain = fromEmail.slice(fromEmail.lastIndexOf('@') + 1);
      await deps.mailer.acquire();
      const outcome = await deps.mailer.send({
        from: { name: settings.default_from_name ?? workspace.name, address: fromEmail },
        to: contact.email,
        replyTo: null,
        subject: rendered.content.subject,
        html: rendered.content.html ?? '',
        text: rendered.content.text,
        headers: { 'X-Grivo-Confirmation': consentId },
        messageId: `<${consentId}@${domain}>`,
        key: consentId,
      });
      if (!outcome.ok && !outcome.permanent) throw new Error(outcome.error);
    },
  });
}
