import { z } from 'zod';
import { PageQuery } from '../../http/pagination.js';
import { EmailAddress, Tag } from '../contacts/schema.js';

export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'sending', 'paused', 'sent', 'cancelled', 'failed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
/** A campaign can be edited or deleted only before it starts sending. */
export const EDITABLE_STATUSES: readonly CampaignStatus[] = ['draft', 'scheduled'];

const TEMPLATE_MAX = 500_000;
const MAX_AUDIENCE_TAGS = 50;
export const MAX_TEST_EMAILS = 5;

const text = (name: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? undefined : `${name} must be a string.`) })
    .max(max, `${name} must be at most ${max} characters.`);
const required = (name: string, max: number) => text(name, max).trim().min(1, `${name} must not be empty.`);
const optionalText = (name: string, max: number) =>
  text(name, max)
    .trim()
    .transform((v) => (v === '' ? null : v))
    .nullable();

export const Audience = z
  .strictObject({
    tags: z
      .array(Tag, { error: 'audience.tags must be an array of strings.' })
      .max(MAX_AUDIENCE_TAGS, `audience.tags can hold at most ${MAX_AUDIENCE_TAGS} tags.`)
      .default([])
      .transform((tags) => [...new Set(tags)]),
    match: z.enum(['any', 'all'], { error: "audience.match must be 'any' or 'all'." }).default('any'),
  })
  .describe(
    'Who receives it: subscribed contacts with any (or all) of these tags; no tags means every subscribed contact.',
  );
export type Audience = z.infer<typeof Audience>;

const fields = {
  name: required('name', 200).describe('Shown to you, not to recipients.'),
  subject: required('subject', 998).describe('Liquid template, e.g. "Hi {{ first_name | default: \\"there\\" }}".'),
  from_name: optionalText('from_name', 100),
  from_email: EmailAddress,
  reply_to: EmailAddress.nullable(),
  html: required('html', TEMPLATE_MAX).describe('Liquid template of the HTML body. Contact data is HTML-escaped.'),
  text: optionalText('text', TEMPLATE_MAX).describe(
    'Liquid template of the plain-text body; generated from the HTML when absent.',
  ),
  audience: Audience,
};

export const CreateCampaignBody = z
  .strictObject({
    ...fields,
    from_name: fields.from_name.optional(),
    reply_to: fields.reply_to.optional(),
    text: fields.text.optional(),
    audience: Audience.optional(),
  })
  .describe('CreateCampaignBody');
export type CreateCampaignBody = z.infer<typeof CreateCampaignBody>;

export const UpdateCampaignBody = z
  .strictObject(
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
    },
  )
  .describe('UpdateCampaignBody');
export type UpdateCampaignBody = z.infer<typeof UpdateCampaignBody>;

export const SendCampaignBody = z
  .strictObject({
    send_at: z.iso
      .datetime({ offset: true, error: 'send_at must be an ISO 8601 date and time, e.g. 2026-12-01T09:00:00Z.' })
      .optional()
      .describe('Schedule the send for this time instead of now.'),
  })
  // No body at all (Fastify gives null) means "send now".
  .nullish()
  .transform((body) => body ?? {})
  .describe('SendCampaignBody');
export type SendCampaignBody = z.infer<typeof SendCampaignBody>;

export const TestCampaignBody = z
  .strictObject({
    emails: z
      .array(EmailAddress, { error: 'emails must be an array of email addresses.' })
      .min(1, 'emails must hold at least one address.')
      .max(MAX_TEST_EMAILS, `emails can hold at most ${MAX_TEST_EMAILS} addresses.`),
  })
  .describe('TestCampaignBody');

export const PreviewCampaignBody = z
  .strictObject({
    subject: fields.subject,
    html: fields.html,
    text: fields.text.optional(),
    contact_id: z
      .string({ error: 'contact_id must be a string.' })
      .max(64, 'contact_id must be at most 64 characters.')
      .optional()
      .describe('Render for this contact of the workspace; without it, for a sample contact.'),
  })
  .describe('PreviewCampaignBody');
export type PreviewCampaignBody = z.infer<typeof PreviewCampaignBody>;

export const PreviewResponse = z
  .object({
    subject: z.string(),
    html: z.string().describe('With the unsubscribe footer and open pixel; links are left pointing where they go.'),
    text: z.string().describe('As given, or made from the HTML, with the unsubscribe line.'),
  })
  .describe('CampaignPreview');
export type PreviewResponse = z.infer<typeof PreviewResponse>;

export const AudienceCountBody = Audience.nullish()
  // No body at all means no tags: every subscribed contact.
  .transform((body) => body ?? { tags: [], match: 'any' as const })
  .describe('AudienceCountBody');

export const AudienceCountResponse = z
  .object({ recipients: z.number().int().describe('Subscribed contacts a send of this audience would go to now.') })
  .describe('AudienceCount');

export const ListCampaignsQuery = PageQuery.extend({
  status: z.enum(CAMPAIGN_STATUSES, { error: `status must be one of: ${CAMPAIGN_STATUSES.join(', ')}.` }).optional(),
});
export type ListCampaignsQuery = z.infer<typeof ListCampaignsQuery>;

export const CampaignParams = z.strictObject({ id: z.string().max(64) });

const Time = z.string().describe('ISO 8601, UTC.');

export const CampaignResponse = z
  .object({
    id: z.string().describe('Starts with cmp_.'),
    name: z.string(),
    subject: z.string(),
    from_name: z.string().nullable(),
    from_email: z.string(),
    reply_to: z.string().nullable(),
    html: z.string(),
    text: z.string().describe('The plain-text body: as given, or generated from the HTML.'),
    text_generated: z.boolean().describe('True when text was generated from the HTML (it follows later HTML edits).'),
    audience: z.object({ tags: z.array(z.string()), match: z.enum(['any', 'all']) }),
    status: z.enum(CAMPAIGN_STATUSES),
    error: z.string().nullable().describe('Why the campaign failed, when it did.'),
    recipients: z.number().int().describe('Recipients snapshotted when the send started.'),
    sent: z.number().int().describe('Messages sent so far; the stats have the other counts.'),
    scheduled_at: Time.nullable(),
    started_at: Time.nullable(),
    finished_at: Time.nullable(),
    created_at: Time,
    updated_at: Time,
  })
  .describe('Campaign');
export type CampaignResponse = z.infer<typeof CampaignResponse>;

export const TestSendResponse = z
  .object({
    data: z.array(z.object({ email: z.string(), status: z.enum(['sent', 'failed']), error: z.string().nullable() })),
  })
  .describe('TestSendResult');
export type TestSendResponse = z.infer<typeof TestSendResponse>;

export const CampaignStatsResponse = z
  .object({
    id: z.string(),
    status: z.enum(CAMPAIGN_STATUSES),
    recipients: z.number().int(),
    sent: z.number().int(),
    failed: z.number().int(),
    bounced: z.number().int(),
    skipped: z.number().int().describe('Recipients who unsubscribed or were deleted before their turn.'),
    opens: z.number().int(),
    unique_opens: z.number().int(),
    clicks: z.number().int(),
    unique_clicks: z.number().int(),
    unsubscribes: z.number().int(),
    open_rate: z.number().describe('unique_opens / sent, 0 to 1.'),
    click_rate: z.number().describe('unique_clicks / sent, 0 to 1.'),
    links: z.array(z.object({ url: z.string(), clicks: z.number().int(), unique_clicks: z.number().int() })),
    timeline: z
      .array(z.object({ hour: Time, sent: z.number().int(), opens: z.number().int(), clicks: z.number().int() }))
      .describe('One entry per hour with activity, oldest first.'),
  })
  .describe('CampaignStats');
export type CampaignStatsResponse = z.infer<typeof CampaignStatsResponse>;
