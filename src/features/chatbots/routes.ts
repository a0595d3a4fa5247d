import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PageQuery } from '../../http/pagination.js';
import { requirePrincipal } from '../../http/principal.js';
import { DeletedResponse, errors, errorsOf, listOf } from '../../http/openapi.js';
import type { AnswerDeps } from './chat/answer.js';
import { getConversation, listConversations } from './chat/conversations.js';
import {
  ChatBody,
  ChatResponse,
  ChatStreamMeta,
  ConversationParams,
  ConversationResponse,
  ConversationSummary,
  ListConversationsQuery,
} from './chat/schema.js';
import { chat, chatToEnd } from './chat/service.js';
import { sendAsEvents, streamedAnswer } from './chat/sse.js';
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
        operationId: 'listChatbots',
        summary: 'List all chatbots',
        description: 'The chatbots of your workspace, newest first, a page at a time.',
        querystring: PageQuery,
        response: {
          200: listOf(ChatbotResponse),
          ...errors(errorsOf.read, {
            invalid_request: 'page or per_page is not a whole number in range; `param` names it.',
          }),
        },
      },
      handler: (request) => listChatbots(deps, requirePrincipal(request), request.query),
    });

    app.post('/chatbots', {
      schema: {
        tags,
        operationId: 'createChatbot',
        summary: 'Create a new chatbot',
        description:
          'Creates the chatbot and, when it has a website_url, sitemap_url or urls, starts training it in the background (`status: training`). Only `name` is required.',
        body: CreateChatbotBody,
        response: {
          201: ChatbotResponse,
          ...errors(errorsOf.postJson, {
            plan_limit_exceeded:
              "Your plan's chatbots are all in use, or crawl.max_pages or urls exceed its pages per chatbot.",
          }),
        },
      },
      handler: async (request, reply) => {
        const chatbot = await createChatbot(deps, requirePrincipal(request), request.body);
        return reply.code(201).send(chatbot);
      },
    });

    app.get('/chatbots/:id', {
      schema: {
        tags,
        operationId: 'getChatbot',
        summary: 'Get chatbot details',
        description: "A chatbot's settings, and where its training stands (`status`, `training`, `pages_trained`).",
        params: ChatbotParams,
        response: {
          200: ChatbotResponse,
          ...errors(errorsOf.read, { not_found: 'No chatbot with this id in your workspace.' }),
        },
      },
      handler: (request) => getChatbot(deps, requirePrincipal(request), request.params.id),
    });

    app.patch('/chatbots/:id', {
      schema: {
        tags,
        operationId: 'updateChatbot',
        summary: 'Update chatbot settings',
        description:
          'Changes the fields given and leaves the others. Changing what it trains on does not retrain it: call train (or let retrain_schedule do it).',
        params: ChatbotParams,
        body: UpdateChatbotBody,
        response: {
          200: ChatbotResponse,
          ...errors(errorsOf.patchJson, {
            not_found: 'No chatbot with this id in your workspace.',
            plan_limit_exceeded: "crawl.max_pages or urls exceed your plan's pages per chatbot.",
          }),
        },
      },
      handler: (request) => updateChatbot(deps, requirePrincipal(request), request.params.id, request.body),
    });

    app.delete('/chatbots/:id', {
      schema: {
        tags,
        operationId: 'deleteChatbot',
        summary: 'Delete a chatbot',
        description:
          'Deletes the chatbot with its pages, sources, conversations and leads. Its widget stops answering at once.',
        params: ChatbotParams,
        response: {
          200: DeletedResponse,
          ...errors(errorsOf.change, { not_found: 'No chatbot with this id in your workspace.' }),
        },
      },
      handler: async (request) => {
        await deleteChatbot(deps, requirePrincipal(request), request.params.id);
        return { id: request.params.id, deleted: true as const };
      },
    });

    app.post('/chatbots/:id/train', {
      schema: {
        tags,
        operationId: 'trainChatbot',
        summary: 'Train the chatbot on its website again',
        description:
          'Crawls the sources and re-indexes only what changed; the chatbot keeps answering from its current pages meanwhile. While a training is queued, asking again changes nothing; while one runs, asking again stops it at its next step and starts over, taking in what changed meanwhile; the chatbot stays training until the new run ends.',
        params: ChatbotParams,
        response: {
          202: ChatbotResponse,
          ...errors(errorsOf.post, {
            not_found: 'No chatbot with this id in your workspace.',
            invalid_request:
              'The chatbot has nothing to train on (no website_url, sitemap_url or urls), or the `Idempotency-Key` header is over 255 characters.',
          }),
        },
      },
      handler: async (request, reply) =>
        reply.code(202).send(await trainChatbot(deps, requirePrincipal(request), request.params.id)),
    });

    app.get('/chatbots/:id/pages', {
      schema: {
        tags,
        operationId: 'listChatbotPages',
        summary: 'List trained pages',
        description: 'The pages the chatbot was trained on, and those it left out with the reason, by URL.',
        params: ChatbotParams,
        querystring: ListPagesQuery,
        response: {
          200: listOf(TrainedPageResponse),
          ...errors(errorsOf.read, {
            not_found: 'No chatbot with this id in your workspace.',
            invalid_request: 'A query parameter is invalid; `param` names it.',
          }),
        },
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
        operationId: 'chatWithChatbot',
        summary: 'Ask the chatbot a question',
        description:
          'Answers from the trained pages only, citing them; `answered: false` when nothing on them answers. Continue a conversation with its `conversation_id`. With `stream: true`, answers as Server-Sent Events: `meta`, `delta`…, `done`.',
        params: ChatbotParams,
        body: ChatBody,
        media: { response: streamedAnswer(ChatStreamMeta, ChatResponse) },
        response: {
          200: ChatResponse,
          ...errors(errorsOf.postJson, {
            not_found: 'No chatbot with this id in your workspace, or no conversation with conversation_id for it.',
          }),
        },
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
        operationId: 'searchChatbot',
        summary: "Search the chatbot's trained pages",
        description:
          'The sections the chat would answer from, ranked, each once, deep-linked to the section. For testing retrieval: nothing is stored and no conversation starts.',
        params: ChatbotParams,
        body: SearchBody,
        response: {
          200: SearchResponse,
          ...errors(errorsOf.postJson, { not_found: 'No chatbot with this id in your workspace.' }),
        },
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
        operationId: 'listConversations',
        summary: 'List conversations',
        description: 'Latest first; filter by unanswered questions, rated answers or leads.',
        params: ChatbotParams,
        querystring: ListConversationsQuery,
        response: {
          200: listOf(ConversationSummary),
          ...errors(errorsOf.read, {
            not_found: 'No chatbot with this id in your workspace.',
            invalid_request: 'A query parameter is invalid; `param` names it.',
          }),
        },
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
        operationId: 'rateAnswer',
        summary: 'Rate an answer',
        description: 'Thumbs up or down, with an optional comment; rating again replaces it. Counted in the analytics.',
        params: MessageParams,
        body: FeedbackBody,
        response: {
          200: FeedbackResponse,
          ...errors(errorsOf.postJson, {
            not_found: 'No chatbot with this id in your workspace, or no message with message_id in its conversations.',
            invalid_parameter:
              'The message is a question, not an answer; or a header, path or query parameter holds a NUL character or an unpaired surrogate.',
          }),
        },
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
        operationId: 'getConversation',
        summary: 'Get a conversation with its messages',
        description: "The conversation's questions and answers, oldest first, with their sources and ratings.",
        params: ConversationParams,
        response: {
          200: ConversationResponse,
          ...errors(errorsOf.read, {
            not_found: 'No chatbot with this id in your workspace, or no conversation with conversation_id for it.',
          }),
        },
      },
      handler: async (request) => {
        const { workspaceId } = requirePrincipal(request);
        const chatbot = await getChatbotRow(deps, workspaceId, request.params.id);
        return getConversation(deps.database, { workspaceId, chatbotId: chatbot.id }, request.params.conversation_id);
      },
    });
  };
}
