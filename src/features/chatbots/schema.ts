import { z } from 'zod';

const Name = z.string().trim().min(1, 'name must not be empty.').max(100, 'name must be at most 100 characters.');
export const httpUrl = (field: string) =>
  z
    .url({ protocol: /^https?$/, error: `${field} must be an http:// or https:// URL.` })
    .max(2048, `${field} must be at most 2048 characters.`);
const Instructions = z.string().max(10_000, 'instructions must be at most 10000 characters.');
const UrlPattern = z
  .string()
  .min(1)
  .max(300, 'URL patterns must be at most 300 characters.')
  .regex(/^[^\s]+$/, 'URL patterns must not contain spaces.');
// A host the widget may run on: `example.com`, `*.example.com` (any subdomain),
// optionally with a port (`localhost:5173`).
const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(:\d{1,5})?$/,
    'allowed_domains holds host names like example.com or *.example.com, without a scheme or path.',
  );

export const CrawlOptions = z.strictObject({
  max_pages: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Most pages to train on; at most your plan's pages per chatbot (the default)."),
  max_depth: z
    .number()
    .int()
    .min(0)
    .max(50)
    .optional()
    .describe('Most link hops from the start page and sitemap (default 10).'),
  include: z
    .array(UrlPattern)
    .max(50)
    .optional()
    .describe('Only URL paths matching one of these (`*` is a wildcard), e.g. `/docs/*`.'),
  exclude: z.array(UrlPattern).max(50).optional().describe('Never URL paths matching one of these; wins over include.'),
});
export type CrawlOptions = z.infer<typeof CrawlOptions>;

/** The text of the lead form's consent checkbox when the chatbot gives none. */
export const DEFAULT_LEAD_CONSENT_TEXT = 'Send me news and offers by email. I can unsubscribe at any time.';

export const LeadConsent = z
  .strictObject({
    enabled: z.boolean({ error: 'lead_capture.consent.enabled must be true or false.' }),
    text: z
      .string({ error: 'lead_capture.consent.text must be a string.' })
      .trim()
      .min(1, 'lead_capture.consent.text must not be empty.')
      .max(300, 'lead_capture.consent.text must be at most 300 characters.')
      .default(DEFAULT_LEAD_CONSENT_TEXT),
  })
  .describe(
    'A consent checkbox on the lead form, unticked at first. A visitor who ticks it is asked to confirm by email (double opt-in) or subscribed; one who does not becomes a `non_subscribed` contact.',
  );

export const LeadCapture = z.strictObject({
  enabled: z.boolean(),
  when: z
    .enum(['start', 'unanswered'])
    .default('unanswered')
    .describe('Ask before the first question, or when a question cannot be answered.'),
  consent: LeadConsent.optional(),
});

const Settings = {
  website_url: httpUrl('website_url').nullable().optional().describe('The start page to train the chatbot on.'),
  sitemap_url: httpUrl('sitemap_url').nullable().optional().describe('A sitemap (or sitemap index) listing the pages.'),
  urls: z.array(httpUrl('urls')).max(1000).optional().describe('Pages to train on besides the crawl, on any site.'),
  crawl: CrawlOptions.optional(),
  instructions: Instructions.nullable().optional().describe('Extra guidance for how the chatbot answers.'),
  welcome_message: z.string().trim().max(500).nullable().optional().describe("The widget's first message."),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'color must be a hex colour like #2563eb.')
    .optional(),
  position: z.enum(['bottom-right', 'bottom-left']).optional(),
  allowed_domains: z.array(Domain).max(50).optional().describe('Sites the widget may be used on; empty: none.'),
  lead_capture: LeadCapture.optional(),
  display_name: z
    .string()
    .trim()
    .max(100, 'display_name must be at most 100 characters.')
    .nullable()
    .optional()
    .describe('The name the widget shows visitors; empty or null: the name.'),
  starter_questions: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'starter_questions must not hold an empty question.')
        .max(150, 'each of starter_questions must be at most 150 characters.'),
    )
    .max(4, 'starter_questions holds at most 4 questions.')
    .optional()
    .describe('Up to 4 questions the widget offers visitors to start with.'),
  retrain_schedule: z
    .enum(['off', 'daily', 'weekly'], { error: "retrain_schedule must be 'off', 'daily' or 'weekly'." })
    .optional()
    .describe('Crawl the website again on this schedule (only what changed is re-indexed).'),
};

export const CreateChatbotBody = z
  .strictObject({
    name: Name.describe('Shown in the dashboard, and to visitors unless display_name is set; 1–100 characters.'),
    ...Settings,
  })
  .meta({
    description: 'The new chatbot: a name, and what to train it on.',
    examples: [
      {
        name: 'My Support Bot',
        website_url: 'https://www.acme-tools.com',
        crawl: { max_pages: 500, include: ['/docs/*', '/help/*'] },
        welcome_message: 'Hi! Ask me anything about Acme Tools.',
        allowed_domains: ['acme-tools.com', '*.acme-tools.com'],
        lead_capture: { enabled: true, when: 'unanswered' },
        retrain_schedule: 'weekly',
      },
    ],
  });
export type CreateChatbotBody = z.infer<typeof CreateChatbotBody>;

export const UpdateChatbotBody = z.strictObject({ name: Name.optional(), ...Settings }).meta({
  description: 'The settings to change; those left out stay as they are.',
  examples: [{ instructions: "Answer in the visitor's language.", starter_questions: ['How do I reset my password?'] }],
});
export type UpdateChatbotBody = z.infer<typeof UpdateChatbotBody>;

export const ChatbotStatus = z.enum(['untrained', 'training', 'active', 'failed']);

export const ChatbotResponse = z
  .object({
    id: z.string().describe('Starts with bot_.'),
    name: z.string(),
    status: ChatbotStatus,
    pages_trained: z.number().int().describe('Pages in the index the chatbot answers from.'),
    training: z
      .object({
        pages_found: z.number().int().describe('Pages the crawl has found so far; it only grows during a run.'),
        pages_done: z.number().int().describe('Pages read so far (indexed, unchanged or skipped).'),
        pages_total: z
          .number()
          .int()
          .nullable()
          .describe(
            'How many pages this run reads, once known (the page limit was reached); null while the crawl is still finding pages, when no percentage can be given.',
          ),
      })
      .nullable()
      .describe('Progress while status is training.'),
    error: z.string().nullable().describe('Why the last training failed.'),
    trained_at: z.string().nullable(),
    website_url: z.string().nullable(),
    sitemap_url: z.string().nullable(),
    urls: z.array(z.string()),
    crawl: z.object({
      max_pages: z.number().int(),
      max_depth: z.number().int(),
      include: z.array(z.string()),
      exclude: z.array(z.string()),
    }),
    instructions: z.string().nullable(),
    welcome_message: z.string().nullable(),
    color: z.string(),
    position: z.enum(['bottom-right', 'bottom-left']),
    allowed_domains: z.array(z.string()),
    lead_capture: z.object({
      enabled: z.boolean(),
      when: z.enum(['start', 'unanswered']),
      consent: z.object({ enabled: z.boolean(), text: z.string() }),
    }),
    display_name: z.string().nullable(),
    starter_questions: z.array(z.string()),
    retrain_schedule: z.enum(['off', 'daily', 'weekly']),
    next_retrain_at: z.string().nullable().describe('When the next scheduled crawl is due.'),
    created_at: z.string().describe('ISO 8601, UTC.'),
    updated_at: z.string().describe('ISO 8601, UTC.'),
  })
  .meta({
    id: 'Chatbot',
    description: 'A chatbot: its settings and where its training stands.',
    examples: [
      {
        id: 'bot_0VbQx3Lk7pZm2RtN',
        name: 'My Support Bot',
        status: 'active',
        pages_trained: 47,
        training: null,
        error: null,
        trained_at: '2026-03-15T10:42:10Z',
        website_url: 'https://www.acme-tools.com',
        sitemap_url: null,
        urls: [],
        crawl: { max_pages: 500, max_depth: 10, include: ['/docs/*', '/help/*'], exclude: ['/docs/archive/*'] },
        instructions: 'Answer briefly. When unsure, suggest writing to support@acme-tools.com.',
        welcome_message: 'Hi! Ask me anything about Acme Tools.',
        color: '#2563eb',
        position: 'bottom-right',
        allowed_domains: ['acme-tools.com', '*.acme-tools.com'],
        lead_capture: {
          enabled: true,
          when: 'unanswered',
          consent: { enabled: true, text: DEFAULT_LEAD_CONSENT_TEXT },
        },
        display_name: 'Acme Help',
        starter_questions: ['How do I reset my password?', 'What does the Pro plan include?'],
        retrain_schedule: 'weekly',
        next_retrain_at: '2026-03-22T10:30:00Z',
        created_at: '2026-03-15T10:30:00Z',
        updated_at: '2026-03-15T10:42:10Z',
      },
    ],
  });
export type ChatbotResponse = z.infer<typeof ChatbotResponse>;

export const ChatbotParams = z.strictObject({ id: z.string().max(64) });
