import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RateDecision, RateLimiter, RateRule } from './limiter.js';

/** Options for the Redis-backed limiter. */
export interface RedisRateLimiterOptions {
  /** Prepended to every limited key (default `grivo:rl:`). */
  prefix?: string;
}

const COMMAND = 'grivoRateLimit';

// One sorted set per limited key: score = admission time in ms, member =
// time + client nonce so hits in the same millisecond stay distinct.
// The time comes from Redis itself so API processes with skewed clocks agree.
// Touches only KEYS[1], so it is safe on a cluster.
// ARGV: limit, windowMs, nonce, dryRun ('1' = peek: decide but add nothing).
// Returns {allowed, remaining, resetAt, retryAfterMs[, hit]}, as in RateDecision.
const SCRIPT = `
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
if count < limit then
  if ARGV[4] ~= '1' then
    local member = now .. ':' .. ARGV[3]
    redis.call('ZADD', key, now, member)
    redis.call('PEXPIRE', key, math.ceil(window))
    return {1, limit - count - 1, now + window, 0, member}
  end
  local reset = now
  if count > 0 then reset = tonumber(redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')[2]) + window end
  return {1, limit - count, reset, 0}
end
if count == 0 then return {0, 0, now, window} end
local oldest = tonumber(redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')[2])
local newest = tonumber(redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')[2])
local retry = oldest + window - now
if retry < 1 then retry = 1 end
return {0, 0, newest + window, retry}
`;

type ScriptReply = [allowed: number, remaining: number, resetAt: number, retryAfterMs: number, hit?: string];

interface WithRateLimitCommand {
  [COMMAND](key: string, limit: number, windowMs: number, nonce: string, dryRun: string): Promise<ScriptReply>;
}

/**
 * Sliding-log limiter shared by every API process through Redis: one atomic
 * script round trip (EVALSHA) per call.
 */
export class RedisRateLimiter implements RateLimiter {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, options: RedisRateLimiterOptions = {}) {
    this.#redis = redis;
    this.#prefix = options.prefix ?? 'grivo:rl:';
    // Defining again on a shared connection is harmless: same name, same script.
    redis.defineCommand(COMMAND, { numberOfKeys: 1, lua: SCRIPT });
  }

  consume(key: string, rule: RateRule): Promise<RateDecision> {
    return this.#run(key, rule, false);
  }

  peek(key: string, rule: RateRule): Promise<RateDecision> {
    return this.#run(key, rule, true);
  }

  async refund(key: string, hit: string): Promise<void> {
    await this.#redis.zrem(this.#prefix + key, hit);
  }

  /** Does nothing: the Redis connection is shared and its owner (the composition root) quits it. */
  async close(): Promise<void> {}

  async #run(key: string, rule: RateRule, dryRun: boolean): Promise<RateDecision> {
    const redis = this.#redis as unknown as WithRateLimitCommand;
    const nonce = randomBytes(8).toString('hex');
    const [allowed, remaining, resetAt, retryAfterMs, hit] = await redis[COMMAND](
      this.#prefix + key,
      rule.limit,
      rule.windowMs,
      nonce,
      dryRun ? '1' : '0',
    );
    return { allowed: allowed === 1, limit: rule.limit, remaining, resetAt, retryAfterMs, ...(hit ? { hit } : {}) };
  }
}
