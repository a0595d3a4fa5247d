import { z } from 'zod';

export const SignUpBody = z
  .strictObject({
    email: z.string().max(320),
    // The rule the service checks (PASSWORD_MIN, PASSWORD_MAX), in the document too.
    password: z
      .string()
      .min(10, 'The password must be at least 10 characters.')
      .max(200, 'The password must be at most 200 characters.'),
    name: z.string().max(100).optional(),
    workspace_name: z.string().max(100).optional(),
  })
  .meta({
    description: 'The new account; its workspace is named after it unless workspace_name is given.',
    examples: [
      {
        email: 'jane@acme-tools.com',
        password: 'correct horse battery staple',
        name: 'Jane Doe',
        workspace_name: 'Acme Tools',
      },
    ],
  });
export type SignUpBody = z.infer<typeof SignUpBody>;

export const LogInBody = z
  .strictObject({
    email: z.string().max(320),
    password: z.string().max(1000),
  })
  .meta({
    description: 'The account to sign in to.',
    examples: [{ email: 'jane@acme-tools.com', password: 'correct horse battery staple' }],
  });

export const SessionResponse = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string().nullable() }),
    workspace: z.object({
      id: z.string(),
      name: z.string(),
      plan: z.string(),
      role: z
        .enum(['owner', 'admin', 'member'])
        .describe(
          'Your role in it: members use the workspace, admins also manage it, its one owner also hands it over.',
        ),
      time_zone: z
        .string()
        .describe('Its IANA time zone (`Europe/Paris`), in which the dashboard takes and shows schedules and hours.'),
    }),
    csrf_token: z.string().describe('Send it back as the X-CSRF-Token header on every request that changes something.'),
    expires_at: z.string(),
  })
  .meta({
    id: 'Session',
    description: 'The signed-in user and workspace; the session itself is the grivo_session cookie.',
    examples: [
      {
        user: { id: 'usr_0VbPm1Qa7RkT3xLe', email: 'jane@acme-tools.com', name: 'Jane Doe' },
        workspace: { id: 'ws_0VbPm1Qb2NwY6cHs', name: 'Acme Tools', plan: 'free', role: 'owner', time_zone: 'UTC' },
        csrf_token: 'c2V7nQ4xK9mZ1pL8wR3tY6bH0dF5gJ2s',
        expires_at: '2026-04-14T10:30:00Z',
      },
    ],
  });

export const ApiKeyResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the key, to recognise it by.'),
    created_at: z.string(),
    last_used_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .meta({
    id: 'ApiKey',
    description: 'An API key, without its secret.',
    examples: [
      {
        id: 'key_0VbPm4Zc9TfG1vBp',
        name: 'Production server',
        prefix: 'grv_live_4Fq9',
        created_at: '2026-03-15T10:35:00Z',
        last_used_at: '2026-03-16T08:04:01Z',
        revoked_at: null,
      },
    ],
  });

export const CreatedApiKeyResponse = ApiKeyResponse.extend({
  secret: z.string().describe('The whole key. Shown this once: only its hash is kept.'),
}).meta({
  id: 'CreatedApiKey',
  description: 'The new key, with its secret: shown this once.',
  examples: [
    {
      id: 'key_0VbPm4Zc9TfG1vBp',
      name: 'Production server',
      prefix: 'grv_live_4Fq9',
      created_at: '2026-03-15T10:35:00Z',
      last_used_at: null,
      revoked_at: null,
      secret: 'grv_live_4Fq9tK2mXw8zR3pL7vN1cB6yH0dQ5sJe',
    },
  ],
});

export const CreateApiKeyBody = z
  .strictObject({ name: z.string().max(100).optional() })
  .meta({ description: 'A name to recognise the key by.', examples: [{ name: 'Production server' }] });

const Limit = z.number().nullable().describe('null: no limit');

export const UsageResponse = z
  .object({
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
  })
  .meta({
    id: 'Usage',
    description: "The workspace's plan, its limits, and what is used of them.",
    examples: [
      {
        plan: 'free',
        limits: {
          chatbots: 1,
          pages_per_chatbot: 50,
          contacts: 500,
          emails_per_month: 1000,
          chat_messages_per_day: 100,
          requests_per_window: 60,
          window_seconds: 60,
        },
        usage: { chatbots: 1, pages_trained: 47, largest_chatbot_pages: 47, contacts: 212, emails_this_month: 0 },
        rate_limit: { limit: 60, remaining: 59, reset_at: '2026-03-16T08:05:00Z' },
      },
    ],
  });
