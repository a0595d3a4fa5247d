import { z } from 'zod';
import { PageQuery } from '../../../http/pagination.js';
import { RECIPIENT_EVENTS } from './recipients-store.js';

const Event = z
  .enum(RECIPIENT_EVENTS, { error: `event must be one of: ${RECIPIENT_EVENTS.join(', ')}.` })
  .default('sent')
  .describe(
    "Default sent. sent: the message was taken by the mail server and has not bounced since (the stats' sent); opened: opened by a person, or clicked (unique_opens); clicked: clicked a link (unique_clicks); bounced (bounced); unsubscribed: unsubscribed or complained from this campaign (unsubscribes); failed: could not be sent (failed).",
  );

export const RecipientEventQuery = PageQuery.extend({ event: Event });
export type RecipientEventQuery = z.infer<typeof RecipientEventQuery>;

export const RecipientExportQuery = z.strictObject({ event: Event });
export type RecipientExportQuery = z.infer<typeof RecipientExportQuery>;

export const CampaignRecipientResponse = z
  .object({
    contact_id: z.string(),
    email: z.string().describe('The address the message went to.'),
    first_at: z
      .string()
      .nullable()
      .describe(
        'ISO 8601, UTC: when it first happened (for bounced and failed, when the message was sent; null when it never was).',
      ),
    count: z
      .number()
      .int()
      .nullable()
      .describe(
        "How many times it happened to the recipient. opened: their human opens of the tracking image (machine opens left out; 0 when the open is known only from a click, with images off), which add up to the stats' opens; clicked: their clicks on all links, which add up to the stats' clicks. Null for sent, bounced, unsubscribed and failed, which happen once.",
      ),
  })
  .meta({
    id: 'CampaignRecipient',
    description: 'A recipient to whom an event of the campaign happened.',
    examples: [
      { contact_id: 'ct_0VbPq7Tn4GxD8hRc', email: 'jane@example.org', first_at: '2026-04-01T09:12:40Z', count: 3 },
    ],
  });
export type CampaignRecipientResponse = z.infer<typeof CampaignRecipientResponse>;
