import { ApiError } from '../../http/api-error.js';
import { valuesOf } from '../contacts/contact-row.js';
import { findContact } from '../contacts/store.js';
import { TEST_CONTACT, type TokenSigner } from '../../lib/tracking-tokens.js';
import { SAMPLE_RECIPIENT, type RecipientData } from './render/template.js';
import type { Audience, PreviewCampaignBody, PreviewResponse } from './schema.js';
import { countAudience } from './send/audience-filter.js';
import { assertAudienceSegment } from './audience-segment.js';
import { trackingUrls } from './render/message.js';
import { assertValidTemplates, templateLimitApiError, type CampaignDeps } from './service.js';

// Preview tokens name no campaign of the database; signed for the test
// contact, the pixel and the unsubscribe link count and change nothing.
const PREVIEW_CAMPAIGN = 'preview';

/**
 * Renders unsaved templates as a recipient would get them: the same
 * compilation as a send (escaping, unsubscribe footer, open pixel, text made
 * from the HTML), for one of the workspace's contacts or a sample one, in the
 * template sandbox. Links keep their own URLs: the click redirect only knows
 * a saved campaign's links.
 */
export async function previewCampaign(
  deps: CampaignDeps & { signer: TokenSigner },
  workspaceId: string,
  body: PreviewCampaignBody,
): Promise<PreviewResponse> {
  const content = { subject: body.subject, html: body.html, text: body.text ?? null };
  await assertValidTemplates(deps, content);
  const recipient =
    body.contact_id === undefined ? SAMPLE_RECIPIENT : await recipientOf(deps, workspaceId, body.contact_id);
  const { open, unsubscribe } = trackingUrls(
    { signer: deps.signer, publicUrl: deps.config.publicUrl },
    { campaignId: PREVIEW_CAMPAIGN, contactId: TEST_CONTACT },
  );
  const rendered = await deps.templates.preview(content, recipient, { open, unsubscribe }).catch((error: unknown) => {
    throw templateLimitApiError(deps, error, body.contact_id === undefined ? undefined : 'contact_id');
  });
  if ('error' in rendered) {
    // The templates rendered for the sample contact; this contact's data breaks them.
    throw new ApiError(
      'invalid_template',
      `The templates could not be rendered for contact ${body.contact_id}: ${rendered.error}`,
      'contact_id',
    );
  }
  return rendered;
}

/** The template data of a contact of the workspace; 404 naming `contact_id` when there is none. */
export async function recipientOf(deps: CampaignDeps, workspaceId: string, contactId: string): Promise<RecipientData> {
  const contact = await findContact(deps.database.db, workspaceId, contactId);
  if (!contact)
    throw new ApiError('not_found', `No contact with id '${contactId}' exists in this workspace.`, 'contact_id');
  const { status: _status, ...values } = valuesOf(contact);
  return values;
}

/** The subscribed contacts a campaign with this audience would be sent to if it started now. */
export async function countAudienceRecipients(
  deps: Pick<CampaignDeps, 'database'>,
  workspaceId: string,
  audience: Audience,
): Promise<{ recipients: number }> {
  const { db, engine } = deps.database;
  await assertAudienceSegment(db, workspaceId, audience, 'segment');
  return { recipients: await countAudience(db, engine, workspaceId, audience) };
}
