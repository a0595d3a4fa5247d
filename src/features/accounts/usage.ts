import type { Config, Plan } from '../../config.js';
import { apiTime } from '../../lib/time.js';
import type { RateLimiter } from '../../rate-limit/limiter.js';
import type { Db } from '../../storage/database.js';
import { rateLimitKey } from '../../http/rate-limit.js';
import { emailsSentSince } from '../campaigns/store.js';
import { chatbotUsage } from '../chatbots/store.js';
import { readContactsCount } from '../workspaces/store.js';
import type { Principal } from '../../http/principal.js';
import type { UsageResponse } from './schema.js';
import type { z } from 'zod';

/** The first instant of the current month, UTC. */
function monthStart(now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
}

/** The workspace's plan, its limits, and how much of each it uses. */
export async function getUsage(
  deps: { db: Db; limiter: RateLimiter; config: Pick<Config, 'plans' | 'rateLimit'> },
  principal: Principal,
): Promise<z.infer<typeof UsageResponse>> {
  const plan = deps.config.plans[principal.plan as Plan];
  const rule = { limit: plan.requests, windowMs: deps.config.rateLimit.windowMs };
  const [bots, contacts, emails, rate] = await Promise.all([
    chatbotUsage(deps.db, principal.workspaceId),
    readContactsCount(deps.db, principal.workspaceId),
    emailsSentSince(deps.db, principal.workspaceId, monthStart()),
    // What the workspace's API keys have left; the dashboard's own requests count apart.
    deps.limiter.peek(rateLimitKey({ workspaceId: principal.workspaceId, userId: null }), rule),
  ]);
  return {
    plan: principal.plan,
    limits: {
      chatbots: plan.chatbots,
      pages_per_chatbot: plan.pages,
      contacts: plan.contacts,
      emails_per_month: null,
      chat_messages_per_day: plan.chatMessagesPerDay,
      requests_per_window: plan.requests,
      window_seconds: deps.config.rateLimit.windowMs / 1000,
    },
    usage: {
      chatbots: bots.chatbots,
      pages_trained: bots.pages,
      largest_chatbot_pages: bots.largest,
      contacts,
      emails_this_month: emails,
    },
    rate_limit: {
      limit: rate.limit,
      remaining: rate.remaining,
      reset_at: apiTime(new Date(rate.resetAt).toISOString()),
    },
  };
}
