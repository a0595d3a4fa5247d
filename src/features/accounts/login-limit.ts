import { ApiError } from '../../http/api-error.js';
import type { RateDecision, RateLimiter, RateRule } from '../../rate-limit/limiter.js';
import { emailKey } from '../../lib/email.js';

interface Reserved {
  key: string;
  hit: string;
}

/**
 * Runs an attempt under failure budgets (per address, per account): each
 * attempt first reserves a failure in every budget — atomically, in memory
 * or in Redis — and only then runs (hashing a password costs 32 MiB and tens
 * of milliseconds). So however many attempts arrive at once, at most the
 * budget of them run; the rest get `refuse`. An attempt that fails with one
 * of `counted` keeps its reservations; any other outcome gives them back.
 */
async function limitAttempt<T>(
  deps: { limiter: RateLimiter; rule: RateRule },
  keys: string[],
  attempt: () => Promise<T>,
  options: { counted: ReadonlySet<string>; refuse: (decision: RateDecision) => ApiError },
): Promise<T> {
  const reserved: Reserved[] = [];
  const giveBack = () => Promise.all(reserved.map(({ key, hit }) => deps.limiter.refund(key, hit)));
  for (const key of keys) {
    const decision = await deps.limiter.consume(key, deps.rule);
    if (!decision.allowed) {
      await giveBack();
      throw options.refuse(decision);
    }
    if (decision.hit) reserved.push({ key, hit: decision.hit });
  }
  try {
    const result = await attempt();
    await giveBack();
    return result;
  } catch (error) {
    if (!(error instanceof ApiError && options.counted.has(error.code))) await giveBack();
    throw error;
  }
}

const WRONG_CREDENTIALS = new Set(['invalid_credentials']);

/**
 * A sign-in attempt under two failure budgets, per address and per account:
 * once either is spent, attempts are refused (right password or not) until
 * the window moves on, so passwords cannot be guessed online.
 */
export function limitLogIn<T>(
  deps: { limiter: RateLimiter; rule: RateRule },
  who: { ip: string; email: string },
  attempt: () => Promise<T>,
  refuse: (decision: RateDecision) => ApiError,
): Promise<T> {
  const keys = [`loginfail:ip:${who.ip}`, `loginfail:email:${emailKey(who.email.trim())}`];
  return limitAttempt(deps, keys, attempt, { counted: WRONG_CREDENTIALS, refuse });
}

const ACCOUNT_EXISTS = new Set(['account_exists']);

/**
 * A sign-up under the address's sign-in failure budget: one that finds the
 * email taken counts as a failed sign-in, so probing which addresses have an
 * account costs as much as guessing passwords.
 */
export function limitSignUp<T>(
  deps: { limiter: RateLimiter; rule: RateRule },
  who: { ip: string },
  attempt: () => Promise<T>,
  refuse: (decision: RateDecision) => ApiError,
): Promise<T> {
  return limitAttempt(deps, [`loginfail:ip:${who.ip}`], attempt, { counted: ACCOUNT_EXISTS, refuse });
}
