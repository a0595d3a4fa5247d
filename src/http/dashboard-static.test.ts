import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.js';

// Needs the built dashboard (dist/web): npm test builds it first.
describe('the dashboard pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  const get = (url: string, accept = 'text/html,application/xhtml+xml') =>
    t.app.inject({ method: 'GET', url, headers: { accept } });

  it('serves index.html at / and at every dashboard address, never cached, never framed, scripts only its own', async () => {
    const root = await get('/');
    for (const res of [root, await get('/contacts/ct_123?tag=vip'), await get('/campaigns/cmp_1/')]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toBe(root.body);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    }
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(root.body)?.[1];
    const asset = await get(script!, '*/*');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers API paths, unknown files and non-browser callers as the API does, never with the page', async () => {
    for (const [url, accept, status] of [
      ['/v1/nothing', 'text/html', 401],
      ['/dashboard/nothing', 'text/html', 404],
      ['/missing.js', 'text/html', 404],
      ['/contacts', 'application/json', 404],
    ] as const) {
      const res = await get(url, accept);
      expect(res.statusCode, url).toBe(status);
      expect(res.json().error.status, url).toBe(status);
    }
  });
});
