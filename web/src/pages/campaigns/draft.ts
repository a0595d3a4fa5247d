import type { CampaignBody } from './api';
import type { Audience, Campaign } from './types';

/** The editor's fields, as typed (empty strings for "none"). */
export interface Draft {
  name: string;
  subject: string;
  from_name: string;
  from_email: string;
  reply_to: string;
  html: string;
  /** Empty: the text part is made from the HTML. */
  text: string;
  audience: Audience;
}

/** The server's names for the fields the editor shows, for its errors. */
export const DRAFT_FIELDS = [
  'name',
  'subject',
  'from_name',
  'from_email',
  'reply_to',
  'html',
  'text',
  'audience',
] as const;

const STARTER_HTML = `<html>
<body>
  <p>Hi {{ first_name | default: "there" }},</p>
  <p>Write your message here.</p>
  <p><a href="https://example.com">Read more</a></p>
</body>
</html>
`;

export function draftOf(
  campaign: Campaign | undefined,
  defaults: { fromEmail?: string; fromName?: string } = {},
): Draft {
  if (!campaign) {
    return {
      name: '',
      subject: '',
      from_name: defaults.fromName ?? '',
      from_email: defaults.fromEmail ?? '',
      reply_to: '',
      html: STARTER_HTML,
      text: '',
      audience: { tags: [], match: 'any' },
    };
  }
  return {
    name: campaign.name,
    subject: campaign.subject,
    from_name: campaign.from_name ?? '',
    from_email: campaign.from_email,
    reply_to: campaign.reply_to ?? '',
    html: campaign.html,
    // A generated text follows the HTML; showing it would freeze it at the first save.
    text: campaign.text_generated ? '' : campaign.text,
    audience: campaign.audience,
  };
}

/** The body of POST /v1/campaigns or PATCH /v1/campaigns/:id. */
export function bodyOf(d: Draft): CampaignBody {
  return {
    name: d.name,
    subject: d.subject,
    from_name: d.from_name.trim() || null,
    from_email: d.from_email.trim(),
    reply_to: d.reply_to.trim() || null,
    html: d.html,
    text: d.text.trim() ? d.text : null,
    audience: d.audience,
  };
}
