import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config, Plan } from '../../../config.js';
import { ApiError, notFound } from '../../../http/api-error.js';
import { rateLimited, setRateLimitHeaders } from '../../../http/rate-limit.js';
import type { RateLimiter } from '../../../rate-limit/limiter.js';
import type { Database } from '../../../storage/database.js';
import { settingsOf, type ChatbotRow } from '../chatbot-row.js';
import { findChatbotWithPlan } from '../store.js';
import { isOriginAllowed, siteOrigin } from './origin.js';
import { recordRefusedOrigin } from './refused-origins-store.js';

const DAY_MS = 86_400_000;

/** A widget request let in: the chatbot it is for, its plan, and the site it comes from. */
export interface Visit {
  chatbot: ChatbotRow;
  plan: Plan;
  origin: string;
}

export type Purpose = 'preflight' | 'settings' | 'chat' | 'lead' | 'conversation' | 'feedback';

export interface AdmitDeps {
  database: Database;
  limiter: RateLimiter;
  config: Pick<Config, 'plans' | 'rateLimit'>;
}

/** Checks a widget request's address, origin and limits (a question also counts against the chatbot's day). */
export function widgetAdmission(deps: AdmitDeps) {
  return async function admit(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    purpose: Purpose,
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
      // Kept for the owner's Embed tab, so a site they forgot is one click away;
      // a request over the IP's limit is not counted, so a flood writes nothing.
      const site = siteOrigin(origin);
      if (site && perIp.allowed) {
        await recordRefusedOrigin(
          deps.database.db,
          { workspaceId: chatbot.workspace_id, chatbotId: chatbot.id },
          site,
        ).catch((error: unknown) => request.log.warn({ err: error }, 'could not record a refused widget origin'));
      }
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
  };
}
