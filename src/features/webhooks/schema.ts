import { z } from 'zod';
import { PageQuery } from '../../http/pagination.js';
import { EVENT_TYPES } from './event-types.js';

const URL_MAX_LENGTH = 2048;
/** Types an endpoint may subscribe to: every event but `ping`, which goes only to the endpoint tested. */
export const SUBSCRIBABLE_TYPES = EVENT_TYPES.filter((t) => t !== 'ping');

export const EndpointUrl = z
  .string({ error: (issue) => (issue.input === undefined ? 'url is required.' : 'url must be a string.') })
  .trim()
  .max(URL_MAX_LENGTH, `url must be at most ${URL_MAX_LENGTH} characters.`)
  .refine((value) => URL.canParse(value), 'url must be an absolute http:// or https:// URL.')
  .superRefine((value, ctx) => {
    if (!URL.canParse(value)) return;
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      ctx.addIssue({ code: 'custom', message: `url must be http:// or https://, not ${url.protocol}//.` });
    else if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'url must not hold credentials.' });
  })
  .meta({ format: 'uri' })
  .describe('Where Grivo POSTs the events: http:// or https://, no credentials, a public address.');

const EventTypes = z
  .array(
    z.enum(['*', ...SUBSCRIBABLE_TYPES], {
      error: (issue) =>
        typeof issue.input === 'string'
          ? `'${issue.input}' is not an event type; use one of: ${SUBSCRIBABLE_TYPES.join(', ')}, or "*".`
          : 'events must be an array of event types.',
    }),
    { error: 'events must be an array of event types, or ["*"] for all.' },
  )
  .min(1, 'events must list at least one event type, or ["*"] for all.')
  .max(SUBSCRIBABLE_TYPES.length + 1, 'events lists too many types.')
  .refine((list) => !list.includes('*') || list.length === 1, 'events must be ["*"] alone or a list of event types.')
  .transform((list) => [...new Set(list)])
  .describe(`The event types to send, or ["*"] for all: ${SUBSCRIBABLE_TYPES.join(', ')}.`);

const Description = z
  .string({ error: 'description must be a string.' })
  .trim()
  .max(500, 'description must be at most 500 characters.')
  .transform((v) => (v === '' ? null : v))
  .nullable();

export const CreateEndpointBody = z
  .strictObject({
    url: EndpointUrl,
    events: EventTypes,
    description: Description.optional(),
  })
  .meta({
    description: 'The new webhook endpoint.',
    examples: [
      {
        url: 'https://hooks.acme-tools.com/grivo',
        events: ['contact.created', 'email.bounced'],
        description: 'CRM sync',
      },
    ],
  });
export type CreateEndpointBody = z.infer<typeof CreateEndpointBody>;

export const UpdateEndpointBody = z
  .strictObject({
    url: EndpointUrl.optional(),
    events: EventTypes.optional(),
    description: Description.optional(),
    enabled: z
      .boolean({ error: 'enabled must be true or false.' })
      .optional()
      .describe('true re-enables an endpoint disabled after failing.'),
  })
  .meta({ description: 'The fields to change.', examples: [{ enabled: true }] });
export type UpdateEndpointBody = z.infer<typeof UpdateEndpointBody>;

export const EndpointParams = z.strictObject({ id: z.string().max(64) });
export const DeliveryParams = z.strictObject({ id: z.string().max(64), delivery_id: z.string().max(64) });

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export const ListDeliveriesQuery = PageQuery.extend({
  status: z.enum(DELIVERY_STATUSES, { error: `status must be one of: ${DELIVERY_STATUSES.join(', ')}.` }).optional(),
});
export type ListDeliveriesQuery = z.infer<typeof ListDeliveriesQuery>;

const Time = z.string().describe('ISO 8601, UTC.');

const EXAMPLE_ENDPOINT = {
  id: 'we_0VbTz6Kp2HnV9qDf',
  url: 'https://hooks.acme-tools.com/grivo',
  events: ['contact.created', 'email.bounced'],
  description: 'CRM sync',
  enabled: true,
  disabled_reason: null,
  failing_since: null,
  created_at: '2026-03-20T14:00:00Z',
  updated_at: '2026-03-20T14:00:00Z',
};

const endpointFields = {
  id: z.string().describe('Starts with we_.'),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().nullable(),
  enabled: z.boolean(),
  disabled_reason: z.string().nullable().describe('Why the endpoint was disabled, when it was.'),
  failing_since: Time.nullable().describe('Since when every delivery has failed; null when the last one succeeded.'),
  created_at: Time,
  updated_at: Time,
};

export const EndpointResponse = z.object(endpointFields).meta({
  id: 'WebhookEndpoint',
  description: 'A URL the workspace’s events are POSTed to, signed with its secret.',
  examples: [EXAMPLE_ENDPOINT],
});
export type EndpointResponse = z.infer<typeof EndpointResponse>;

export const EndpointWithSecretResponse = z
  .object({
    ...endpointFields,
    secret: z.string().describe('Starts with whsec_. Shown only now: keep it to verify the Grivo-Signature header.'),
  })
  .meta({
    id: 'WebhookEndpointWithSecret',
    description: 'A webhook endpoint with its signing secret, which only create and roll-secret show.',
    examples: [{ ...EXAMPLE_ENDPOINT, secret: 'whsec_4kQ9xT2mB7nV5cR8pL3wZ6yH1jF0dS9a' }],
  });
export type EndpointWithSecretResponse = z.infer<typeof EndpointWithSecretResponse>;

export const DeliveryResponse = z
  .object({
    id: z.string().describe('Starts with wd_.'),
    endpoint_id: z.string(),
    event_id: z.string(),
    event_type: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    response_status: z.number().int().nullable().describe('The HTTP status of the last attempt, if one answered.'),
    duration_ms: z.number().int().nullable(),
    error: z.string().nullable().describe('Why the last attempt failed.'),
    next_attempt_at: Time.nullable(),
    last_attempt_at: Time.nullable(),
    created_at: Time,
  })
  .meta({
    id: 'WebhookDelivery',
    description: 'One event sent to one endpoint: its attempts so far.',
    examples: [
      {
        id: 'wd_0VbTz7Aa1HnV9qDf',
        endpoint_id: 'we_0VbTz6Kp2HnV9qDf',
        event_id: 'evt_0VbTz7Aa0KqW5rJy',
        event_type: 'contact.created',
        status: 'succeeded',
        attempts: 1,
        response_status: 200,
        duration_ms: 84,
        error: null,
        next_attempt_at: null,
        last_attempt_at: '2026-03-20T14:05:01Z',
        created_at: '2026-03-20T14:05:00Z',
      },
    ],
  });
export type DeliveryResponse = z.infer<typeof DeliveryResponse>;
