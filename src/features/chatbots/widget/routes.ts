import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../../config.js';
import { errors, errorsOf } from '../../../http/openapi.js';
import { ApiError } from '../../../http/api-error.js';
import type { RateLimiter } from '../../../rate-limit/limiter.js';
import type { Queue } from '../../../jobs/queue.js';
import type { ContactDeps } from '../../contacts/service.js';
import { settingsOf } from '../chatbot-row.js';
import type { AnswerDeps } from '../chat/answer.js';
import { ChatBody } from '../chat/schema.js';
import { chat, chatToEnd } from '../chat/service.js';
import { sendAsEvents, streamedAnswer } from '../chat/sse.js';
import { widgetAdmission } from './admit.js';
import { conversationToken, requireConversationToken, TOKEN_HEADER } from './conversation-token.js';
import { conversationRoutes } from './conversation-routes.js';
import { captureLead } from './leads.js';
import {
  LeadBody,
  LeadResponse,
  PublicChatbotParams,
  PublicChatbotResponse,
  WidgetChatResponse,
  WidgetChatStreamMeta,
} from './schema.js';

const tags = ['Widget'];
const WIDGET_BUNDLE = fileURLToPath(new URL('../../../../dist/widget/widget.js', import.meta.url));

async function loadBundle(): Promise<{ body: Buffer; etag: string }> {
  const body = await fs.promises.readFile(WIDGET_BUNDLE).catch(() => undefined);
  if (!body) throw new ApiError('service_unavailable', 'The widget has not been built: run npm run build.');
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

export interface WidgetDeps extends AnswerDeps, ContactDeps {
  queue: Queue;
  limiter: RateLimiter;
  config: ContactDeps['config'] & Pick<Config, 'plans' | 'rateLimit' | 'publicUrl'>;
  /** Its secret signs visitors' conversation tokens. */
  signer: { secret: Buffer };
}

/**
 * What the website widget talks to: the chatbot's public settings, its chat
 * and its lead form, and a visitor's own conversation (read back, answers
 * rated) by the token its first answer gave. No key: a chatbot's id is
 * public. Each request must come from a page on one of the chatbot's
 * allowed_domains (Origin checked; a preflight from elsewhere fails), and is
 * limited per IP address and, for questions, per chatbot per day.
 */
export function widgetRoutes(deps: WidgetDeps): FastifyPluginAsyncZod {
  const admit = widgetAdmission(deps);
  return async function widget(app) {
    // Every widget response is readable by the page that asked — errors
    // included, so the widget can say what went wrong. Which pages get an
    // answer at all is decided on the server, by the Origin check in admit().
    app.addHook('onRequest', async function widgetCors(request, reply) {
      const origin = request.headers.origin;
      if (!origin || !request.url.startsWith('/public/')) return;
      reply
        .header('access-control-allow-origin', origin)
        .header('vary', 'Origin')
        .header(
          'access-control-expose-headers',
          'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset',
        );
    });

    // Every page view of every site using the widget asks for it: read once, revalidated by ETag.
    let bundle: { body: Buffer; etag: string } | undefined;
    app.get('/widget.js', { schema: { hide: true } }, async (request, reply) => {
      bundle ??= await loadBundle();
      reply
        .header('cache-control', 'public, max-age=300')
        .header('etag', bundle.etag)
        .header('access-control-allow-origin', '*');
      if (request.headers['if-none-match'] === bundle.etag) return reply.code(304).send();
      return reply.type('application/javascript; charset=utf-8').send(bundle.body);
    });

    app.options('/public/chatbots/*', { schema: { hide: true } }, async (request, reply) => {
      const id = (request.params as { '*': string })['*'].split('/')[0] ?? '';
      await admit(request, reply, id, 'preflight');
      return reply
        .code(204)
        .header('access-control-allow-methods', 'GET, POST')
        .header('access-control-allow-headers', `content-type, ${TOKEN_HEADER}`)
        .header('access-control-max-age', '600')
        .send();
    });

    app.get('/public/chatbots/:id', {
      schema: {
        tags,
        operationId: 'publicGetChatbot',
        summary: "Get a chatbot's public settings (widget)",
        description: 'What the widget needs to show itself: the name, colour, position, first words and lead form.',
        security: [],
        params: PublicChatbotParams,
        response: { 200: PublicChatbotResponse, ...errors(errorsOf.widget) },
      },
      handler: async (request, reply) => {
        const { chatbot } = await admit(request, reply, request.params.id, 'settings');
        const settings = settingsOf(chatbot);
        return {
          id: chatbot.id,
          name: chatbot.display_name || chatbot.name,
          starter_questions: JSON.parse(chatbot.starter_questions) as string[],
          welcome_message: chatbot.welcome_message,
          color: settings.color,
          position: settings.position,
          lead_capture: settings.leadCapture,
        };
      },
    });

    app.post('/public/chatbots/:id/chat', {
      bodyLimit: 16_384,
      schema: {
        tags,
        operationId: 'publicChat',
        summary: 'Ask a question (widget)',
        params: PublicChatbotParams,
        description: `Answers from the trained pages, as the chat endpoint does (with \`stream: true\`, as Server-Sent Events). Continuing a conversation takes the \`conversation_token\` its first answer gave, in the ${TOKEN_HEADER} header. Limited per IP address, and per chatbot per day by its plan. Body: at most 16 KB.`,
        security: [],
        body: ChatBody,
        media: { response: streamedAnswer(WidgetChatStreamMeta, WidgetChatResponse) },
        response: {
          200: WidgetChatResponse,
          ...errors(errorsOf.widget, errorsOf.json, {
            unknown_parameter: 'A body field this endpoint does not take; `param` names it.',
            not_found:
              'No chatbot with this id, or no conversation with conversation_id for this visitor (its token missing or wrong).',
            rate_limit_exceeded:
              'Too many requests from your address this window, or the chatbot has answered as many questions as its plan allows today: retry after `Retry-After` seconds.',
          }),
        },
      },
      handler: async (request, reply) => {
        const visit = await admit(request, reply, request.params.id, 'chat');
        const continued = request.body.conversation_id;
        if (continued) requireConversationToken(deps.signer.secret, request, continued);
        const exchange = await chat(
          deps,
          { chatbot: visit.chatbot, channel: 'widget', origin: visit.origin },
          request.body,
        );
        const withToken = {
          ...exchange,
          conversation_token: conversationToken(deps.signer.secret, exchange.conversation_id),
        };
        return request.body.stream
          ? sendAsEvents(reply, withToken)
          : { ...(await chatToEnd(exchange)), conversation_token: withToken.conversation_token };
      },
    });

    app.post('/public/chatbots/:id/leads', {
      bodyLimit: 16_384,
      schema: {
        tags,
        operationId: 'publicCreateLead',
        summary: 'Leave contact details (widget)',
        description: `The visitor's name and email, kept on the conversation (its token in the ${TOKEN_HEADER} header) and added to the workspace's contacts (tagged as a lead) unless its plan is full. Body: at most 16 KB.`,
        security: [],
        params: PublicChatbotParams,
        body: LeadBody,
        response: {
          201: LeadResponse,
          ...errors(errorsOf.widget, errorsOf.json, {
            unknown_parameter: 'A body field this endpoint does not take; `param` names it.',
            invalid_request:
              'A field is missing or invalid (`param` names it), or the chatbot does not collect contact details.',
            not_found:
              'No chatbot with this id, or no conversation with conversation_id for this visitor (its token missing or wrong).',
          }),
        },
      },
      handler: async (request, reply) => {
        const visit = await admit(request, reply, request.params.id, 'lead');
        if (!settingsOf(visit.chatbot).leadCapture.enabled)
          throw new ApiError('invalid_request', 'This chatbot does not collect contact details.');
        if (request.body.conversation_id)
          requireConversationToken(deps.signer.secret, request, request.body.conversation_id);
        const lead = await captureLead(deps, visit, request.body, request.ip);
        return reply
          .code(201)
          .send({ ...lead, conversation_token: conversationToken(deps.signer.secret, lead.conversation_id) });
      },
    });

    await app.register(conversationRoutes(deps, admit));
  };
}
