import { z } from 'zod';
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
  .describe('ChatBody');
export type ChatBody = z.infer<typeof ChatBody>;

export const Source = z.object({
  url: z.string().describe('The page, with the #anchor of the section when it has one.'),
  title: z.string(),
  section: z.string().nullable().describe('The heading path of the section, e.g. "Built-in Types › Numeric Types".'),
  snippet: z.string(),
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
  .describe('ChatResponse');
export type ChatResponse = z.infer<typeof ChatResponse>;

export const MessageResponse = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  answered: z.boolean().nullable(),
  sources: z.array(Source),
  feedback: Feedback.nullable().describe('The rating of an answer, when it was rated.'),
  created_at: z.string(),
});

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
  .describe('ConversationSummary');
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const ConversationResponse = ConversationSummary.extend({ messages: z.array(MessageResponse) }).describe(
  'Conversation',
);
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
  .describe('Lead');
export type LeadResponse = z.infer<typeof LeadResponse>;

export const ConversationParams = z.strictObject({ id: z.string().max(64), conversation_id: z.string().max(64) });
