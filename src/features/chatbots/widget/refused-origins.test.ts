import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { createChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { REFUSED_ORIGINS_KEPT } from './refused-origins-store.js';

let ipCounter = 0;
const freshIp = () => `10.8.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

describe.each(DIALECTS)('refused widget origins on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let bot: { id: string };
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_WIDGET_RATE_LIMIT: '2' });
    tenant = await t.tenant();
    other = await t.tenant();
    // No website: nothing to train, the chatbot is ready at once.
    bot = await createChatbot(t, tenant, { name: 'Help', allowed_domains: ['shop.example.com'] });
  });
  afterAll(() => t.close());

  const visit = (origin: string | undefined, ip = freshIp(), id = bot.id) =>
    t.app.inject({
      method: 'GET',
      url: `/public/chatbots/${id}`,
      remoteAddress: ip,
      headers: origin ? { origin } : {},
    });
  const list = (who = tenant, id = bot.id) =>
    t.app.inject({ method: 'GET', url: `/v1/chatbots/${id}/refused-origins`, headers: who.auth });
  const remove = (origin: string, who = tenant) =>
    t.app.inject({
      method: 'DELETE',
      url: `/v1/chatbots/${bot.id}/refused-origins/${encodeURIComponent(origin)}`,
      headers: who.auth,
    });

  it('records a refused origin with a count, and never an allowed one', async () => {
    expect((await visit('https://shop.example.com')).statusCode).toBe(200);
    expect((await visit('https://blog.example.org')).statusCode).toBe(403);
    expect((await visit('https://blog.example.org/')).statusCode).toBe(403);
    expect((await visit(undefined)).statusCode).toBe(403);
    expect((await visit('null')).statusCode).toBe(403);
    const res = await list();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 1, page: 1 });
    expect(body.data).toEqual([
      {
        origin: 'https://blog.example.org',
        count: 2,
        first_seen_at: expect.any(String),
        last_seen_at: expect.any(String),
      },
    ]);
  });

  it('does not count requests over the IP limit, and keeps only the most recent origins', async () => {
    const ip = freshIp();
    for (let i = 0; i < 4; i++) await visit('https://flood.example.net', ip);
    const flood = (await list()).json().data.find((o: { origin: string }) => o.origin === 'https://flood.example.net');
    expect(flood.count).toBe(2);
    for (let i = 0; i < REFUSED_ORIGINS_KEPT + 5; i++) await visit(`https://site${i}.example.net`);
    const body = (await list()).json();
    expect(body.total).toBe(REFUSED_ORIGINS_KEPT);
    expect(body.data.map((o: { origin: string }) => o.origin)).toContain(
      `https://site${REFUSED_ORIGINS_KEPT + 4}.example.net`,
    );
    expect(body.data.map((o: { origin: string }) => o.origin)).not.toContain('https://blog.example.org');
  });

  it('removes one origin, and says so when it is not listed', async () => {
    const res = await remove('https://site24.example.net');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ origin: 'https://site24.example.net', deleted: true });
    expect((await remove('https://site24.example.net')).json().error.code).toBe('not_found');
    expect((await list()).json().data.map((o: { origin: string }) => o.origin)).not.toContain(
      'https://site24.example.net',
    );
  });

  it("hides a chatbot's origins from another workspace", async () => {
    expect((await list(other)).statusCode).toBe(404);
    expect((await remove('https://site23.example.net', other)).statusCode).toBe(404);
    expect((await list()).json().data.map((o: { origin: string }) => o.origin)).toContain('https://site23.example.net');
  });

  it('is not listed again once its host is allowed', async () => {
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/v1/chatbots/${bot.id}`,
      headers: tenant.auth,
      payload: { allowed_domains: ['shop.example.com', 'site23.example.net'] },
    });
    expect(patch.statusCode).toBe(200);
    await remove('https://site23.example.net');
    expect((await visit('https://site23.example.net')).statusCode).toBe(200);
    expect((await list()).json().data.map((o: { origin: string }) => o.origin)).not.toContain(
      'https://site23.example.net',
    );
  });

  it('goes with its chatbot', async () => {
    const gone = await createChatbot(t, tenant, { name: 'Gone', allowed_domains: [] });
    await visit('https://x.example.net', freshIp(), gone.id);
    expect((await list(tenant, gone.id)).json().total).toBe(1);
    await t.app.inject({ method: 'DELETE', url: `/v1/chatbots/${gone.id}`, headers: tenant.auth });
    const left = await t.services.database.db
      .selectFrom('chatbot_refused_origins')
      .selectAll()
      .where('chatbot_id', '=', gone.id)
      .execute();
    expect(left).toEqual([]);
  });
});
