import type { Config, Plan } from '../../config.js';
import { apiTime } from '../../lib/time.js';
import type { RateLimiter } from '../../rate-limit/limiter.js';
import type { Db } from '../../storage/database.js';
import { rateLimitKey } from '../../http/rate-limit.js';
import { readContactsCount } from '../contacts/store.js';
import type { Principal } from '../../http/principal.js';
import type { UsageResponse } from './schema.js';
import type { z } from 'zod';

/** The first instant of the current month, UTC. */
function monthStart(now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
}

async function chatbotTotals(db: Db, workspaceId: string) {
  const row = await db
    .selectFrom('chatbots')
    .select((eb) => [
      eb.fn.countAll<number>().as('chatbots'),
      eb.fn.sum<number>('pages_trained').as('pages'),
      eb.fn.max<number>('pages_trained').as('largest'),
    ])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return { chatbots: Number(row.chatbots), pages: Number(row.pages ?? 0), largest: Number(row.largest ?? 0) };
}

// Read from the hourly timeline, an indexed aggregate, never the per-recipient rows.
async function emailsSince(db: Db, workspaceId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('campaign_timeline')
    .select((eb) => eb.fn.sum<number>('sent').as('sent'))
    .where('workspace_id', '=', workspaceId)
    .where('hour', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.sent ?? 0);
}

/** The workspace's plan, its limits, and how much of each it uses. */
export async function getUsage(
  deps: { db: Db; limiter: RateLimiter; config: Pick<Config, 'plans' | 'rateLimit'> },
  principal: Principal,
): Promise<z.infer<typeof UsageResponse>> {
  const plan = deps.config.plans[principal.plan as Plan];
  const rule = { limit: plan.requests, windowMs: deps.config.rateLimit.windowMs };
  const [bots, contacts, emails, rate] = await Promise.all([
    chatbotTotals(deps.db, principal.workspaceId),
    readContactsCount(deps.db, principal.workspaceId),
    emailsSince(deps.db, principal.workspaceId, monthStart()),
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
