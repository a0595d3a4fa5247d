import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listResponse, PageQuery } from '../../http/pagination.js';
import { requirePrincipal } from '../../http/principal.js';
import { DeletedResponse, errorResponses } from '../../http/openapi.js';
import type { AnswerDeps } from './chat/answer.js';
import { getConversation, listConversations } from './chat/conversations.js';
import {
  ChatBody,
  ChatResponse,
  ConversationParams,
  ConversationResponse,
  ConversationSummary,
  ListConversationsQuery,
} from './chat/schema.js';
import { chat, chatToEnd } from './chat/service.js';
import { sendAsEvents } from './chat/sse.js';
import { FeedbackBody, FeedbackResponse, MessageParams, rateAnswer } from './chat/feedback.js';
import { ListPagesQuery, listTrainedPages, TrainedPageResponse } from './pages.js';
import { SearchBody, SearchResponse } from './search/schema.js';
import { searchChatbot } from './search-service.js';
import { ChatbotParams, ChatbotResponse, CreateChatbotBody, UpdateChatbotBody } from './schema.js';
import {
  createChatbot,
  deleteChatbot,
  getChatbot,
  getChatbotRow,
  listChatbots,
  trainChatbot,
  updateChatbot,
  type ChatbotDeps,
} from './service.js';

const tags = ['Chatbots'];

export function chatbotRoutes(deps: ChatbotDeps & AnswerDeps): FastifyPluginAsyncZod {
  return async function chatbots(app) {
    app.get('/chatbots', {
      schema: {
        tags,
        summary: 'List all chatbots',
        querystring: PageQuery,
        response: { 200: listResponse(ChatbotResponse), ...errorResponses },
      },
      handler: (request) => listChatbots(deps, requirePrincipal(request), request.query),
    });

    app.post('/chatbots', {
      schema: {
        tags,
        summary: 'Create a new chatbot',
        body: CreateChatbotBody,
        response: { 201: ChatbotResponse, ...errorResponses },
      },
      handler: async (request, reply) => {
        const chatbot = await createChatbot(deps, requirePrincipal(request), request.body);
        return reply.code(201).send(chatbot);
      },
    });

    app.get('/chatbots/:id', {
      schema: {
        tags,
        summary: 'Get chatbot details',
        params: ChatbotParams,
        response: { 200: ChatbotResponse, ...errorResponses },
      },
      handler: (request) => getChatbot(deps, requirePrincipal(request), request.params.id),
    });

    app.patch('/chatbots/:id', {
      schema: {
        tags,
        summary: 'Update chatbot settings',
        params: ChatbotParams,
        body: UpdateChatbotBody,
        response: { 200: ChatbotResponse, ...errorResponses },
      },
      handler: (request) => updateChatbot(deps, requirePrincipal(request), request.params.id, request.body),
    });

    app.delete('/chatbots/:id', {
      schema: {
        tags,
        summary: 'Delete a chatbot',
        params: ChatbotParams,
        response: { 200: DeletedResponse, ...errorResponses },
      },
      handler: async (request) => {
        await deleteChatbot(deps, requirePrincipal(request).workspaceId, request.params.id);
        return { id: request.params.id, deleted: true as const };
      },
    });

    app.post('/chatbots/:id/train', {
      schema: {
        tags,
        summary: 'Train the chatbot on its website again',
        description:
          'Crawls the sources and re-indexes only what changed; the chatbot keeps answering from its current pages meanwhile.',
        params: ChatbotParams,
        response: { 202: ChatbotResponse, ...errorResponses },
      },
      handler: async (request, reply) =>
        reply.code(202).send(await trainChatbot(deps, requirePrincipal(request), request.params.id)),
    });

    app.get('/chatbots/:id/pages', {
      schema: {
        tags,
        summary: 'List trained pages',
        params: ChatbotParams,
        querystring: ListPagesQuery,
        response: { 200: listResponse(TrainedPageResponse), ...errorResponses },
      },
      handler: async (request) => {
        const { workspaceId } = requirePrincipal(request);
        const chatbot = await getChatbotRow(deps, workspaceId, request.params.id);
        return listTrainedPages(deps.database, { workspaceId, chatbotId: chatbot.id }, request.query);
      },
    });

    app.post('/chatbots/:id/chat', {
      schema: {
        tags,
        summary: 'Ask the chatbot a question',
        description:
          'Answers from the trained pages only, citing them. With `stream: true`, answers as Server-Sent Events: `meta`, `delta`…, `done`.',
        params: ChatbotParams,
        body: ChatBody,
        response: { 200: ChatResponse, ...errorResponses },
      },
      handler: async (request, reply) => {
        const chatbot = await getChatbotRow(deps, requirePrincipal(request).workspaceId, request.params.id);
        const exchange = await chat(deps, { chatbot, channel: 'api', origin: null }, request.body);
        return request.body.stream ? sendAsEvents(reply, exchange) : chatToEnd(exchange);
      },
    });

    app.post('/chatbots/:id/search', {
      schema: {
        tags,
        summary: "Search the chatbot's trained pages",
        description:
          'The sections the chat would answer from, ranked, each once, deep-linked to the section. For testing retrieval: nothing is stored and no conversation starts.',
        params: ChatbotParams,
        body: SearchBody,
        response: { 200: SearchResponse, ...errorResponses },
      },
      handler: async (request) => {
        const { workspaceId } = requirePrincipal(request);
        const chatbot = await getChatbotRow(deps, workspaceId, request.params.id);
        return searchChatbot(deps, { workspaceId, chatbotId: chatbot.id }, request.body);
      },
    });

    app.get('/chatbots/:id/conversations', {
      schema: {
        tags,
        summary: 'List conversations',
        description: 'Latest first; filter by unanswered questions, rated answers or leads.',
        params: ChatbotParams,
        querystring: ListConversationsQuery,
        response: { 200: listResponse(ConversationSummary), ...errorResponses },
      },
      handler: async (request) => {
        const { workspaceId } = requirePrincipal(request);
        const chatbot = await getChatbotRow(deps, workspaceId, request.params.id);
        return listConversations(deps.database, { workspaceId, chatbotId: chatbot.id }, request.query);
      },
    });

    app.post('/chatbots/:id/messages/:message_id/feedback', {
      schema: {
        tags,
        summary: 'Rate an answer',
        description: 'Thumbs up or down, with an optional comment; rating again replaces it.',
        params: MessageParams,
        body: FeedbackBody,
        response: { 200: FeedbackResponse, ...errorResponses },
      },
      handler: async (request) => {
        const { workspaceId } = requirePrincipal(request);
        const chatbot = await getChatbotRow(deps, workspaceId, request.params.id);
        return rateAnswer(
          deps.database.db,
          { workspaceId, chatbotId: chatbot.id },
          request.params.message_id,
          request.body,
        );
      },
    });

    app.get('/chatbots/:id/conversations/:conversation_id', {
      schema: {
        tags,
        summary: 'Get a conversation with its messages',
        params: ConversationParams,
        response: { 200: ConversationResponse, ...errorResponses },
      },
      handler: async (request) => {
        const { workspaceId } = requirePrincipal(request);
        const chatbot = await getChatbotRow(deps, workspaceId, request.params.id);
        return getConversation(deps.database, { workspaceId, chatbotId: chatbot.id }, request.params.conversation_id);
      },
    });
  };
}
