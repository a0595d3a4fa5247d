import { valuesOf } from '../contacts/contact-row.js';
import { emailKey } from '../contacts/email.js';
import { findContactsByEmailKeys } from '../contacts/store.js';
import { TEST_CONTACT } from '../tracking/tokens.js';
import type { TestSendResponse } from './schema.js';
import { messageBuilder } from './send/message.js';
import { getCampaignRow, type CampaignDeps } from './service.js';

/**
 * Sends the campaign now to up to five addresses, personalized with the
 * workspace's contact of that address when there is one. Its tracking links
 * work but count nothing, and it never touches the campaign's state or stats.
 */
export async function sendTestMessages(deps: CampaignDeps, workspaceId: string, id: string, emails: string[]): Promise<TestSendResponse> {
  const row = await getCampaignRow(deps, workspaceId, id);
  const contacts = await findContactsByEmailKeys(deps.database.db, workspaceId, emails.map(emailKey));
  const byKey = new Map(contacts.map((c) => [c.email_key, c]));
  const build = messageBuilder({ signer: deps.signer, publicUrl: deps.config.publicUrl }, row, { subjectPrefix: '[Test] ' });
  const data = await Promise.all(
    emails.map(async (email, i) => {
      const contact = byKey.get(emailKey(email));
      // Personalized as the workspace's contact of that address, when there is one.
      const data = contact ? valuesOf(contact) : { email, first_name: null, last_name: null, phone: null, attributes: {}, tags: [] };
      const message = build(TEST_CONTACT, { ...data, email }, `${row.id}.test-${Date.now().toString(36)}-${i}`);
      // Each test is a message of its own (own Message-ID and outbox file), however often it is repeated.
      const outcome = await deps.mailer.send(message);
      return { email, status: outcome.ok ? ('sent' as const) : ('failed' as const), error: outcome.ok ? null : outcome.error };
    }),
  );
  return { data };
}
