import { z } from 'zod';
import { EmailAddress } from '../../contacts/schema.js';
import { ChatResponse, EXAMPLE } from '../chat/schema.js';
import { DEFAULT_LEAD_CONSENT_TEXT } from '../schema.js';

export const PublicChatbotParams = z.strictObject({ id: z.string().max(64) });

export const PublicChatbotResponse = z
  .object({
    id: z.string(),
    name: z.string().describe('The display_name, else the name.'),
    starter_questions: z.array(z.string()),
    welcome_message: z.string().nullable(),
    color: z.string(),
    position: z.enum(['bottom-right', 'bottom-left']),
    lead_capture: z.object({
      enabled: z.boolean(),
      when: z.enum(['start', 'unanswered']),
      consent: z
        .object({ enabled: z.boolean(), text: z.string() })
        .describe('Whether the lead form shows a consent checkbox, and its text.'),
    }),
  })
  .meta({
    id: 'PublicChatbot',
    description: 'What the widget shows: the name, colours and first words.',
    examples: [
      {
        id: 'bot_0VbQx3Lk7pZm2RtN',
        name: 'Acme Help',
        starter_questions: ['How do I reset my password?', 'What does the Pro plan include?'],
        welcome_message: 'Hi! Ask me anything about Acme Tools.',
        color: '#2563eb',
        position: 'bottom-right',
        lead_capture: {
          enabled: true,
          when: 'unanswered',
          consent: { enabled: true, text: DEFAULT_LEAD_CONSENT_TEXT },
        },
      },
    ],
  });
export type PublicChatbotResponse = z.infer<typeof PublicChatbotResponse>;

export const LeadBody = z
  .strictObject({
    name: z.string().trim().max(200, 'name must be at most 200 characters.').optional(),
    email: EmailAddress,
    conversation_id: z.string().max(64).optional(),
    consent: z
      .boolean({ error: 'consent must be true or false.' })
      .optional()
      .describe(
        'Whether the visitor ticked the consent checkbox (`lead_capture.consent`). Ticked: they are asked to confirm by email, or subscribed when the workspace has double opt-in off; not ticked (or no checkbox): a new contact is `non_subscribed`, an existing one keeps its status.',
      ),
  })
  .meta({
    description: "The visitor's name and email.",
    examples: [
      { name: 'Jane Doe', email: 'jane@example.org', conversation_id: 'conv_0VbR2fHq8WcT4kYd', consent: true },
    ],
  });
export type LeadBody = z.infer<typeof LeadBody>;

const ConversationToken = z
  .string()
  .describe(
    "Proves the conversation is this visitor's: send it as X-Conversation-Token to continue it, read it or rate its answers.",
  );

export const WidgetChatResponse = ChatResponse.extend({ conversation_token: ConversationToken }).meta({
  id: 'WidgetChatAnswer',
  description: "The answer, and the token that makes the conversation the visitor's.",
  examples: [{ ...EXAMPLE.answer, conversation_token: 'k7Qx2PZr9mL4vN8tR1wB6cD3fH5jS0aEyUoIgTn2bWc' }],
});
/** The first event of a streamed widget answer (the answer's ids, token and sources). */
export const WidgetChatStreamMeta = WidgetChatResponse.omit({ answer: true }).meta({
  id: 'WidgetChatStreamMeta',
  description:
    'The first event of a streamed answer: its ids, the conversation token, whether it is answered, and its sources.',
});

export const LeadResponse = z
  .object({
    conversation_id: z.string(),
    conversation_token: ConversationToken,
    contact_id: z
      .string()
      .nullable()
      .describe("null when the workspace is at its plan's contact limit; the lead is still kept on the conversation."),
  })
  .meta({
    id: 'WidgetLead',
    description: 'The lead, kept on the conversation (which starts here if there was none).',
    examples: [
      {
        conversation_id: 'conv_0VbR2fHq8WcT4kYd',
        conversation_token: 'k7Qx2PZr9mL4vN8tR1wB6cD3fH5jS0aEyUoIgTn2bWc',
        contact_id: 'ct_0VbPq7Tn4GxD8hRc',
      },
    ],
  });
