import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors, errorsOf } from '../../../http/openapi.js';
import { getConversation } from '../chat/conversations.js';
import { FeedbackBody, FeedbackResponse, rateAnswer } from '../chat/feedback.js';
import { EXAMPLE, MessageResponse } from '../chat/schema.js';
import type { widgetAdmission } from './admit.js';
import { requireConversationToken, TOKEN_HEADER } from './conversation-token.js';
import type { Database } from '../../../storage/database.js';

const tags = ['Widget'];

const PublicConversationParams = z.strictObject({ id: z.string().max(64), conversation_id: z.string().max(64) });
const PublicMessageParams = z.strictObject({ id: z.string().max(64), message_id: z.string().max(64) });

const PublicConversation = z.object({ id: z.string(), messages: z.array(MessageResponse) }).meta({
  id: 'PublicConversation',
  description: "The visitor's conversation, oldest message first.",
  examples: [
    {
      id: 'conv_0VbR2fHq8WcT4kYd',
      messages: [EXAMPLE.question, EXAMPLE.reply],
    },
  ],
});

const PublicFeedbackBody = FeedbackBody.extend({
  conversation_id: z.string().max(64).describe('The conversation the answer belongs to.'),
}).meta({
  description: 'Thumbs up or down, and the conversation the answer belongs to.',
  examples: [{ rating: 'up', conversation_id: 'conv_0VbR2fHq8WcT4kYd' }],
});

/**
 * A widget visitor's own conversation, by the token its first answer gave
 * (X-Conversation-Token): read back after a page load, and its answers rated.
 * Without the token, or for a conversation begun elsewhere, it does not exist.
 */
export function conversationRoutes(
  deps: { database: Database; signer: { secret: Buffer } },
  admit: ReturnType<typeof widgetAdmission>,
): FastifyPluginAsyncZod {
  return async function visitorConversation(app) {
    app.get('/public/chatbots/:id/conversations/:conversation_id', {
      schema: {
        tags,
        operationId: 'publicGetConversation',
        summary: "Get a visitor's conversation (widget)",
        description: `Its messages, oldest first, to show again after a page load; the conversation's token in the ${TOKEN_HEADER} header.`,
        security: [],
        params: PublicConversationParams,
        response: {
          200: PublicConversation,
          ...errors(errorsOf.widget, {
            not_found:
              'No chatbot with this id, or no conversation with conversation_id for this visitor (its token missing or wrong).',
          }),
        },
      },
      handler: async (request, reply) => {
        const { chatbot } = await admit(request, reply, request.params.id, 'conversation');
        const id = request.params.conversation_id;
        requireConversationToken(deps.signer.secret, request, id);
        const conversation = await getConversation(
          deps.database,
          { workspaceId: chatbot.workspace_id, chatbotId: chatbot.id },
          id,
          'widget',
        );
        return { id: conversation.id, messages: conversation.messages };
      },
    });

    app.post('/public/chatbots/:id/messages/:message_id/feedback', {
      bodyLimit: 16_384,
      schema: {
        tags,
        operationId: 'publicRateAnswer',
        summary: 'Rate an answer (widget)',
        description: `Thumbs up or down on an answer of the visitor's own conversation (its token in the ${TOKEN_HEADER} header); rating again replaces it. Body: at most 16 KB.`,
        security: [],
        params: PublicMessageParams,
        body: PublicFeedbackBody,
        response: {
          200: FeedbackResponse,
          ...errors(errorsOf.widget, errorsOf.json, {
            unknown_parameter: 'A body field this endpoint does not take; `param` names it.',
            not_found:
              'No chatbot with this id, no conversation with conversation_id for this visitor (its token missing or wrong), or no message with message_id in it.',
            invalid_parameter:
              'The message is a question, not an answer; or a header, path or query parameter holds a NUL character or an unpaired surrogate.',
          }),
        },
      },
      handler: async (request, reply) => {
        const { chatbot } = await admit(request, reply, request.params.id, 'feedback');
        const { conversation_id: conversationId, ...rating } = request.body;
        requireConversationToken(deps.signer.secret, request, conversationId);
        return rateAnswer(
          deps.database.db,
          { workspaceId: chatbot.workspace_id, chatbotId: chatbot.id, conversationId },
          request.params.message_id,
          rating,
        );
      },
    });
  };
}
