import type { RateDecision, RateLimiter, RateRule } from './limiter.js';

/** Options for the in-process limiter. */
export interface MemoryRateLimiterOptions {
  /** Epoch-ms clock; tests inject a fake one. Defaults to `Date.now`. */
  now?: () => number;
  /** How often keys whose hits have all expired are dropped (default 60 s). */
  sweepIntervalMs?: number;
}

interface HitLog {
  /** Admitted hit times, oldest first; never longer than the largest limit seen. */
  hits: number[];
  /** Each hit's id (for refund), in the same order. */
  ids: number[];
  /** The window last used with this key, so the sweep knows when it is stale. */
  windowMs: number;
}

const NO_HITS: readonly number[] = [];

/**
 * Sliding-log limiter held in this process's memory: for the embedded,
 * single-process deployment. Several API processes need the Redis one.
 */
export class MemoryRateLimiter implements RateLimiter {
  readonly #logs = new Map<string, HitLog>();
  readonly #now: () => number;
  readonly #sweeper: NodeJS.Timeout;
  #nextId = 0;

  constructor(options: MemoryRateLimiterOptions = {}) {
    this.#now = options.now ?? Date.now;
    // Without the sweep, every key ever seen (one per API key or IP) would stay forever.
    // unref(): the sweep alone must not keep the process alive.
    this.#sweeper = setInterval(() => this.sweep(), options.sweepIntervalMs ?? 60_000);
    this.#sweeper.unref();
  }

  /** Number of keys currently tracked (for tests and metrics). */
  get size(): number {
    return this.#logs.size;
  }

  async consume(key: string, rule: RateRule): Promise<RateDecision> {
    return this.#decide(key, rule, true);
  }

  async peek(key: string, rule: RateRule): Promise<RateDecision> {
    return this.#decide(key, rule, false);
  }

  async refund(key: string, hit: string): Promise<void> {
    const log = this.#logs.get(key);
    const index = log ? log.ids.lastIndexOf(Number(hit)) : -1;
    if (index === -1) return;
    log!.hits.splice(index, 1);
    log!.ids.splice(index, 1);
  }

  /** Drops every key whose hits have all left their window. Runs on a timer; callable directly. */
  sweep(): void {
    const now = this.#now();
    for (const [key, log] of this.#logs) {
      const newest = log.hits[log.hits.length - 1];
      if (newest === undefined || newest <= now - log.windowMs) this.#logs.delete(key);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.#sweeper);
    this.#logs.clear();
  }

  #decide(key: string, rule: RateRule, count: boolean): RateDecision {
    const now = this.#now();
    const { limit, windowMs } = rule;
    let log = this.#logs.get(key);
    if (log) {
      pruneExpired(log, now - windowMs);
      log.windowMs = windowMs;
    }
    const hits = log?.hits ?? NO_HITS;
    const allowed = hits.length < limit;
    let hit: number | undefined;
    if (allowed && count) {
      if (!log) {
        log = { hits: [], ids: [], windowMs };
        this.#logs.set(key, log);
      }
      // A wall clock stepped backwards leaves the log slightly unsorted; pruning then
      // keeps a hit a little longer than needed, which errs on the strict side.
      log.hits.push(now);
      log.ids.push((hit = this.#nextId++));
    }
    const after = log?.hits ?? NO_HITS;
    const oldest = after[0];
    const newest = after[after.length - 1];
    return {
      allowed,
      limit,
      remaining: Math.max(0, limit - after.length),
      resetAt: newest === undefined ? now : newest + windowMs,
      retryAfterMs: allowed ? 0 : oldest === undefined ? windowMs : Math.max(1, oldest + windowMs - now),
      ...(hit === undefined ? {} : { hit: String(hit) }),
    };
  }
}

/** Removes hits at or before `cutoff` from the front of a time-ordered log. */
function pruneExpired(log: HitLog, cutoff: number): void {
  let n = 0;
  while (n < log.hits.length && log.hits[n]! <= cutoff) n++;
  if (n > 0) {
    log.hits.splice(0, n);
    log.ids.splice(0, n);
  }
}
