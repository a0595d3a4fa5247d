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
    // A chatbot with a website starts training at once (no worker runs here).
    expect(bot).toMatchObject({
      name: 'Support',
      status: 'training',
      pages_trained: 0,
      website_url: 'https://example.com/',
      instructions: null,
    });
    expect(bot).toMatchObject({
      sitemap_url: null,
      urls: [],
      crawl: { max_pages: 5000, max_depth: 10, include: [], exclude: [] },
      color: '#2563eb',
      position: 'bottom-right',
      allowed_domains: ['example.com', 'www.example.com'],
      lead_capture: { enabled: false, when: 'unanswered' },
      training: { pages_found: 0, pages_done: 0, pages_total: null },
    });

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
    [{ name: 'ok', sitemap_url: 'file:///etc/passwd' }, 'sitemap_url', /http/],
    [{ name: 'ok', urls: ['https://a.example/', 'javascript:alert(1)'] }, 'urls.1', /http/],
    [{ name: 'ok', crawl: { max_pages: 0 } }, 'crawl.max_pages', /1/],
    [{ name: 'ok', crawl: { max_depth: 51 } }, 'crawl.max_depth', /50/],
    [{ name: 'ok', crawl: { include: ['/docs/ *'] } }, 'crawl.include.0', /spaces/],
    [{ name: 'ok', allowed_domains: ['https://example.com/'] }, 'allowed_domains.0', /without a scheme/],
    [{ name: 'ok', color: 'red' }, 'color', /hex colour/],
    [{ name: 'ok', position: 'top' }, 'position', /position/],
    [{ name: 'ok', lead_capture: { enabled: 'yes' } }, 'lead_capture.enabled', /enabled/],
    [{ name: 'ok', lead_capture: { enabled: true, when: 'later' } }, 'lead_capture.when', /when/],
  ])('rejects %j with a 400 naming %s', async (payload, param, message) => {
    const res = await req('POST', '/v1/chatbots', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_request', status: 400, param });
    expect(res.json().error.message).toMatch(message);
  });

  it('rejects a body that is not an object', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/chatbots',
      headers: { ...tenant.auth, 'content-type': 'application/json' },
      payload: '[1,2]',
    });
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
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => req('POST', '/v1/chatbots', { name: `B${i}` }, free)),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(3);
    const refused = results.filter((r) => r.statusCode === 403);
    expect(refused).toHaveLength(5);
    expect(refused[0]!.json().error.code).toBe('plan_limit_exceeded');
    expect((await req('GET', '/v1/chatbots', undefined, free)).json().total).toBe(3);
  });

  it('keeps settings, merging crawl options and appearance on update', async () => {
    const bot = (
      await req('POST', '/v1/chatbots', {
        name: 'Styled',
        welcome_message: 'Hello!',
        color: '#112233',
        allowed_domains: ['*.Example.com', 'localhost:5173'],
        lead_capture: { enabled: true },
        crawl: { exclude: ['/blog/*'] },
      })
    ).json();
    expect(bot).toMatchObject({
      status: 'untrained',
      welcome_message: 'Hello!',
      color: '#112233',
      position: 'bottom-right',
      allowed_domains: ['*.example.com', 'localhost:5173'],
      lead_capture: { enabled: true, when: 'unanswered' },
    });
    const patched = (
      await req('PATCH', `/v1/chatbots/${bot.id}`, { position: 'bottom-left', crawl: { max_depth: 2 } })
    ).json();
    expect(patched).toMatchObject({
      color: '#112233',
      position: 'bottom-left',
      crawl: { max_depth: 2, exclude: ['/blog/*'] },
    });
  });

  it("refuses crawl limits above the plan's pages per chatbot, and training without a source", async () => {
    const free = await t.tenant('free');
    const over = await req('POST', '/v1/chatbots', { name: 'Big', crawl: { max_pages: 101 } }, free);
    expect(over.statusCode).toBe(403);
    expect(over.json().error).toMatchObject({ code: 'plan_limit_exceeded', param: 'crawl.max_pages' });
    expect(over.json().error.message).toMatch(/free plan allows 100 pages/);
    const bot = (await req('POST', '/v1/chatbots', { name: 'Nothing' }, free)).json();
    const train = await req('POST', `/v1/chatbots/${bot.id}/train`, undefined, free);
    expect(train.statusCode).toBe(400);
    expect(train.json().error.message).toMatch(/nothing to train on/);
  });

  it('deletes a chatbot with its pages, chunks and conversations', async () => {
    const bot = (await req('POST', '/v1/chatbots', { name: 'Doomed' })).json();
    const chat = (await req('POST', `/v1/chatbots/${bot.id}/chat`, { message: 'Hello?' })).json();
    const { db } = t.services.database;
    const page = {
      id: 'page_x1',
      workspace_id: tenant.workspaceId,
      chatbot_id: bot.id,
      url: 'https://e.example/',
      title: 'E',
      status: 'indexed' as const,
      reason: null,
      etag: null,
      last_modified: null,
      content_hash: null,
      links: '[]',
      chunks: 1,
      seen_run: 1,
      trained_at: bot.created_at,
      created_at: bot.created_at,
    };
    await db.insertInto('chatbot_pages').values(page).execute();
    await db
      .insertInto('chatbot_sources')
      .values({
        id: 'src_doomed',
        workspace_id: tenant.workspaceId,
        chatbot_id: bot.id,
        type: 'text',
        title: 'Doomed',
        content: '{"text":"Doomed text"}',
        characters: 11,
        status: 'trained',
        revision: 1,
        pages: 0,
        chunks: 0,
        match_keys: '[]',
        created_at: bot.created_at,
        updated_at: bot.created_at,
      })
      .execute();
    await db
      .insertInto('chatbot_chunks')
      .values({
        workspace_id: tenant.workspaceId,
        chatbot_id: bot.id,
        page_id: page.id,
        position: 0,
        url: page.url,
        anchor: null,
        title: 'E',
        heading: 'E',
        section: 'E',
        text: 'Doomed text',
        language: 'en',
        title_terms: 'e',
        heading_terms: 'e',
        path_terms: '',
        text_terms: 'doom text',
      })
      .execute();
    expect((await req('DELETE', `/v1/chatbots/${bot.id}`)).statusCode).toBe(200);
    for (const table of [
      'chatbot_pages',
      'chatbot_chunks',
      'chatbot_terms',
      'chatbot_index_stats',
      'chatbot_sources',
      'conversations',
    ] as const) {
      const rows = await db.selectFrom(table).select('chatbot_id').where('chatbot_id', '=', bot.id).execute();
      expect(rows).toEqual([]);
    }
    expect(
      await db
        .selectFrom('conversation_messages')
        .select('id')
        .where('conversation_id', '=', chat.conversation_id)
        .execute(),
    ).toEqual([]);
  });
});
