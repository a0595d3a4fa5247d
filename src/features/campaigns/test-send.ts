import type { Mailer } from '../../providers/mail/mailer.js';
import { valuesOf } from '../contacts/contact-row.js';
import { emailKey } from '../../lib/email.js';
import { findContactsByEmailKeys } from '../contacts/store.js';
import { TEST_CONTACT } from '../../lib/tracking-tokens.js';
import { recipientOf } from './preview.js';
import type { TestCampaignBody, TestSendResponse } from './schema.js';
import { campaignVersion } from './sandbox/campaign-version.js';
import { getCampaignRow, templateLimitApiError, type CampaignDeps } from './service.js';

/**
 * Sends the campaign now to up to five addresses, personalized as the chosen
 * contact, or else as the workspace's contact of each address when there is
 * one. Its tracking links work but count nothing, and it never touches the
 * campaign's state or stats.
 */
export async function sendTestMessages(
  deps: CampaignDeps & { mailer: Mailer },
  workspaceId: string,
  id: string,
  body: TestCampaignBody,
): Promise<TestSendResponse> {
  const { emails, contact_id: chosenId } = body;
  const row = await getCampaignRow(deps, workspaceId, id);
  const chosen = chosenId === undefined ? undefined : await recipientOf(deps, workspaceId, chosenId);
  const byKey = new Map(
    chosen
      ? []
      : (await findContactsByEmailKeys(deps.database.db, workspaceId, emails.map(emailKey))).map((c) => [
          c.email_key,
          c,
        ]),
  );
  const stamp = Date.now().toString(36);
  const recipients = emails.map((email, i) => {
    const contact = byKey.get(emailKey(email));
    // Personalized as the chosen contact, else as the workspace's contact of that address when there is one.
    const data = chosen ?? {
      ...(contact ? valuesOf(contact) : { first_name: null, last_name: null, phone: null, attributes: {}, tags: [] }),
      email,
    };
    // Each test is a message of its own (own Message-ID and outbox file), however often it is repeated.
    return { contactId: TEST_CONTACT, data, key: `${row.id}.test-${stamp}-${i}` };
  });
  const messages = await deps.templates
    .messages(campaignVersion(row), recipients, { subjectPrefix: '[Test] ' })
    .catch((error: unknown) => {
      throw templateLimitApiError(deps, error);
    });
  const data = await Promise.all(
    messages.map(async (message, i) => {
      const email = emails[i]!;
      if ('error' in message)
        return { email, status: 'failed' as const, error: `The message could not be rendered: ${message.error}` };
      // Rendered as the chosen contact, delivered to the test address.
      const outcome = await deps.mailer.send({ ...message, to: email });
      return {
        email,
        status: outcome.ok ? ('sent' as const) : ('failed' as const),
        error: outcome.ok ? null : outcome.error,
      };
    }),
  );
  return { data };
}
