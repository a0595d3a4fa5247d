import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { ApiError } from './api-error.js';
import type { RateDecision, RateLimiter } from '../rate-limit/limiter.js';

export function setRateLimitHeaders(reply: FastifyReply, decision: RateDecision): void {
  reply.header('x-ratelimit-limit', decision.limit);
  reply.header('x-ratelimit-remaining', decision.remaining);
  reply.header('x-ratelimit-reset', Math.ceil(decision.resetAt / 1000));
}

/** A 429 for a denied decision; sets Retry-After (whole seconds, at least 1). */
export function rateLimited(reply: FastifyReply, decision: RateDecision, message: string): ApiError {
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  reply.header('retry-after', seconds);
  return new ApiError('rate_limit_exceeded', `${message} Retry after ${seconds} second${seconds === 1 ? '' : 's'}.`);
}

/**
 * The bucket a caller's requests count in. A dashboard user has their own,
 * of the same plan size, so a busy dashboard never throttles the workspace's
 * production integration, nor the integration the dashboard.
 */
export function rateLimitKey(principal: { workspaceId: string; userId: string | null }): string {
  return principal.userId ? `user:${principal.userId}` : `ws:${principal.workspaceId}`;
}

/**
 * Counts the request against its workspace's plan limit, or, on public routes,
 * against the caller's IP address.
 */
export function rateLimit(deps: { limiter: RateLimiter; config: Pick<Config, 'plans' | 'rateLimit'> }) {
  const { limiter, config } = deps;
  return async function rateLimit(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const principal = request.principal;
    const decision = principal
      ? await limiter.consume(rateLimitKey(principal), {
          limit: config.plans[principal.plan].requests,
          windowMs: config.rateLimit.windowMs,
        })
      : await limiter.consume(`ip:${request.ip}`, {
          limit: config.rateLimit.publicRequests,
          windowMs: config.rateLimit.windowMs,
        });
    setRateLimitHeaders(reply, decision);
    if (!decision.allowed) {
      const who = principal ? `this workspace's ${principal.plan} plan` : 'unauthenticated requests from your address';
      throw rateLimited(
        reply,
        decision,
        `Too many requests: the limit for ${who} is ${decision.limit} per ${config.rateLimit.windowMs / 1000} seconds.`,
      );
    }
  };
}
