import { valuesOf } from '../../contacts/contact-row.js';
import type { RecipientData } from '../render/template.js';
import { withSenderFooter, type SenderFooter } from '../render/sender-footer.js';
import type { TemplateSandbox } from '../sandbox/sandbox.js';
import type { Rendered } from '../sandbox/tasks.js';
import { campaignVersion } from '../sandbox/campaign-version.js';
import type { CampaignRow } from '../store.js';
import type { DueRecipient } from './recipients-store.js';

export type { Rendered } from '../sandbox/tasks.js';

/** What the templates get for a due recipient (only subscribed ones, whose contact exists, are rendered). */
function recipientData(r: DueRecipient): RecipientData {
  const { status: _status, ...data } = valuesOf({
    ...r,
    email: r.email!,
    attributes: r.attributes!,
    tags: r.tags!,
    status: r.contact_status!,
  });
  return data;
}

/**
 * Renders a batch of due recipients' messages in the template sandbox, in
 * order; one whose data breaks the template gets an `error`. Throws
 * RecipientLimitError when a render breaks a sandbox limit. The sender's name
 * and postal address (`footer`) end each message when the workspace set one.
 */
export async function renderDue(
  templates: TemplateSandbox,
  campaign: CampaignRow,
  recipients: DueRecipient[],
  footer?: SenderFooter,
): Promise<Rendered[]> {
  const rendered = await templates.messages(
    campaignVersion(campaign),
    recipients.map((r) => ({ contactId: r.contact_id, data: recipientData(r) })),
  );
  return footer ? rendered.map((m) => ('error' in m ? m : withSenderFooter(m, footer))) : rendered;
}
