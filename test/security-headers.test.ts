import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from './helpers/app.js';
import { DIALECTS } from './helpers/engines.js';

// Issue 12's headers: nosniff everywhere, HSTS over HTTPS only, a policy
// against scripts and framing on every HTML page, and CORS on the widget's
// routes only for the chatbot's allowed origins — errors included.

const SHOP = 'https://shop.example.com';
let ip = 0;
const freshIp = () => `10.77.${Math.floor(++ip / 250)}.${ip % 250}`;

describe.each(DIALECTS)('security headers on %s', (dialect) => {
  let t: TestApp;
  let proxied: TestApp;
  let tenant: Tenant;
  let botId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000', GRIVO_WIDGET_RATE_LIMIT: '100000' });
    proxied = await createTestApp(dialect, { GRIVO_TRUST_PROXY: 'true' });
    tenant = await t.tenant();
    const bot = await t.app.inject({
      method: 'POST',
      url: '/v1/chatbots',
      headers: tenant.auth,
      payload: { name: 'Shop', allowed_domains: ['shop.example.com'] },
    });
    expect(bot.statusCode, bot.body).toBe(201);
    botId = bot.json().id;
  });
  afterAll(async () => {
    await t.close();
    await proxied.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers, remoteAddress: freshIp() });

  it('sends nosniff on every kind of response', async () => {
    for (const res of [
      await get('/v1/chatbots', tenant.auth),
      await get('/v1/nope', tenant.auth),
      await get('/healthz'),
      await get('/widget.js'),
      await get('/docs/'),
      await get('/unsubscribe/forged'),
    ]) {
      expect(res.headers['x-content-type-options'], res.raw.req.url).toBe('nosniff');
    }
  });

  it('sends HSTS only when the request came over HTTPS, as itself or through a trusted proxy', async () => {
    expect((await get('/healthz')).headers['strict-transport-security']).toBeUndefined();
    // Without GRIVO_TRUST_PROXY anyone could claim the request was HTTPS: not believed.
    expect(
      (await get('/healthz', { 'x-forwarded-proto': 'https' })).headers['strict-transport-security'],
    ).toBeUndefined();
    const behindProxy = await proxied.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(behindProxy.headers['strict-transport-security']).toBe('max-age=31536000');
    const plainBehindProxy = await proxied.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'http' },
    });
    expect(plainBehindProxy.headers['strict-transport-security']).toBeUndefined();
  });

  it('puts a Content-Security-Policy and frame protection on every HTML page', async () => {
    const docs = await get('/docs/');
    expect(docs.headers['content-type']).toMatch(/^text\/html/);
    expect(docs.headers['content-security-policy']).toMatch(/script-src 'self'.*frame-ancestors 'none'/);
    expect(docs.headers['x-frame-options']).toBe('DENY');
    const unsubscribe = await get('/unsubscribe/forged');
    expect(unsubscribe.headers['content-type']).toMatch(/^text\/html/);
    expect(unsubscribe.headers['content-security-policy']).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(unsubscribe.headers['x-frame-options']).toBe('DENY');
    const dashboard = await get('/', { accept: 'text/html' });
    expect(dashboard.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
  });

  it('gives the widget CORS for allowed origins only, on errors too', async () => {
    const call = (method: 'GET' | 'POST', url: string, origin: string, payload?: object) =>
      t.app.inject({ method, url, remoteAddress: freshIp(), headers: { origin }, ...(payload ? { payload } : {}) });

    const allowed = await call('GET', `/public/chatbots/${botId}`, SHOP);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(SHOP);
    // An error for an allowed page stays readable by it.
    const badBody = await call('POST', `/public/chatbots/${botId}/chat`, SHOP, { nope: true });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.headers['access-control-allow-origin']).toBe(SHOP);

    for (const res of [
      await call('GET', `/public/chatbots/${botId}`, 'https://evil.example'),
      await call('POST', `/public/chatbots/${botId}/chat`, 'https://evil.example', { nope: true }),
      await call('GET', '/public/chatbots/bot_unknown', 'https://evil.example'),
      await call('GET', '/public/chatbots/bot_%00', 'https://evil.example'),
    ]) {
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.headers['access-control-allow-origin'], res.body).toBeUndefined();
      expect(res.headers['access-control-expose-headers']).toBeUndefined();
    }
  });
});
