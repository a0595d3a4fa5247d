import { z } from 'zod';
import { PageQuery } from '../../http/pagination.js';
import { EVENT_TYPES } from '../webhooks/event-types.js';

export const ListEventsQuery = PageQuery.extend({
  type: z.enum(EVENT_TYPES, { error: `type must be one of: ${EVENT_TYPES.join(', ')}.` }).optional(),
});
export type ListEventsQuery = z.infer<typeof ListEventsQuery>;

export const EventParams = z.strictObject({ id: z.string().max(64) });

export const EventResponse = z
  .object({
    id: z.string().describe('Starts with evt_.'),
    type: z.enum(EVENT_TYPES),
    created_at: z.string().describe('ISO 8601, UTC.'),
    data: z.record(z.string(), z.unknown()).describe('The resource as the API shows it, or what happened to an email.'),
  })
  .meta({
    id: 'Event',
    description: 'Something that happened in the workspace: what webhooks send, kept 30 days.',
    examples: [
      {
        id: 'evt_0VbTz7Aa0KqW5rJy',
        type: 'contact.created',
        created_at: '2026-03-20T14:05:00Z',
        data: { id: 'ct_0VbPq7Tn4GxD8hRc', email: 'jane@example.org', status: 'subscribed' },
      },
    ],
  });
export type EventResponse = z.infer<typeof EventResponse>;
