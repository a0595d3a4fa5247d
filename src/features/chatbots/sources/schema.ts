import { z } from 'zod';
import { CrawlOptions, httpUrl } from '../schema.js';

/** The most text one source holds. */
const MAX_SOURCE_CHARACTERS = 200_000;

const Title = z.string().trim().min(1, 'title must not be empty.').max(200, 'title must be at most 200 characters.');
const Text = z
  .string()
  .trim()
  .min(1, 'text must not be empty.')
  .max(MAX_SOURCE_CHARACTERS, `text must be at most ${MAX_SOURCE_CHARACTERS} characters.`)
  .describe('Plain text or Markdown; its headings become sections, each cited by its own anchor.');
const Question = z
  .string()
  .trim()
  .min(1, 'question must not be empty.')
  .max(500, 'question must be at most 500 characters.');
const Answer = z
  .string()
  .trim()
  .min(1, 'answer must not be empty.')
  .max(10_000, 'answer must be at most 10000 characters.')
  .describe('Given word for word when a visitor asks the question or one of its alternatives.');
const Alternatives = z
  .array(Question)
  .max(20, 'alternatives holds at most 20 other wordings.')
  .describe('Other wordings of the question.');

const TextSource = z.strictObject({ type: z.literal('text'), title: Title, text: Text });
const QnaSource = z.strictObject({
  type: z.literal('qna'),
  question: Question.optional().describe('Required unless from_message_id is given.'),
  answer: Answer,
  alternatives: Alternatives.optional(),
  from_message_id: z
    .string()
    .max(64)
    .optional()
    .describe("A visitor's question (or the answer to it) from a conversation: its question becomes this one's."),
});

// A file comes as multipart/form-data: a `file` part and an optional `title`
// part (the route reads them into this shape before validation).
const FileSource = z
  .strictObject({ type: z.literal('file'), title: Title.optional() })
  .describe(
    'Sent as multipart/form-data: a `file` part (PDF, Word .docx, Markdown, plain text or HTML, known by its bytes) and an optional `title` part.',
  );

// The crawl's settings as sources: one website, one sitemap and one list of URLs a chatbot.
const Urls = z.array(httpUrl('urls')).min(1, 'urls must list at least one page.').max(1000);
const WebsiteSource = z
  .strictObject({ type: z.literal('website'), url: httpUrl('url'), crawl: CrawlOptions.optional() })
  .describe("The chatbot's website_url and crawl options.");
const SitemapSource = z
  .strictObject({ type: z.literal('sitemap'), url: httpUrl('url') })
  .describe("The chatbot's sitemap_url.");
const UrlsSource = z.strictObject({ type: z.literal('urls'), urls: Urls }).describe("The chatbot's urls.");

export const CreateSourceBody = z
  .discriminatedUnion('type', [TextSource, QnaSource, FileSource, WebsiteSource, SitemapSource, UrlsSource], {
    error: "type must be 'text', 'qna', 'file', 'website', 'sitemap' or 'urls'.",
  })
  .meta({
    description: 'The source, by its `type`.',
    'x-examples': {
      text: {
        summary: 'A text (Markdown accepted)',
        value: {
          type: 'text',
          title: 'Shipping and returns',
          text: '# Shipping\n\nOrders ship within 2 business days.\n\n# Returns\n\nReturn any item within 30 days for a full refund.',
        },
      },
      qna: {
        summary: 'A question with its answer',
        value: {
          type: 'qna',
          question: 'Do you offer discounts for non-profits?',
          answer: 'Yes: registered non-profits get 50% off any plan. Write to sales@acme-tools.com.',
          alternatives: ['Is there a non-profit discount?'],
        },
      },
      website: {
        summary: "The chatbot's website",
        value: { type: 'website', url: 'https://www.acme-tools.com', crawl: { max_pages: 200, include: ['/help/*'] } },
      },
    },
  });
export type CreateSourceBody = z.infer<typeof CreateSourceBody>;

/** The fields of a source's own type (a file's title only; a website's url and crawl); the type itself never changes. */
export const UpdateSourceBody = z
  .strictObject({
    title: Title.optional(),
    text: Text.optional(),
    question: Question.optional(),
    answer: Answer.optional(),
    alternatives: Alternatives.optional(),
    url: httpUrl('url').optional(),
    crawl: CrawlOptions.optional(),
    urls: Urls.optional(),
  })
  .meta({
    description: "The fields of the source's type to change.",
    examples: [{ answer: 'Yes: registered non-profits get 60% off any plan. Write to sales@acme-tools.com.' }],
  });
export type UpdateSourceBody = z.infer<typeof UpdateSourceBody>;

const SourceStatus = z.enum(['pending', 'training', 'trained', 'failed']);

export const SourceResponse = z
  .object({
    id: z.string().describe('Starts with src_.'),
    chatbot_id: z.string(),
    type: z.enum(['text', 'qna', 'file', 'website', 'sitemap', 'urls']),
    title: z.string().describe("A text's or file's title, a Q&A's question, a website's or sitemap's URL."),
    text: z.string().nullable().describe('A text source: its text.'),
    question: z.string().nullable().describe('A Q&A source: its question.'),
    answer: z.string().nullable(),
    alternatives: z.array(z.string()).nullable(),
    file: z
      .object({ name: z.string().nullable(), media_type: z.string(), size: z.number().int() })
      .nullable()
      .describe('A file source: what was uploaded.'),
    url: z
      .string()
      .describe("Where answers cite it (a page of this Grivo showing the source); a website's or sitemap's own URL."),
    crawl: z
      .object({
        max_pages: z.number().int().optional(),
        max_depth: z.number().int().optional(),
        include: z.array(z.string()).optional(),
        exclude: z.array(z.string()).optional(),
      })
      .nullable()
      .describe("A website source: the crawl's options."),
    urls: z.array(z.string()).nullable().describe('A urls source: its pages.'),
    status: SourceStatus,
    error: z.string().nullable().describe('Why the last training of this source failed.'),
    characters: z.number().int().describe("Of its text (a file's once it is trained)."),
    pages: z.number().int().describe("Pages it trained into (a crawl's sources: the crawl's, together)."),
    chunks: z.number().int(),
    from_message_id: z.string().nullable(),
    last_trained_at: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    id: 'Source',
    description: 'Something a chatbot learns from: a text, a Q&A, a file or one of its crawl settings.',
    examples: [
      {
        id: 'src_0VbRb4Wz6PdJ2nQx',
        chatbot_id: 'bot_0VbQx3Lk7pZm2RtN',
        type: 'qna',
        title: 'Do you offer discounts for non-profits?',
        text: null,
        question: 'Do you offer discounts for non-profits?',
        answer: 'Yes: registered non-profits get 50% off any plan. Write to sales@acme-tools.com.',
        alternatives: ['Is there a non-profit discount?'],
        file: null,
        url: 'https://grivo.acme-tools.com/sources/src_0VbRb4Wz6PdJ2nQx',
        crawl: null,
        urls: null,
        status: 'trained',
        error: null,
        characters: 118,
        pages: 1,
        chunks: 1,
        from_message_id: null,
        last_trained_at: '2026-03-16T09:12:03Z',
        created_at: '2026-03-16T09:12:01Z',
        updated_at: '2026-03-16T09:12:03Z',
      },
    ],
  });
export type SourceResponse = z.infer<typeof SourceResponse>;

export const SourceParams = z.strictObject({ id: z.string().max(64), source_id: z.string().max(64) });
