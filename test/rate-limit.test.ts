import { afterEach, describe, expect, it } from 'vitest';
import { randomBase62 } from '../src/lib/ids.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { DIALECTS, TEST_REDIS_URL } from './helpers/engines.js';

// Every combination the product runs in: each database with the in-memory
// limiter, and with the Redis limiter whenever Redis is available.
const MODES = [
  ...DIALECTS.map((dialect) => ({ name: `${dialect} + memory limiter`, dialect, env: {} as Record<string, string> })),
  ...(TEST_REDIS_URL
    ? DIALECTS.map((dialect) => ({ name: `${dialect} + redis limiter`, dialect, env: { REDIS_URL: TEST_REDIS_URL! } }))
    : []),
];

describe.each(MODES)('rate limits: $name', ({ dialect, env }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });
  const open = async (extra: Record<string, string> = {}) => (t = await createTestApp(dialect, { ...env, ...extra }));

  it('admits exactly 60 of 200 concurrent requests on a Free workspace; the rest get 429 with Retry-After', async () => {
    const app = await open();
    const tenant = await app.tenant('free');
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => app.app.inject({ method: 'GET', url: '/v1/chatbots', headers: tenant.auth })),
    );
    const ok = responses.filter((r) => r.statusCode === 200);
    const limited = responses.filter((r) => r.statusCode === 429);
    expect(ok).toHaveLength(60);
    expect(limited).toHaveLength(140);
    for (const r of responses) {
      expect(r.headers['x-ratelimit-limit']).toBe('60');
      expect(Number(r.headers['x-ratelimit-reset'])).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
    }
    expect(ok.map((r) => Number(r.headers['x-ratelimit-remaining'])).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 60 }, (_, i) => i),
    );
    for (const r of limited) {
      expect(r.json().error).toMatchObject({ code: 'rate_limit_exceeded', status: 429 });
      expect(r.headers['x-ratelimit-remaining']).toBe('0');
      const retryAfter = Number(r.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }
  });

  it('gives Pro 300 per minute and keeps workspaces apart', async () => {
    const app = await open({ GRIVO_RATE_LIMIT_FREE: '3' });
    const [free, other, pro] = [await app.tenant('free'), await app.tenant('free'), await app.tenant('pro')];
    const get = (auth: Record<string, string>) => app.app.inject({ method: 'GET', url: '/v1/chatbots', headers: auth });
    for (let i = 0; i < 3; i++) expect((await get(free.auth)).statusCode).toBe(200);
    expect((await get(free.auth)).statusCode).toBe(429);
    expect((await get(other.auth)).statusCode).toBe(200);
    const proRes = await get(pro.auth);
    expect(proRes.statusCode).toBe(200);
    expect(proRes.headers['x-ratelimit-limit']).toBe('300');
    expect(proRes.headers['x-ratelimit-remaining']).toBe('299');
  });

  it('admits again once the oldest request leaves the sliding window', async () => {
    const app = await open({ GRIVO_RATE_LIMIT_FREE: '2', GRIVO_RATE_LIMIT_WINDOW_SECONDS: '1' });
    const tenant = await app.tenant('free');
    const get = () => app.app.inject({ method: 'GET', url: '/v1/chatbots', headers: tenant.auth });
    expect((await get()).statusCode).toBe(200);
    expect((await get()).statusCode).toBe(200);
    const denied = await get();
    expect(denied.statusCode).toBe(429);
    expect(denied.headers['retry-after']).toBe('1');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await get()).statusCode).toBe(200);
  });

  it('throttles failed authentication per IP address, valid keys included, and no other address', async () => {
    const app = await open({ GRIVO_AUTH_FAILURES_PER_WINDOW: '5' });
    const tenant = await app.tenant('pro');
    const from = (remoteAddress: string, authorization: string) =>
      app.app.inject({ method: 'GET', url: '/v1/chatbots', headers: { authorization }, remoteAddress });
    const guess = () => `Bearer grv_live_${randomBase62(40)}`;
    for (let i = 0; i < 5; i++) expect((await from('192.0.2.1', guess())).statusCode).toBe(401);
    const sixth = await from('192.0.2.1', guess());
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('rate_limit_exceeded');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Locked out: even the right key is not checked from that address…
    expect((await from('192.0.2.1', tenant.auth.authorization)).statusCode).toBe(429);
    // …while other addresses are unaffected.
    expect((await from('192.0.2.2', tenant.auth.authorization)).statusCode).toBe(200);
    expect((await from('192.0.2.2', guess())).statusCode).toBe(401);
  });
});

describe('client addresses behind a proxy', () => {
  it('are read from X-Forwarded-For only when GRIVO_TRUST_PROXY is set', async () => {
    for (const [trust, expectedKey] of [
      ['true', 'authfail:203.0.113.9'],
      ['false', 'authfail:127.0.0.1'],
    ] as const) {
      const t = await createTestApp('sqlite', { GRIVO_TRUST_PROXY: trust, GRIVO_AUTH_FAILURES_PER_WINDOW: '1' });
      try {
        const res = await t.app.inject({
          method: 'GET',
          url: '/v1/chatbots',
          remoteAddress: '127.0.0.1',
          headers: { authorization: 'Bearer grv_live_wrong', 'x-forwarded-for': '203.0.113.9' },
        });
        expect(res.statusCode).toBe(401);
        const rule = { limit: 1, windowMs: 60_000 };
        expect((await t.services.limiter.peek(expectedKey, rule)).allowed).toBe(false);
      } finally {
        await t.close();
      }
    }
  });
});
