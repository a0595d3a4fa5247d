import { z } from 'zod';
import { optionalText, requiredText as required, TEMPLATE_MAX } from '../../lib/text-fields.js';
import { PageQuery } from '../../http/pagination.js';
import { EmailAddress, Tag } from '../contacts/schema.js';

export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'sending', 'paused', 'sent', 'cancelled', 'failed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
/** A campaign can be edited or deleted only before it starts sending. */
export const EDITABLE_STATUSES: readonly CampaignStatus[] = ['draft', 'scheduled'];

const MAX_AUDIENCE_TAGS = 50;
export const MAX_TEST_EMAILS = 5;

export const Audience = z
  .strictObject({
    tags: z
      .array(Tag, { error: 'audience.tags must be an array of strings.' })
      .max(MAX_AUDIENCE_TAGS, `audience.tags can hold at most ${MAX_AUDIENCE_TAGS} tags.`)
      .default([])
      .transform((tags) => [...new Set(tags)]),
    match: z.enum(['any', 'all'], { error: "audience.match must be 'any' or 'all'." }).default('any'),
    segment: z
      .string({ error: 'audience.segment must be a segment id (seg_…).' })
      .regex(/^seg_[0-9A-Za-z]{1,60}$/, 'audience.segment must be a segment id (seg_…).')
      .optional()
      .describe('A segment id: its subscribed contacts, as the segment stands when the send starts.'),
  })
  .refine((a) => a.segment === undefined || a.tags.length === 0, {
    message: 'audience.segment cannot be combined with audience.tags: add a tags condition to the segment instead.',
    path: ['segment'],
  })
  .describe(
    'Who receives it: subscribed contacts with any (or all) of these tags, or of a segment; neither means every subscribed contact.',
  );
export type Audience = z.infer<typeof Audience>;

// What a template can use, as the API docs show it beside each template field.
const VARIABLES =
  'Variables: {{ email }}, {{ first_name }}, {{ last_name }}, {{ phone }}, {{ tags }}, {{ attributes }}, {{ unsubscribe_url }}; ' +
  'each attribute also as itself, {{ company }} for an attribute company (never replacing one of those), ' +
  'or as {{ attributes["favourite coffee"] }} when its key is not a plain name; ' +
  'a missing value renders empty, or {{ company | default: "your team" }}.';

const fields = {
  name: required('name', 200).describe('Shown to you, not to recipients.'),
  subject: required('subject', 998).describe(
    `Liquid template, e.g. "Hi {{ first_name | default: \\"there\\" }}". ${VARIABLES}`,
  ),
  from_name: optionalText('from_name', 100),
  from_email: EmailAddress,
  reply_to: EmailAddress.nullable(),
  html: required('html', TEMPLATE_MAX).describe(
    `Liquid template of the HTML body. Contact data is HTML-escaped. ${VARIABLES}`,
  ),
  text: optionalText('text', TEMPLATE_MAX).describe(
    `Liquid template of the plain-text body; generated from the HTML when absent. ${VARIABLES}`,
  ),
  audience: Audience,
};

/** The draft the documented examples create and show. */
const EXAMPLE_TEMPLATES = {
  name: 'Spring release',
  subject: 'What is new this spring, {{ first_name | default: "friend" }}',
  from_name: 'Acme Tools',
  from_email: 'news@acme-tools.com',
  reply_to: 'support@acme-tools.com',
  html: '<p>Hi {{ first_name | default: "there" }},</p><p>Our spring release is out: <a href="https://www.acme-tools.com/blog/spring">see what is new</a>.</p>',
};

export const CreateCampaignBody = z
  .strictObject({
    ...fields,
    subject: fields.subject.optional().describe(`${fields.subject.description} Required unless template_id is given.`),
    html: fields.html.optional().describe(`${fields.html.description} Required unless template_id is given.`),
    from_name: fields.from_name.optional(),
    reply_to: fields.reply_to.optional(),
    text: fields.text.optional(),
    audience: Audience.optional(),
    template_id: z
      .string({ error: 'template_id must be a string.' })
      .max(64, 'template_id must be at most 64 characters.')
      .optional()
      .describe(
        'Start from this template (POST /v1/templates): its subject, html and text, where those are not given.',
      ),
  })
  .meta({
    description: 'The new draft: its templates (given, or from a template), sender and audience.',
    examples: [
      {
        ...EXAMPLE_TEMPLATES,
        audience: { tags: ['customer', 'newsletter'], match: 'any' },
      },
    ],
  });
export type CreateCampaignBody = z.infer<typeof CreateCampaignBody>;

export const UpdateCampaignBody = z
  .strictObject(
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
    },
  )
  .meta({
    description: 'The fields to change; those left out stay as they are.',
    examples: [{ subject: 'Our spring release is here', audience: { tags: ['customer'], match: 'any' } }],
  });
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
  .meta({ description: 'When to send; no body sends now.', examples: [{ send_at: '2026-04-01T09:00:00Z' }] });
export type SendCampaignBody = z.infer<typeof SendCampaignBody>;

export const TestCampaignBody = z
  .strictObject({
    emails: z
      .array(EmailAddress, { error: 'emails must be an array of email addresses.' })
      .min(1, 'emails must hold at least one address.')
      .max(MAX_TEST_EMAILS, `emails can hold at most ${MAX_TEST_EMAILS} addresses.`),
    contact_id: z
      .string({ error: 'contact_id must be a string.' })
      .max(64, 'contact_id must be at most 64 characters.')
      .optional()
      .describe(
        "Render every test as this contact of the workspace (its email included); without it, each address is rendered as the workspace's contact of that address, or with only the address when there is none.",
      ),
  })
  .meta({
    description: 'Where to send the test, and as whom.',
    examples: [
      { emails: ['me@acme-tools.com', 'review@acme-tools.com'] },
      { emails: ['me@acme-tools.com'], contact_id: 'ct_0VbPq7Tn4GxD8hRc' },
    ],
  });
export type TestCampaignBody = z.infer<typeof TestCampaignBody>;

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
  .meta({
    description: 'The templates to render, and for whom.',
    examples: [
      {
        subject: 'What is new this spring, {{ first_name | default: "friend" }}',
        html: '<p>Hi {{ first_name | default: "there" }},</p><p>Our spring release is out: <a href="https://www.acme-tools.com/blog/spring">see what is new</a>.</p>',
        contact_id: 'ct_0VbPq7Tn4GxD8hRc',
      },
    ],
  });
export type PreviewCampaignBody = z.infer<typeof PreviewCampaignBody>;

export const PreviewResponse = z
  .object({
    subject: z.string(),
    html: z.string().describe('With the unsubscribe footer and open pixel; links are left pointing where they go.'),
    text: z.string().describe('As given, or made from the HTML, with the unsubscribe line.'),
  })
  .meta({
    id: 'CampaignPreview',
    description: 'The message as the recipient gets it.',
    examples: [
      {
        subject: 'What is new this spring, Jane',
        html: '<p>Hi Jane,</p><p>Our spring release is out: <a href="https://www.acme-tools.com/blog/spring">see what is new</a>.</p><p style="font-size:12px"><a href="https://grivo.acme-tools.com/unsubscribe/preview">Unsubscribe</a></p>',
        text: 'Hi Jane,\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].\n\nUnsubscribe: https://grivo.acme-tools.com/unsubscribe/preview',
      },
    ],
  });
export type PreviewResponse = z.infer<typeof PreviewResponse>;

export const AudienceCountBody = Audience.nullish()
  // No body at all means no tags: every subscribed contact.
  .transform((body) => body ?? { tags: [], match: 'any' as const })
  .meta({
    description: 'The audience; no body counts every subscribed contact.',
    examples: [{ tags: ['customer'], match: 'any' }],
  });

export const AudienceCountResponse = z
  .object({ recipients: z.number().int().describe('Subscribed contacts a send of this audience would go to now.') })
  .meta({ id: 'AudienceCount', description: 'How many would receive it.', examples: [{ recipients: 1832 }] });

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
    audience: z.object({ tags: z.array(z.string()), match: z.enum(['any', 'all']), segment: z.string().optional() }),
    status: z.enum(CAMPAIGN_STATUSES),
    error: z.string().nullable().describe('Why the campaign failed, when it did.'),
    recipients: z.number().int().describe('Recipients snapshotted when the send started.'),
    sent: z.number().int().describe('Messages sent so far; the stats have the other counts.'),
    open_rate: z
      .number()
      .nullable()
      .describe('unique_opens / sent, 0 to 1, human opens only (as in the stats); null until a message is sent.'),
    click_rate: z.number().nullable().describe('unique_clicks / sent, 0 to 1; null until a message is sent.'),
    scheduled_at: Time.nullable(),
    started_at: Time.nullable(),
    finished_at: Time.nullable(),
    created_at: Time,
    updated_at: Time,
  })
  .meta({
    id: 'Campaign',
    description: 'An email campaign: its templates, audience and where its sending stands.',
    examples: [
      {
        id: 'cmp_0VbTz6Kp2HnV9qDf',
        ...EXAMPLE_TEMPLATES,
        text: 'Hi {{ first_name | default: "there" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].',
        text_generated: true,
        audience: { tags: ['customer', 'newsletter'], match: 'any' },
        status: 'draft',
        error: null,
        recipients: 0,
        sent: 0,
        open_rate: null,
        click_rate: null,
        scheduled_at: null,
        started_at: null,
        finished_at: null,
        created_at: '2026-03-20T14:00:00Z',
        updated_at: '2026-03-20T14:00:00Z',
      },
    ],
  });
export type CampaignResponse = z.infer<typeof CampaignResponse>;

export const TestSendResponse = z
  .object({
    data: z.array(z.object({ email: z.string(), status: z.enum(['sent', 'failed']), error: z.string().nullable() })),
  })
  .meta({
    id: 'TestSendResult',
    description: 'What became of each test message.',
    examples: [
      {
        data: [
          { email: 'me@acme-tools.com', status: 'sent', error: null },
          { email: 'review@acme-tools.com', status: 'sent', error: null },
        ],
      },
    ],
  });
export type TestSendResponse = z.infer<typeof TestSendResponse>;

export const CampaignStatsResponse = z
  .object({
    id: z.string(),
    status: z.enum(CAMPAIGN_STATUSES),
    recipients: z.number().int().describe('Contacts the campaign was to go to (its audience when the send began).'),
    sent: z
      .number()
      .int()
      .describe(
        'Messages the mail server took that have not bounced since: the recipients report of event sent (GET /v1/campaigns/{id}/recipients).',
      ),
    failed: z.number().int().describe('Messages that could not be handed to the mail server: event failed.'),
    bounced: z
      .number()
      .int()
      .describe('Messages refused by the mail server, or reported bounced after it took them: event bounced.'),
    skipped: z
      .number()
      .int()
      .describe('Recipients who unsubscribed, were suppressed or were deleted before their turn.'),
    opens: z
      .number()
      .int()
      .describe('Human opens: every load of the tracking image by a person, machine opens left out.'),
    unique_opens: z
      .number()
      .int()
      .describe(
        'Recipients who opened it as a person (a human open, or a click, which proves an open even with images off). A recipient whose only opens were machine opens is not counted. The recipients report of event opened lists them.',
      ),
    machine_opens: z
      .number()
      .int()
      .describe(
        'Loads of the tracking image by a machine, counted apart and in no rate: a known image proxy or prefetcher (User-Agent a bare `Mozilla/5.0` from Apple Mail Privacy Protection, or containing `GoogleImageProxy` or `YahooMailProxy`), or any load within 10 seconds of the message being sent (a fetch at delivery). A later human open by the same recipient still counts in opens and unique_opens.',
      ),
    clicks: z.number().int().describe('Clicks on the tracked links, every one.'),
    unique_clicks: z.number().int().describe('Recipients who clicked a link at least once: event clicked.'),
    unsubscribes: z
      .number()
      .int()
      .describe('Recipients who unsubscribed through this campaign or reported it as spam: event unsubscribed.'),
    open_rate: z.number().describe('unique_opens / sent, 0 to 1: human opens only.'),
    click_rate: z.number().describe('unique_clicks / sent, 0 to 1.'),
    links: z.array(z.object({ url: z.string(), clicks: z.number().int(), unique_clicks: z.number().int() })),
    timeline: z
      .array(
        z.object({
          hour: Time,
          sent: z.number().int(),
          opens: z.number().int().describe('Human opens in this hour.'),
          machine_opens: z.number().int().describe('Machine opens in this hour.'),
          clicks: z.number().int(),
        }),
      )
      .describe(
        'One entry per hour with activity, oldest first; its opens add up to opens, its machine_opens to machine_opens.',
      ),
  })
  .meta({
    id: 'CampaignStats',
    description:
      "The campaign's deliveries, opens, clicks and unsubscribes. Opens fetched by privacy proxies or at delivery are machine_opens, apart from the human opens, unique_opens and open_rate.",
    examples: [
      {
        id: 'cmp_0VbTz6Kp2HnV9qDf',
        status: 'sent',
        recipients: 1832,
        sent: 1820,
        failed: 4,
        bounced: 6,
        skipped: 2,
        opens: 1204,
        unique_opens: 911,
        machine_opens: 640,
        clicks: 388,
        unique_clicks: 274,
        unsubscribes: 7,
        open_rate: 0.5005,
        click_rate: 0.1505,
        links: [{ url: 'https://www.acme-tools.com/blog/spring', clicks: 388, unique_clicks: 274 }],
        timeline: [
          { hour: '2026-04-01T09:00:00Z', sent: 1820, opens: 702, machine_opens: 640, clicks: 231 },
          { hour: '2026-04-01T10:00:00Z', sent: 0, opens: 502, machine_opens: 0, clicks: 157 },
        ],
      },
    ],
  });
export type CampaignStatsResponse = z.infer<typeof CampaignStatsResponse>;
