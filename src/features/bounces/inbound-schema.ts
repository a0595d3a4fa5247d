import { z } from 'zod';
import { PageQuery } from '../../http/pagination.js';
import { PROVIDERS } from './providers/provider.js';

const Provider = z.enum(PROVIDERS, { error: `provider must be one of: ${PROVIDERS.join(', ')}.` });

export const CreateInboundWebhookBody = z
  .strictObject({
    provider: Provider.describe('Whose reports this URL takes: each provider has its own format and signature.'),
    signing_key: z
      .string({ error: 'signing_key must be a string.' })
      .trim()
      .min(1, 'signing_key must not be empty.')
      .max(4096, 'signing_key must be at most 4096 characters.')
      .optional()
      .describe(
        "sendgrid: the Signed Event Webhook's verification key (required). mailgun: the HTTP webhook signing key (required). postmark: `user:password` to require that basic auth. generic: a secret of 16+ characters to require a Grivo-Signature. ses: none (SNS certificates are configured on the server).",
      ),
    description: z
      .string({ error: 'description must be a string.' })
      .trim()
      .max(500, 'description must be at most 500 characters.')
      .optional(),
  })
  .meta({
    description: 'Where a provider reports bounces, complaints and deliveries.',
    examples: [
      { provider: 'mailgun', signing_key: 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0', description: 'Mailgun (EU)' },
    ],
  });
export type CreateInboundWebhookBody = z.infer<typeof CreateInboundWebhookBody>;

export const InboundWebhookParams = z.strictObject({ id: z.string().max(64) });
export const ListInboundWebhooksQuery = PageQuery;
export type ListInboundWebhooksQuery = z.infer<typeof ListInboundWebhooksQuery>;

export const InboundWebhookResponse = z
  .object({
    id: z.string().describe('Starts with iw_.'),
    provider: Provider,
    url: z.string().describe("Give it to the provider: the token in it is the hook's secret."),
    description: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({
    id: 'InboundWebhook',
    description: 'A URL a mail provider reports bounces, complaints and deliveries to.',
    examples: [
      {
        id: 'iw_0VbQ1eRt8LwC5mZa',
        provider: 'mailgun',
        url: 'https://grivo.example.com/webhooks/inbound/mailgun/3kTq8ZbW1nXc5VfR7mLp0sYd2HgJ4aEu',
        description: 'Mailgun (EU)',
        created_at: '2026-03-15T10:30:00Z',
      },
    ],
  });
export type InboundWebhookResponse = z.infer<typeof InboundWebhookResponse>;

export const InboundParams = z.strictObject({
  provider: z.string().max(32),
  token: z.string().max(64),
});
