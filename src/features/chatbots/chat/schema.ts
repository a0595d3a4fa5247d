import { z } from 'zod';
import { Feedback } from './feedback.js';

export const ChatBody = z
  .strictObject({
    message: z
      .string()
      .trim()
      .min(1, 'message must not be empty.')
      .max(4000, 'message must be at most 4000 characters.'),
    conversation_id: z.string().max(64).optional().describe('Continue this conversation; omit to start a new one.'),
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
    message_count: z.number().int(),
    unanswered_count: z.number().int().describe('Questions the chatbot could not answer.'),
    last_message_at: z.string(),
    created_at: z.string(),
  })
  .describe('ConversationSummary');
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const ConversationResponse = ConversationSummary.extend({ messages: z.array(MessageResponse) }).describe(
  'Conversation',
);
export type ConversationResponse = z.infer<typeof ConversationResponse>;

export const ConversationParams = z.strictObject({ id: z.string().max(64), conversation_id: z.string().max(64) });
