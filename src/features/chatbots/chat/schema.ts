import { z } from 'zod';
import { EXAMPLE_CITATION } from '../search/schema.js';
import { PageQuery } from '../../../http/pagination.js';
import { Feedback } from './feedback.js';

export const ChatBody = z
  .strictObject({
    message: z
      .string()
      .trim()
      .min(1, 'message must not be empty.')
      .max(4000, 'message must be at most 4000 characters.'),
    conversation_id: z.string().max(64).optional().describe('Continue this conversation; omit to start a new one.'),
    page_url: z
      .url({ protocol: /^https?$/, error: 'page_url must be an http:// or https:// URL.' })
      .max(2048, 'page_url must be at most 2048 characters.')
      .optional()
      .describe('The page the visitor is on; kept on a new conversation.'),
    stream: z.boolean().default(false).describe('Answer as Server-Sent Events.'),
  })
  .meta({
    description: 'A question, and the conversation it continues.',
    examples: [{ message: 'How do I reset my password?', page_url: 'https://www.acme-tools.com/pricing' }],
  });
export type ChatBody = z.infer<typeof ChatBody>;

const citation = EXAMPLE_CITATION;
const ANSWER_TEXT = citation.snippet;

/** The one exchange the chat's documented examples show: a question, its answer and the section it cites. */
export const EXAMPLE = {
  citation,
  answer: {
    conversation_id: 'conv_0VbR2fHq8WcT4kYd',
    message_id: 'msg_0VbR2fHr1NqB7zVe',
    answer: ANSWER_TEXT,
    answered: true,
    sources: [citation],
  },
  question: {
    id: 'msg_0VbR2fHq9JtE3wMa',
    role: 'user',
    content: 'How do I reset my password?',
    answered: null,
    sources: [],
    feedback: null,
    created_at: '2026-03-16T08:04:01Z',
  },
  reply: {
    id: 'msg_0VbR2fHr1NqB7zVe',
    role: 'assistant',
    content: ANSWER_TEXT,
    answered: true,
    sources: [citation],
    feedback: null,
    created_at: '2026-03-16T08:04:03Z',
  },
};

export const Source = z
  .object({
    url: z.string().describe('The page, with the #anchor of the section when it has one.'),
    title: z.string(),
    section: z.string().nullable().describe('The heading path of the section, e.g. "Built-in Types › Numeric Types".'),
    snippet: z.string(),
  })
  .meta({
    id: 'Citation',
    description: 'A section of a trained page an answer comes from.',
    examples: [EXAMPLE.citation],
  });
export type Source = z.infer<typeof Source>;

export const ChatResponse = z
  .object({
    conversation_id: z.string(),
    message_id: z.string(),
    answer: z.string(),
    answered: z.boolean().describe('false when nothing on the trained pages answers the question.'),
    sources: z.array(Source),
  })
  .meta({
    id: 'ChatAnswer',
    description: 'The answer, citing the sections it comes from.',
    examples: [EXAMPLE.answer],
  });
export type ChatResponse = z.infer<typeof ChatResponse>;

/** The events of a streamed answer (`stream: true`), named for the OpenAPI document; sse.ts sends them. */
export const ChatStreamMeta = ChatResponse.omit({ answer: true }).meta({
  id: 'ChatStreamMeta',
  description: 'The first event of a streamed answer: its ids, whether it is answered, and its sources.',
});
export const ChatStreamDelta = z
  .object({ text: z.string() })
  .meta({ id: 'ChatStreamDelta', description: "A piece of the answer's text, in order." });

export const MessageResponse = z
  .object({
    id: z.string(),
    role: z.enum(['user', 'assistant']),
    content: z.string(),
    answered: z.boolean().nullable(),
    sources: z.array(Source),
    feedback: Feedback.nullable().describe('The rating of an answer, when it was rated.'),
    created_at: z.string(),
  })
  .meta({ id: 'Message', description: "A visitor's question or the chatbot's answer." });

export const ConversationSummary = z
  .object({
    id: z.string().describe('Starts with conv_.'),
    chatbot_id: z.string(),
    channel: z.enum(['api', 'widget']),
    origin: z.string().nullable().describe('The site the widget was used on.'),
    contact_id: z.string().nullable().describe('The contact the visitor became, when they left their email.'),
    lead: z.object({ name: z.string().nullable(), email: z.string() }).nullable(),
    page_url: z.string().nullable().describe('The page of the site the chat happened on, as the widget reported it.'),
    first_question: z.string().nullable(),
    message_count: z.number().int(),
    unanswered_count: z.number().int().describe('Questions the chatbot could not answer.'),
    thumbs_up: z.number().int().describe('Answers rated up.'),
    thumbs_down: z.number().int().describe('Answers rated down.'),
    last_message_at: z.string(),
    created_at: z.string(),
  })
  .meta({
    id: 'ConversationSummary',
    description: 'A conversation, without its messages.',
    examples: [
      {
        id: 'conv_0VbR2fHq8WcT4kYd',
        chatbot_id: 'bot_0VbQx3Lk7pZm2RtN',
        channel: 'widget',
        origin: 'https://www.acme-tools.com',
        contact_id: 'ct_0VbPq7Tn4GxD8hRc',
        lead: { name: 'Jane Doe', email: 'jane@example.org' },
        page_url: 'https://www.acme-tools.com/pricing',
        first_question: 'How do I reset my password?',
        message_count: 4,
        unanswered_count: 0,
        thumbs_up: 1,
        thumbs_down: 0,
        last_message_at: '2026-03-16T08:05:12Z',
        created_at: '2026-03-16T08:04:01Z',
      },
    ],
  });
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const ConversationResponse = ConversationSummary.extend({ messages: z.array(MessageResponse) }).meta({
  id: 'Conversation',
  description: 'A conversation with its messages, oldest first.',
  examples: [
    {
      id: 'conv_0VbR2fHq8WcT4kYd',
      chatbot_id: 'bot_0VbQx3Lk7pZm2RtN',
      channel: 'api',
      origin: null,
      contact_id: null,
      lead: null,
      page_url: null,
      first_question: 'How do I reset my password?',
      message_count: 2,
      unanswered_count: 0,
      thumbs_up: 1,
      thumbs_down: 0,
      last_message_at: '2026-03-16T08:04:03Z',
      created_at: '2026-03-16T08:04:01Z',
      messages: [
        EXAMPLE.question,
        { ...EXAMPLE.reply, feedback: { rating: 'up', comment: null, created_at: '2026-03-16T08:05:12Z' } },
      ],
    },
  ],
});
export type ConversationResponse = z.infer<typeof ConversationResponse>;

const Flag = (what: string) =>
  z
    .enum(['true', 'false'], { error: `${what} must be true or false.` })
    .transform((v) => v === 'true')
    .optional();

export const ListConversationsQuery = PageQuery.extend({
  unanswered: Flag('unanswered').describe('Only conversations with (true) or without (false) an unanswered question.'),
  feedback: z
    .enum(['up', 'down'], { error: "feedback must be 'up' or 'down'." })
    .optional()
    .describe('Only conversations with an answer rated so.'),
  lead: Flag('lead').describe('Only conversations where the visitor left (true) or did not leave (false) their email.'),
});
export type ListConversationsQuery = z.infer<typeof ListConversationsQuery>;

export const LeadResponse = z
  .object({
    conversation_id: z.string(),
    name: z.string().nullable(),
    email: z.string(),
    contact_id: z.string().nullable().describe('The contact the lead became, unless the plan was full.'),
    page_url: z.string().nullable(),
    origin: z.string().nullable(),
    first_question: z.string().nullable(),
    created_at: z.string().describe('When the visitor left their email.'),
  })
  .meta({
    id: 'Lead',
    description: 'A visitor who left their email in the widget.',
    examples: [
      {
        conversation_id: 'conv_0VbR2fHq8WcT4kYd',
        name: 'Jane Doe',
        email: 'jane@example.org',
        contact_id: 'ct_0VbPq7Tn4GxD8hRc',
        page_url: 'https://www.acme-tools.com/pricing',
        origin: 'https://www.acme-tools.com',
        first_question: 'Do you offer discounts for non-profits?',
        created_at: '2026-03-16T08:06:40Z',
      },
    ],
  });
export type LeadResponse = z.infer<typeof LeadResponse>;

export const ConversationParams = z.strictObject({ id: z.string().max(64), conversation_id: z.string().max(64) });
