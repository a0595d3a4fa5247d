/** How a key is limited: at most `limit` hits in any `windowMs` span (sliding log). */
export interface RateRule {
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  /** Hits still allowed in the current window after this one. */
  remaining: number;
  /** Epoch ms when every hit now in the window has left it (the quota is full again). */
  resetAt: number;
  /** When not allowed: ms until the oldest hit leaves the window and one more is allowed. */
  retryAfterMs: number;
  /** The hit a consume admitted, for `refund`; absent when nothing was counted. */
  hit?: string;
}

/**
 * Sliding-log rate limiter: a request is admitted only if fewer than `limit`
 * requests were admitted in the last `windowMs`, so no span of that length —
 * window edges included — ever admits more than the limit.
 */
export interface RateLimiter {
  /** Admits and counts one hit if the key is under its limit. Atomic. */
  consume(key: string, rule: RateRule): Promise<RateDecision>;
  /** Reports what consume would decide, without counting a hit. */
  peek(key: string, rule: RateRule): Promise<RateDecision>;
  /**
   * Takes back a hit that consume admitted (its decision's `hit`): a slot
   * reserved before the work, returned when the work turned out not to count.
   */
  refund(key: string, hit: string): Promise<void>;
  close(): Promise<void>;
}
