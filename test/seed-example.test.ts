import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './helpers/engines.js';
import { createTestApp, type TestApp } from './helpers/app.js';

// The seed (shared/grivo-api-getting-started.txt), line by line:
//   curl -X GET https://api.grivo.io/v1/chatbots -H "Authorization: Bearer KEY" -H "Content-Type: application/json"
//   → {"data":[{"id":"bot_…","name":…,"status":…,"pages_trained":…,"created_at":"2026-03-15T10:30:00Z"}],"total":1,"page":1}
describe.each(DIALECTS)('the seed example on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('lists chatbots with a fresh key in exactly the seed shape', async () => {
    const tenant = await t.tenant();
    const headers = { ...tenant.auth, 'content-type': 'application/json' };

    const empty = await t.app.inject({ method: 'GET', url: '/v1/chatbots', headers });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ data: [], total: 0, page: 1, per_page: 20, has_more: false });

    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/chatbots',
      headers,
      payload: { name: 'My Support Bot' },
    });
    expect(created.statusCode).toBe(201);

    const res = await t.app.inject({ method: 'GET', url: '/v1/chatbots', headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json();
    expect(body).toMatchObject({ total: 1, page: 1 });
    expect(Object.keys(body)).toEqual(['data', 'total', 'page', 'per_page', 'has_more']);
    expect(body.data).toHaveLength(1);
    const bot = body.data[0];
    expect(bot).toMatchObject({ name: 'My Support Bot', pages_trained: 0 });
    expect(bot.id).toMatch(/^bot_[0-9A-Za-z]{16}$/);
    expect(typeof bot.status).toBe('string');
    expect(bot.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Math.abs(Date.parse(bot.created_at) - Date.now())).toBeLessThan(60_000);
  });
});
