import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listResponse, PageQuery } from '../../http/pagination.js';
import { requirePrincipal } from '../../http/principal.js';
import { DeletedResponse, errorResponses } from '../../http/openapi.js';
import {
  ChatbotParams,
  ChatbotResponse,
  CreateChatbotBody,
  UpdateChatbotBody,
} from './schema.js';
import { createChatbot, deleteChatbot, getChatbot, listChatbots, updateChatbot, type ChatbotDeps } from './service.js';

const tags = ['Chatbots'];

export function chatbotRoutes(deps: ChatbotDeps): FastifyPluginAsyncZod {
  return async function chatbots(app) {
    app.get('/chatbots', {
      schema: { tags, summary: 'List all chatbots', querystring: PageQuery, response: { 200: listResponse(ChatbotResponse), ...errorResponses } },
      handler: (request) => listChatbots(deps, requirePrincipal(request).workspaceId, request.query),
    });

    app.post('/chatbots', {
      schema: { tags, summary: 'Create a new chatbot', body: CreateChatbotBody, response: { 201: ChatbotResponse, ...errorResponses } },
      handler: async (request, reply) => {
        const chatbot = await createChatbot(deps, requirePrincipal(request), request.body);
        return reply.code(201).send(chatbot);
      },
    });

    app.get('/chatbots/:id', {
      schema: { tags, summary: 'Get chatbot details', params: ChatbotParams, response: { 200: ChatbotResponse, ...errorResponses } },
      handler: (request) => getChatbot(deps, requirePrincipal(request).workspaceId, request.params.id),
    });

    app.patch('/chatbots/:id', {
      schema: {
        tags,
        summary: 'Update chatbot settings',
        params: ChatbotParams,
        body: UpdateChatbotBody,
        response: { 200: ChatbotResponse, ...errorResponses },
      },
      handler: (request) => updateChatbot(deps, requirePrincipal(request).workspaceId, request.params.id, request.body),
    });

    app.delete('/chatbots/:id', {
      schema: { tags, summary: 'Delete a chatbot', params: ChatbotParams, response: { 200: DeletedResponse, ...errorResponses } },
      handler: async (request) => {
        await deleteChatbot(deps, requirePrincipal(request).workspaceId, request.params.id);
        return { id: request.params.id, deleted: true as const };
      },
    });
  };
}
