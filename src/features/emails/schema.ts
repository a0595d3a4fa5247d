import { z } from 'zod';
import { requiredText as nonEmpty, TEMPLATE_MAX } from '../../lib/text-fields.js';
import { PageQuery } from '../../http/pagination.js';
import { jsonDepth } from '../../lib/well-formed.js';
import { emailAddressField } from '../workspaces/email-field.js';

export const EMAIL_STATUSES = ['queued', 'sent', 'failed', 'suppressed', 'bounced', 'complained', 'delivered'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
export const EMAIL_EVENT_TYPES = [
  'queued',
  'sent',
  'failed',
  'suppressed',
  'delivered',
  'bounced',
  'complained',
  'opened',
  'clicked',
] as const;
export type EmailEventType = (typeof EMAIL_EVENT_TYPES)[number];

const DATA_MAX_BYTES = 65_536;
const DATA_MAX_DEPTH = 10;
const MAX_TAGS = 20;

const VARIABLES = 'Liquid: each key of `data` is a variable, and {{ email }} is the recipient address.';

export const SendEmailBody = z
  .strictObject({
    to: emailAddressField('to', 'to must be one address (a string); send one email per recipient.').describe(
      'The one recipient address.',
    ),
    from_email: emailAddressField('from_email')
      .optional()
      .describe("The sender; the workspace's default_from_email (PATCH /v1/settings) when absent."),
    from_name: nonEmpty('from_name', 100).optional().describe("The sender's name; the default_from_name when absent."),
    reply_to: emailAddressField('reply_to').optional(),
    subject: nonEmpty('subject', 998)
      .optional()
      .describe(`The subject template; the template's when absent. ${VARIABLES}`),
    html: nonEmpty('html', TEMPLATE_MAX).optional().describe(`The HTML body template. ${VARIABLES}`),
    text: nonEmpty('text', TEMPLATE_MAX)
      .optional()
      .describe(`The plain-text body template; made from the HTML when absent. ${VARIABLES}`),
    template_id: z
      .string({ error: 'template_id must be a string.' })
      .max(64, 'template_id must be at most 64 characters.')
      .optional()
      .describe('Start from this template: its subject, html and text, each overridden by the field given here.'),
    data: z
      .record(z.string(), z.unknown(), { error: 'data must be a JSON object.' })
      .refine(
        (d) => JSON.stringify(d).length <= DATA_MAX_BYTES,
        `data must be at most ${DATA_MAX_BYTES} bytes of JSON.`,
      )
      .refine((d) => jsonDepth(d) <= DATA_MAX_DEPTH, `data must nest at most ${DATA_MAX_DEPTH} levels deep.`)
      .optional()
      .describe('The variables of the templates.'),
    tags: z
      .array(nonEmpty('tags', 100), { error: 'tags must be an array of strings.' })
      .max(MAX_TAGS, `tags can hold at most ${MAX_TAGS} tags.`)
      .transform((tags) => [...new Set(tags)])
      .optional()
      .describe('Labels to find the email by; not sent.'),
  })
  .meta({
    description:
      'One email to one address: subject and html or text, or a template_id, rendered over data. Sent in the background.',
    examples: [
      {
        to: 'jane@example.com',
        subject: 'Your order {{ order_id }} has shipped',
        html: '<p>Hi {{ first_name }}, your order is on its way.</p>',
        data: { order_id: 'A-1042', first_name: 'Jane' },
        tags: ['orders'],
      },
      { to: 'jane@example.com', template_id: 'tpl_0VbTz6Kp2HnV9qDf', data: { reset_url: 'https://acme.com/r/x' } },
    ],
  });
export type SendEmailBody = z.infer<typeof SendEmailBody>;

export const ListEmailsQuery = PageQuery.extend({
  status: z.enum(EMAIL_STATUSES, { error: `status must be one of: ${EMAIL_STATUSES.join(', ')}.` }).optional(),
  to: emailAddressField('to').optional().describe('Only emails to this address (any case).'),
});
export type ListEmailsQuery = z.infer<typeof ListEmailsQuery>;

export const EmailParams = z.strictObject({ id: z.string().max(64) });

const Time = z.string().describe('ISO 8601, UTC.');

export const EmailResponse = z
  .object({
    id: z.string().describe('Starts with em_.'),
    to: z.string(),
    from_email: z.string(),
    from_name: z.string().nullable(),
    subject: z.string().describe('As rendered.'),
    status: z.enum(EMAIL_STATUSES),
    tags: z.array(z.string()),
    template_id: z.string().nullable(),
    error: z.string().nullable().describe('Why it failed or was suppressed.'),
    created_at: Time,
    sent_at: Time.nullable(),
    events: z
      .array(z.object({ type: z.enum(EMAIL_EVENT_TYPES), at: Time, detail: z.string().nullable() }))
      .describe('What happened to it, oldest first.'),
  })
  .meta({
    id: 'Email',
    description: 'A transactional email and what became of it.',
    examples: [
      {
        id: 'em_0VbTz6Kp2HnV9qDf',
        to: 'jane@example.com',
        from_email: 'orders@acme-tools.com',
        from_name: 'Acme Tools',
        subject: 'Your order A-1042 has shipped',
        status: 'sent',
        tags: ['orders'],
        template_id: null,
        error: null,
        created_at: '2026-03-20T14:00:00Z',
        sent_at: '2026-03-20T14:00:01Z',
        events: [
          { type: 'queued', at: '2026-03-20T14:00:00Z', detail: null },
          { type: 'sent', at: '2026-03-20T14:00:01Z', detail: null },
        ],
      },
    ],
  });
export type EmailResponse = z.infer<typeof EmailResponse>;
