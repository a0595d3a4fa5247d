import type { Executor } from '../../../storage/database.js';
import { valuesOf } from '../../contacts/contact-row.js';
import { findWorkspaceSettings } from '../../workspaces/store.js';
import type { RecipientData } from '../render/template.js';
import type { SenderFooter } from '../render/sender-footer.js';
import type { TemplateSandbox } from '../sandbox/sandbox.js';
import type { Rendered } from '../sandbox/tasks.js';
import { campaignVersion } from '../sandbox/campaign-version.js';
import type { CampaignRow } from '../store.js';
import type { DueRecipient } from './recipients-store.js';

export type { Rendered } from '../sandbox/tasks.js';

/** The footer of a workspace's campaigns: undefined while it has no postal address. */
export async function senderFooterOf(db: Executor, workspaceId: string): Promise<SenderFooter | undefined> {
  const row = await db.selectFrom('workspaces').select('name').where('id', '=', workspaceId).executeTakeFirst();
  const settings = (await findWorkspaceSettings(db, workspaceId)) as { postal_address?: string | null } | undefined;
  const postalAddress = settings?.postal_address?.trim();
  return row && postalAddress ? { name: row.name, postalAddress } : undefined;
}

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
 * The threads compose each message's MIME too, so the sending thread only
 * writes it to the wire.
 */
export async function renderDue(
  templates: TemplateSandbox,
  campaign: CampaignRow,
  recipients: DueRecipient[],
  footer?: SenderFooter,
): Promise<Rendered[]> {
  return templates.messages(
    campaignVersion(campaign),
    recipients.map((r) => ({ contactId: r.contact_id, data: recipientData(r) })),
    { footer, compose: true },
  );
}
