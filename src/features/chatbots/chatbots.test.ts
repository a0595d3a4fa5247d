import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { DIALECTS } from '../../../test/helpers/engines.js';

describe.each(DIALECTS)('chatbots on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_PRO: '100000', GRIVO_PLAN_PRO_CHATBOTS: '200' });
    tenant = await t.tenant('pro');
  });
  afterAll(() => t.close());

  const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who: Tenant = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload ? { payload } : {}) });

  it('creates, reads, updates and deletes a chatbot', async () => {
    const created = await req('POST', '/v1/chatbots', { name: '  Support  ', website_url: 'https://example.com/' });
    expect(created.statusCode).toBe(201);
    const bot = created.json();
    expect(bot).toMatchObject({ name: 'Support', status: 'untrained', pages_trained: 0, website_url: 'https://example.com/', instructions: null });
    expect(bot.updated_at).toBe(bot.created_at);

    expect((await req('GET', `/v1/chatbots/${bot.id}`)).json()).toEqual(bot);

    const patched = await req('PATCH', `/v1/chatbots/${bot.id}`, { instructions: 'Be brief.', website_url: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ id: bot.id, name: 'Support', instructions: 'Be brief.', website_url: null });

    const deleted = await req('DELETE', `/v1/chatbots/${bot.id}`);
    expect(deleted.json()).toEqual({ id: bot.id, deleted: true });
    expect((await req('GET', `/v1/chatbots/${bot.id}`)).statusCode).toBe(404);
    expect((await req('DELETE', `/v1/chatbots/${bot.id}`)).statusCode).toBe(404);
  });

  it.each([
    [{}, 'name', /Missing required parameter: 'name'/],
    [{ name: '' }, 'name', /name must not be empty/],
    [{ name: '   ' }, 'name', /name must not be empty/],
    [{ name: 'x'.repeat(101) }, 'name', /at most 100/],
    [{ name: 42 }, 'name', /name/],
    [{ name: 'ok', website_url: 'ftp://example.com' }, 'website_url', /http/],
    [{ name: 'ok', website_url: 'not a url' }, 'website_url', /http/],
  ])('rejects %j with a 400 naming %s', async (payload, param, message) => {
    const res = await req('POST', '/v1/chatbots', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_request', status: 400, param });
    expect(res.json().error.message).toMatch(message);
  });

  it('rejects a body that is not an object', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/chatbots', headers: { ...tenant.auth, 'content-type': 'application/json' }, payload: '[1,2]' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('The request body must be a JSON object.');
  });

  it('pages newest first with a stable order, total and has_more', async () => {
    const owner = await t.tenant('pro');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await req('POST', '/v1/chatbots', { name: `Bot ${i}` }, owner)).json().id);
    const page1 = (await req('GET', '/v1/chatbots?per_page=2', undefined, owner)).json();
    const page3 = (await req('GET', '/v1/chatbots?per_page=2&page=3', undefined, owner)).json();
    const all = (await req('GET', '/v1/chatbots?per_page=100', undefined, owner)).json();
    expect(all.data.map((b: { id: string }) => b.id)).toEqual([...ids].reverse());
    expect(page1).toMatchObject({ total: 5, page: 1, per_page: 2, has_more: true });
    expect(page1.data.map((b: { id: string }) => b.id)).toEqual([ids[4], ids[3]]);
    expect(page3).toMatchObject({ total: 5, page: 3, per_page: 2, has_more: false });
    expect(page3.data.map((b: { id: string }) => b.id)).toEqual([ids[0]]);
    const beyond = (await req('GET', '/v1/chatbots?page=9', undefined, owner)).json();
    expect(beyond).toMatchObject({ data: [], total: 5, page: 9, has_more: false });
  });

  it.each(['page=0', 'page=-1', 'page=abc', 'page=1.5', 'per_page=0', 'per_page=101', 'per_page=x'])(
    'answers 400 to the out-of-range %s',
    async (query) => {
      const res = await req('GET', `/v1/chatbots?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'invalid_request', param: query.split('=')[0] });
    },
  );

  it('enforces the plan limit with 403 plan_limit_exceeded, even under concurrent creates', async () => {
    const free = await t.tenant('free');
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => req('POST', '/v1/chatbots', { name: `B${i}` }, free)));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(3);
    const refused = results.filter((r) => r.statusCode === 403);
    expect(refused).toHaveLength(5);
    expect(refused[0]!.json().error.code).toBe('plan_limit_exceeded');
    expect((await req('GET', '/v1/chatbots', undefined, free)).json().total).toBe(3);
  });
});
