import { z } from 'zod';

const Name = z.string().trim().min(1, 'name must not be empty.').max(100, 'name must be at most 100 characters.');
const WebsiteUrl = z
  .url({ protocol: /^https?$/, error: 'website_url must be an http:// or https:// URL.' })
  .max(2048, 'website_url must be at most 2048 characters.');
const Instructions = z.string().max(10_000, 'instructions must be at most 10000 characters.');

export const CreateChatbotBody = z
  .strictObject({
    name: Name.describe('Shown to you in the dashboard; 1–100 characters.'),
    website_url: WebsiteUrl.nullable().optional().describe('The start page to train the chatbot on.'),
    instructions: Instructions.nullable().optional().describe('Extra guidance for how the chatbot answers.'),
  })
  .describe('CreateChatbotBody');
export type CreateChatbotBody = z.infer<typeof CreateChatbotBody>;

export const UpdateChatbotBody = z
  .strictObject({
    name: Name.optional(),
    website_url: WebsiteUrl.nullable().optional(),
    instructions: Instructions.nullable().optional(),
  })
  .describe('UpdateChatbotBody');
export type UpdateChatbotBody = z.infer<typeof UpdateChatbotBody>;

const ChatbotStatus = z.enum(['untrained', 'training', 'active', 'failed']);

export const ChatbotResponse = z
  .object({
    id: z.string().describe('Starts with bot_.'),
    name: z.string(),
    status: ChatbotStatus,
    pages_trained: z.number().int(),
    website_url: z.string().nullable(),
    instructions: z.string().nullable(),
    created_at: z.string().describe('ISO 8601, UTC.'),
    updated_at: z.string().describe('ISO 8601, UTC.'),
  })
  .describe('Chatbot');
export type ChatbotResponse = z.infer<typeof ChatbotResponse>;

export const ChatbotParams = z.strictObject({ id: z.string().max(64) });
