import { z } from 'zod';
import { ContactResponse } from '../contacts/schema.js';

const at = z.string().describe('ISO 8601, UTC.');
const maybeAt = at.nullable();

const EXAMPLE_CONTACT = (z.globalRegistry.get(ContactResponse)?.examples as unknown[] | undefined)?.[0];

export const ContactDataExport = z
  .object({
    exported_at: at,
    contact: ContactResponse,
    consent_events: z.array(
      z.object({
        type: z.string().describe('requested, confirmed, expired, given or withdrawn.'),
        source: z.string(),
        form_id: z.string().nullable(),
        ip: z.string().nullable(),
        at,
      }),
    ),
    campaigns: z.array(
      z.object({
        campaign_id: z.string(),
        name: z.string(),
        subject: z.string(),
        email: z.string().describe('The address it was sent to.'),
        status: z.string(),
        sent_at: maybeAt,
        opened_at: maybeAt,
        opens: z
          .number()
          .int()
          .describe('How many times the person opened it (machine opens by mail privacy proxies are not counted).'),
        clicked_at: maybeAt,
        unsubscribed_at: maybeAt,
        clicks: z.array(z.object({ url: z.string(), clicks: z.number().int() })),
      }),
    ),
    emails: z.array(
      z.object({
        id: z.string(),
        to: z.string(),
        from: z.string(),
        subject: z.string(),
        status: z.string(),
        created_at: at,
        sent_at: maybeAt,
      }),
    ),
    conversations: z.array(
      z.object({
        id: z.string(),
        chatbot_id: z.string(),
        lead_name: z.string().nullable(),
        lead_email: z.string().nullable(),
        lead_at: maybeAt,
        page_url: z.string().nullable(),
        created_at: at,
        messages: z.array(z.object({ content: z.string(), created_at: at })).describe('What the person wrote.'),
      }),
    ),
    suppression: z
      .object({ reason: z.string(), source: z.string(), created_at: at })
      .nullable()
      .describe('Why the address is suppressed, if it is.'),
  })
  .meta({
    id: 'ContactDataExport',
    description:
      "Everything Grivo holds about a contact's person: the contact (attributes, tags), consent record, campaigns sent and what they did with them, transactional emails, chatbot conversations and what they wrote, suppression.",
    examples: [
      {
        exported_at: '2026-03-16T09:00:00Z',
        contact: EXAMPLE_CONTACT,
        consent_events: [{ type: 'given', source: 'api', form_id: null, ip: null, at: '2026-03-15T10:30:00Z' }],
        campaigns: [
          {
            campaign_id: 'cmp_0VbPq7Tn4GxD8hRc',
            name: 'March news',
            subject: 'What is new in March',
            email: 'ada@example.com',
            status: 'sent',
            sent_at: '2026-03-15T11:00:00Z',
            opened_at: '2026-03-15T12:00:00Z',
            opens: 2,
            clicked_at: null,
            unsubscribed_at: null,
            clicks: [],
          },
        ],
        emails: [],
        conversations: [],
        suppression: null,
      },
    ],
  });
export type ContactDataExport = z.infer<typeof ContactDataExport>;

export const ErasureResponse = z
  .object({
    id: z.string(),
    erased: z.literal(true),
    erased_at: at.describe('When the person was erased (the first call).'),
    campaign_recipients: z.number().int().describe('Campaign sends whose address was blanked (the counts stay).'),
    conversations: z.number().int().describe('Chatbot conversations unlinked from the person.'),
    messages: z.number().int().describe('Messages they wrote, blanked.'),
    emails: z.number().int().describe('Transactional emails to them, blanked.'),
    events: z.number().int().describe('Events (webhook payloads) that named their address or id as a whole, blanked.'),
  })
  .meta({
    id: 'ContactErasure',
    description:
      'What an erase removed. It also forgets stored Idempotency-Key responses that named the person, rewords import row errors that quoted their address and takes their id and address out of bulk actions; those are not counted. The same answer for every later call with the id.',
    examples: [
      {
        id: 'ct_0VbPq7Tn4GxD8hRc',
        erased: true,
        erased_at: '2026-03-16T09:00:00Z',
        campaign_recipients: 3,
        conversations: 1,
        messages: 4,
        emails: 2,
        events: 5,
      },
    ],
  });
export type ErasureResponse = z.infer<typeof ErasureResponse>;
