import { z } from 'zod';

export const SignUpBody = z.strictObject({
  email: z.string().max(320),
  password: z.string().max(1000),
  name: z.string().max(100).optional(),
  workspace_name: z.string().max(100).optional(),
});
export type SignUpBody = z.infer<typeof SignUpBody>;

export const LogInBody = z.strictObject({
  email: z.string().max(320),
  password: z.string().max(1000),
});

export const SessionResponse = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string().nullable() }),
  workspace: z.object({ id: z.string(), name: z.string(), plan: z.string() }),
  csrf_token: z.string().describe('Send it back as the X-CSRF-Token header on every request that changes something.'),
  expires_at: z.string(),
});

export const ApiKeyResponse = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the key, to recognise it by.'),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});

export const CreatedApiKeyResponse = ApiKeyResponse.extend({
  secret: z.string().describe('The whole key. Shown this once: only its hash is kept.'),
});

export const CreateApiKeyBody = z.strictObject({ name: z.string().max(100).optional() });

const Limit = z.number().nullable().describe('null: no limit');

export const UsageResponse = z.object({
  plan: z.string(),
  limits: z.object({
    chatbots: Limit,
    pages_per_chatbot: Limit,
    contacts: Limit,
    emails_per_month: Limit,
    chat_messages_per_day: Limit,
    requests_per_window: z.number(),
    window_seconds: z.number(),
  }),
  usage: z.object({
    chatbots: z.number(),
    pages_trained: z.number().describe('Pages indexed across every chatbot.'),
    largest_chatbot_pages: z.number(),
    contacts: z.number(),
    emails_this_month: z.number(),
  }),
  rate_limit: z.object({ limit: z.number(), remaining: z.number(), reset_at: z.string() }),
});
