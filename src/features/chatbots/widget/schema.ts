import { z } from 'zod';
import { EmailAddress } from '../../contacts/schema.js';
import { ChatResponse } from '../chat/schema.js';

export const PublicChatbotParams = z.strictObject({ id: z.string().max(64) });

export const PublicChatbotResponse = z.object({
  id: z.string(),
  name: z.string().describe('The display_name, else the name.'),
  starter_questions: z.array(z.string()),
  welcome_message: z.string().nullable(),
  color: z.string(),
  position: z.enum(['bottom-right', 'bottom-left']),
  lead_capture: z.object({ enabled: z.boolean(), when: z.enum(['start', 'unanswered']) }),
});
export type PublicChatbotResponse = z.infer<typeof PublicChatbotResponse>;

export const LeadBody = z.strictObject({
  name: z.string().trim().max(200, 'name must be at most 200 characters.').optional(),
  email: EmailAddress,
  conversation_id: z.string().max(64).optional(),
});
export type LeadBody = z.infer<typeof LeadBody>;

const ConversationToken = z
  .string()
  .describe(
    "Proves the conversation is this visitor's: send it as X-Conversation-Token to continue it, read it or rate its answers.",
  );

export const WidgetChatResponse = ChatResponse.extend({ conversation_token: ConversationToken }).describe(
  'WidgetChatResponse',
);

export const LeadResponse = z.object({
  conversation_id: z.string(),
  conversation_token: ConversationToken,
  contact_id: z
    .string()
    .nullable()
    .describe("null when the workspace is at its plan's contact limit; the lead is still kept on the conversation."),
});
