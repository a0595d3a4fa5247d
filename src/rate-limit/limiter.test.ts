import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from '../../test/helpers/engines.js';
import type { RateDecision, RateLimiter } from './limiter.js';
import { MemoryRateLimiter } from './memory-limiter.js';
import { RedisRateLimiter } from './redis-limiter.js';

// The same suite runs against every implementation: memory always, Redis
// whenever TEST_REDIS_URL is set (CI always sets it).
// Each run gets its own prefix so parallel runs never share keys; afterAll deletes them.
const PREFIX = `grivo:test:rl:${randomBytes(6).toString('hex')}:`;

/** A fresh limiter plus a timeline that starts when it is created. */
interface Harness {
  limiter: RateLimiter;
  /** Moves to `ms` after the start: sets the fake clock (memory) or sleeps (Redis). */
  at(ms: number): Promise<void>;
  /** True when time is a fake clock, so exact ms values can be asserted. */
  exact: boolean;
}

const connections: Redis[] = [];
function connect(): Redis {
  const redis = new Redis(TEST_REDIS_URL!);
  connections.push(redis);
  return redis;
}

const backends: { name: string; create(): Promise<Harness> }[] = [
  {
    name: 'memory',
    async create() {
      const start = Date.now();
      let now = start;
      const limiter = new MemoryRateLimiter({ now: () => now });
      return { limiter, exact: true, at: async (ms) => void (now = start + ms) };
    },
  },
];
if (TEST_REDIS_URL) {
  backends.push({
    name: 'redis',
    async create() {
      // Connected before the timeline starts: a first command that also
      // connects would record the hit "at 0" tens of ms late on a busy machine.
      const redis = connect();
      await redis.ping();
      const start = Date.now();
      const limiter = new RedisRateLimiter(redis, { prefix: PREFIX });
      return { limiter, exact: false, at: (ms) => sleep(Math.max(0, start + ms - Date.now())) };
    },
  });
}

afterAll(async () => {
  if (TEST_REDIS_URL) {
    const redis = connect();
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  await Promise.all(connections.map((c) => c.quit()));
});

let keySeq = 0;
const newKey = () => `key-${++keySeq}`;
const allowedCount = (ds: RateDecision[]) => ds.filter((d) => d.allowed).length;

describe.each(backends)('$name rate limiter', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await backend.create();
  });
  afterEach(() => h.limiter.close());

  it('admits exactly the limit out of 200 concurrent hits on one key', async () => {
    const key = newKey();
    const rule = { limit: 60, windowMs: 60_000 };
    const ds = await Promise.all(Array.from({ length: 200 }, () => h.limiter.consume(key, rule)));
    const admitted = ds.filter((d) => d.allowed);
    const denied = ds.filter((d) => !d.allowed);
    expect(admitted).toHaveLength(60);
    expect(denied).toHaveLength(140);
    expect(admitted.map((d) => d.remaining).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    for (const d of denied) {
      expect(d.remaining).toBe(0);
      expect(d.retryAfterMs).toBeGreaterThan(0);
      expect(d.retryAfterMs).toBeLessThanOrEqual(rule.windowMs);
    }
  });

  it('denies a hit just before the oldest expires, then admits exactly one', async () => {
    const key = newKey();
    const rule = { limit: 3, windowMs: 600 };
    let firstDone = 0;
    for (const t of [0, 200, 400]) {
      await h.at(t);
      expect((await h.limiter.consume(key, rule)).allowed).toBe(true);
      if (t === 0) firstDone = Date.now();
    }
    await h.at(450); // the hit at 0 leaves the window at 600
    const earlyStart = Date.now();
    const early = await h.limiter.consume(key, rule);
    expect(early.allowed).toBe(false);
    expect(early.retryAfterMs).toBeGreaterThan(0);
    // The first hit was recorded by the time its call returned, and this one after this call began.
    expect(early.retryAfterMs).toBeLessThanOrEqual(rule.windowMs - (earlyStart - firstDone) + 1);
    if (h.exact) expect(early.retryAfterMs).toBe(150);
    await h.at(650); // 0 has left; 200 and 400 are still in
    const ds = [await h.limiter.consume(key, rule), await h.limiter.consume(key, rule)];
    expect(ds.map((d) => d.allowed)).toEqual([true, false]);
    expect(ds[0]!.remaining).toBe(0);
    if (h.exact) expect(ds[1]!.retryAfterMs).toBe(150);
  });

  it('admits no more than the limit across a window boundary', async () => {
    const key = newKey();
    const rule = { limit: 3, windowMs: 600 };
    await h.limiter.consume(key, rule);
    await h.at(500);
    expect(allowedCount([await h.limiter.consume(key, rule), await h.limiter.consume(key, rule)])).toBe(2);
    // A fixed window restarting at 600 would admit 3 more here: 5 hits within 150 ms.
    await h.at(650);
    const ds = await Promise.all([1, 2, 3].map(() => h.limiter.consume(key, rule)));
    expect(allowedCount(ds)).toBe(1);
  });

  it('never admits more than the limit in any span of windowMs under a steady stream', async () => {
    const key = newKey();
    const rule = { limit: 3, windowMs: 400 };
    const admittedAt: number[] = [];
    for (let t = 0; t <= 1200; t += 40) {
      await h.at(t);
      const d = await h.limiter.consume(key, rule);
      // An admitted hit's resetAt is its own time + windowMs, in the limiter's clock.
      if (d.allowed) admittedAt.push(d.resetAt - rule.windowMs);
    }
    expect(admittedAt.length).toBeGreaterThanOrEqual(2 * rule.limit);
    for (let i = 0; i + rule.limit < admittedAt.length; i++) {
      expect(admittedAt[i + rule.limit]! - admittedAt[i]!).toBeGreaterThanOrEqual(rule.windowMs);
    }
  });

  it('peek never counts a hit', async () => {
    const key = newKey();
    const rule = { limit: 2, windowMs: 60_000 };
    for (let i = 0; i < 5; i++) {
      expect(await h.limiter.peek(key, rule)).toMatchObject({ allowed: true, remaining: 2, retryAfterMs: 0 });
    }
    expect((await h.limiter.consume(key, rule)).remaining).toBe(1);
    expect(await h.limiter.peek(key, rule)).toMatchObject({ allowed: true, remaining: 1 });
    expect((await h.limiter.consume(key, rule)).remaining).toBe(0);
    const peeked = await h.limiter.peek(key, rule);
    expect(peeked).toMatchObject({ allowed: false, remaining: 0 });
    expect(peeked.retryAfterMs).toBeGreaterThan(0);
    expect((await h.limiter.consume(key, rule)).allowed).toBe(false);
  });

  it('takes back a refunded hit, and only that one', async () => {
    const key = newKey();
    const rule = { limit: 3, windowMs: 60_000 };
    const ds = await Promise.all([1, 2, 3, 4].map(() => h.limiter.consume(key, rule)));
    expect(allowedCount(ds)).toBe(3);
    expect(ds.filter((d) => !d.allowed).every((d) => d.hit === undefined)).toBe(true);
    const admitted = ds.filter((d) => d.allowed);
    await h.limiter.refund(key, admitted[1]!.hit!);
    expect((await h.limiter.peek(key, rule)).remaining).toBe(1);
    // Refunding the same hit twice, or an unknown one, takes nothing more back.
    await h.limiter.refund(key, admitted[1]!.hit!);
    await h.limiter.refund(key, 'no-such-hit');
    expect((await h.limiter.consume(key, rule)).allowed).toBe(true);
    expect((await h.limiter.consume(key, rule)).allowed).toBe(false);
  });

  it('does not count denied hits', async () => {
    const key = newKey();
    const rule = { limit: 2, windowMs: 400 };
    await h.limiter.consume(key, rule);
    await h.at(200);
    await h.limiter.consume(key, rule);
    for (const t of [250, 300, 350]) {
      await h.at(t);
      const ds = await Promise.all([1, 2, 3, 4, 5].map(() => h.limiter.consume(key, rule)));
      expect(allowedCount(ds)).toBe(0);
    }
    // Only the admitted hits at 0 and 200 count; had the denied ones, both of these would be denied.
    await h.at(450);
    const ds = [await h.limiter.consume(key, rule), await h.limiter.consume(key, rule)];
    expect(ds.map((d) => d.allowed)).toEqual([true, false]);
    await h.at(650);
    expect((await h.limiter.consume(key, rule)).allowed).toBe(true);
  });

  it('keeps different keys independent', async () => {
    const [a, b] = [newKey(), newKey()];
    const rule = { limit: 2, windowMs: 60_000 };
    const onA = await Promise.all([1, 2, 3].map(() => h.limiter.consume(a, rule)));
    expect(allowedCount(onA)).toBe(2);
    const onB = await Promise.all([1, 2, 3].map(() => h.limiter.consume(b, rule)));
    expect(allowedCount(onB)).toBe(2);
    expect(await h.limiter.peek(newKey(), rule)).toMatchObject({ allowed: true, remaining: 2 });
  });
});

describe('MemoryRateLimiter sweep', () => {
  it('drops keys whose hits have all expired, and only those', async () => {
    let now = Date.now();
    const limiter = new MemoryRateLimiter({ now: () => now, sweepIntervalMs: 10 });
    await limiter.consume('short', { limit: 5, windowMs: 100 });
    await limiter.consume('long', { limit: 5, windowMs: 1000 });
    await limiter.peek('peeked', { limit: 5, windowMs: 100 });
    expect(limiter.size).toBe(2); // peek stores nothing
    now += 200;
    await sleep(50); // let the real interval run a few times
    expect(limiter.size).toBe(1);
    expect((await limiter.peek('long', { limit: 5, windowMs: 1000 })).remaining).toBe(4);
    now += 1000;
    await sleep(50);
    expect(limiter.size).toBe(0);
    await limiter.close();
  });
});

describe.runIf(TEST_REDIS_URL)('RedisRateLimiter across processes', () => {
  it('two limiters on separate connections together admit exactly the limit', async () => {
    const one = new RedisRateLimiter(connect(), { prefix: PREFIX });
    const two = new RedisRateLimiter(connect(), { prefix: PREFIX });
    const key = newKey();
    const rule = { limit: 30, windowMs: 60_000 };
    const ds = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? one : two).consume(key, rule)));
    expect(allowedCount(ds)).toBe(30);
    expect(
      ds
        .filter((d) => d.allowed)
        .map((d) => d.remaining)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('keeps one expiring key per limited key and leaves the connection open on close', async () => {
    const redis = connect();
    const limiter = new RedisRateLimiter(redis, { prefix: PREFIX });
    const key = newKey();
    await limiter.consume(key, { limit: 5, windowMs: 5000 });
    await limiter.consume(key, { limit: 5, windowMs: 5000 });
    expect(await redis.zcard(PREFIX + key)).toBe(2);
    const ttl = await redis.pttl(PREFIX + key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5000);
    await limiter.close();
    expect(await redis.ping()).toBe('PONG');
  });
});
