import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config, Plan } from '../../../config.js';
import { errorResponses } from '../../../http/openapi.js';
import { rateLimited, setRateLimitHeaders } from '../../../http/rate-limit.js';
import { ApiError, notFound } from '../../../http/api-error.js';
import type { RateLimiter } from '../../../rate-limit/limiter.js';
import type { ContactDeps } from '../../contacts/service.js';
import { settingsOf, type ChatbotRow } from '../chatbot-row.js';
import type { AnswerDeps } from '../chat/answer.js';
import { ChatBody, ChatResponse } from '../chat/schema.js';
import { chat, chatToEnd } from '../chat/service.js';
import { sendAsEvents } from '../chat/sse.js';
import { findChatbotWithPlan } from '../store.js';
import { captureLead } from './leads.js';
import { isOriginAllowed } from './origin.js';
import { LeadBody, LeadResponse, PublicChatbotParams, PublicChatbotResponse } from './schema.js';

const tags = ['Widget'];
const DAY_MS = 86_400_000;
const WIDGET_BUNDLE = fileURLToPath(new URL('../../../../dist/widget/widget.js', import.meta.url));

async function loadBundle(): Promise<{ body: Buffer; etag: string }> {
  const body = await fs.promises.readFile(WIDGET_BUNDLE).catch(() => undefined);
  if (!body) throw new ApiError('service_unavailable', 'The widget has not been built: run npm run build.');
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

export interface WidgetDeps extends AnswerDeps, ContactDeps {
  limiter: RateLimiter;
  config: ContactDeps['config'] & Pick<Config, 'plans' | 'rateLimit' | 'publicUrl'>;
}

interface Visit {
  chatbot: ChatbotRow;
  plan: Plan;
  origin: string;
}

/**
 * What the website widget talks to: the chatbot's public settings, its chat
 * and its lead form. No key: a chatbot's id is public. Each request must come
 * from a page on one of the chatbot's allowed_domains (Origin checked; a
 * preflight from elsewhere fails), and is limited per IP address and, for questions, per chatbot per day.
 */
export function widgetRoutes(deps: WidgetDeps): FastifyPluginAsyncZod {
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
        .header('access-control-allow-headers', 'content-type')
        .header('access-control-max-age', '600')
        .send();
    });

    app.get('/public/chatbots/:id', {
      schema: {
        tags,
        summary: "A chatbot's public settings (widget)",
        params: PublicChatbotParams,
        response: { 200: PublicChatbotResponse, ...errorResponses },
      },
      handler: async (request, reply) => {
        const { chatbot } = await admit(request, reply, request.params.id, 'settings');
        const settings = settingsOf(chatbot);
        return {
          id: chatbot.id,
          name: chatbot.name,
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
        summary: 'Ask a question (widget)',
        params: PublicChatbotParams,
        body: ChatBody,
        response: { 200: ChatResponse, ...errorResponses },
      },
      handler: async (request, reply) => {
        const visit = await admit(request, reply, request.params.id, 'chat');
        const exchange = await chat(
          deps,
          { chatbot: visit.chatbot, channel: 'widget', origin: visit.origin },
          request.body,
        );
        return request.body.stream ? sendAsEvents(reply, exchange) : chatToEnd(exchange);
      },
    });

    app.post('/public/chatbots/:id/leads', {
      bodyLimit: 16_384,
      schema: {
        tags,
        summary: 'Leave contact details (widget)',
        params: PublicChatbotParams,
        body: LeadBody,
        response: { 201: LeadResponse, ...errorResponses },
      },
      handler: async (request, reply) => {
        const visit = await admit(request, reply, request.params.id, 'lead');
        if (!settingsOf(visit.chatbot).leadCapture.enabled)
          throw new ApiError('invalid_request', 'This chatbot does not collect contact details.');
        return reply.code(201).send(await captureLead(deps, visit, request.body));
      },
    });
  };

  /** Checks the caller's address, origin and limits. */
  async function admit(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    purpose: 'preflight' | 'settings' | 'chat' | 'lead',
  ): Promise<Visit> {
    const perIp = await deps.limiter.consume(`widget:ip:${request.ip}`, {
      limit: deps.config.rateLimit.widgetRequests,
      windowMs: deps.config.rateLimit.windowMs,
    });
    setRateLimitHeaders(reply, perIp);
    const origin = request.headers.origin;
    const found = await findChatbotWithPlan(deps.database.db, id);
    if (!found) throw notFound('chatbot', id, '');
    const { chatbot } = found;
    const allowed = settingsOf(chatbot).allowedDomains;
    if (!isOriginAllowed(origin, allowed)) {
      throw new ApiError(
        'origin_not_allowed',
        origin
          ? `This chatbot's widget is not enabled on ${origin}. Add its host to the chatbot's allowed_domains.`
          : 'The widget API answers pages in a browser only: the request has no Origin header.',
      );
    }
    if (!perIp.allowed) throw rateLimited(reply, perIp, 'Too many messages from your address.');
    const plan = found.plan as Plan;
    if (purpose === 'chat') {
      const daily = await deps.limiter.consume(`widget:bot:${chatbot.id}`, {
        limit: deps.config.plans[plan].chatMessagesPerDay,
        windowMs: DAY_MS,
      });
      if (!daily.allowed)
        throw rateLimited(reply, daily, 'This chatbot has answered as many questions as its plan allows today.');
    }
    return { chatbot, plan, origin: origin! };
  }
}
