import { ApiError } from '../../lib/api-error.js';
import type { RateDecision, RateLimiter, RateRule } from '../../rate-limit/limiter.js';
import { emailKey } from '../contacts/email.js';

/**
 * Runs a sign-in attempt under two failure budgets, per address and per
 * account: once either is spent, attempts are refused (right password or
 * not) until the window moves on, so passwords cannot be guessed online.
 */
export async function limitLogIn<T>(
  deps: { limiter: RateLimiter; rule: RateRule },
  who: { ip: string; email: string },
  attempt: () => Promise<T>,
  refuse: (decision: RateDecision) => ApiError,
): Promise<T> {
  const keys = [`loginfail:ip:${who.ip}`, `loginfail:email:${emailKey(who.email.trim())}`];
  for (const key of keys) {
    const decision = await deps.limiter.peek(key, deps.rule);
    if (!decision.allowed) throw refuse(decision);
  }
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'invalid_credentials') for (const key of keys) await deps.limiter.consume(key, deps.rule);
    throw error;
  }
}
