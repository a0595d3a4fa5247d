import type { OutgoingMessage } from '../../../providers/mail/mailer.js';
import type { TokenSigner, TrackingTarget } from '../../../lib/tracking-tokens.js';
import { verpAddress } from '../../../lib/verp.js';
import { compileCampaign, type RecipientData, type RenderOptions, type TrackingUrls } from './template.js';
import type { CampaignRow } from '../store.js';

export interface MessageDeps {
  signer: TokenSigner;
  /** GRIVO_PUBLIC_URL, without a trailing slash. */
  publicUrl: string;
  /** GRIVO_BOUNCE_DOMAIN: messages then carry a VERP return path (envelope sender); undefined: none. */
  bounceDomain?: string | undefined;
}

/** The links of one message, signed for its recipient. */
export function trackingUrls(deps: MessageDeps, target: TrackingTarget): TrackingUrls {
  const { signer, publicUrl } = deps;
  return {
    open: `${publicUrl}/t/open/${signer.sign('open', target)}`,
    unsubscribe: `${publicUrl}/unsubscribe/${signer.sign('unsubscribe', target)}`,
    click: (index) => `${publicUrl}/t/click/${signer.sign('click', target, index)}`,
  };
}

/**
 * Compiles a campaign once and returns what builds each recipient's message:
 * personalized content, tracking links, one-click unsubscribe headers
 * (RFC 8058) and a Message-ID that is the same every time the message is
 * built, so a copy sent twice is recognisably the same message.
 */
/** The campaign fields a message is built from. */
export type MessageSource = Pick<
  CampaignRow,
  'id' | 'workspace_id' | 'subject' | 'html' | 'text' | 'from_name' | 'from_email' | 'reply_to'
>;

/** The key of a campaign's message to a contact: its outbox file name and Message-ID's local part. */
export const campaignMessageKey = (campaignId: string, contactId: string) => `${campaignId}.${contactId}`;

export function messageBuilder(deps: MessageDeps, campaign: MessageSource, options: { subjectPrefix?: string } = {}) {
  const compiled = compileCampaign({ subject: campaign.subject, html: campaign.html, text: campaign.text });
  const domain = campaign.from_email.slice(campaign.from_email.lastIndexOf('@') + 1);
  const from = { name: campaign.from_name, address: campaign.from_email };
  const verp = { secret: deps.signer.secret, domain: deps.bounceDomain };
  // `key` names the message (file name in the outbox, Message-ID); test sends pass their own.
  return function buildMessage(
    contactId: string,
    recipient: RecipientData,
    key = campaignMessageKey(campaign.id, contactId),
    render?: RenderOptions,
  ): OutgoingMessage {
    const urls = trackingUrls(deps, { campaignId: campaign.id, contactId });
    const content = compiled.render(recipient, urls, render);
    // Test sends' keys name no recipient: they keep the usual envelope sender.
    const envelopeFrom = verpAddress(verp, { workspaceId: campaign.workspace_id, messageKey: key });
    return {
      from,
      to: recipient.email,
      replyTo: campaign.reply_to,
      subject: (options.subjectPrefix ?? '') + content.subject,
      html: content.html,
      text: content.text,
      headers: {
        'List-Unsubscribe': `<${urls.unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'X-Grivo-Campaign': campaign.id,
      },
      messageId: `<${key}@${domain}>`,
      key,
      ...(envelopeFrom === undefined ? {} : { envelopeFrom }),
    };
  };
}
export type BuildMessage = ReturnType<typeof messageBuilder>;
