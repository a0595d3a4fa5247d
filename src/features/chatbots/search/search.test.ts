import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { createChatbot, waitForTraining } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { startSite, type TestSite } from '../../../../test/helpers/site.js';
import { BIKE_SHOP } from '../../../../test/fixtures/bike-shop.js';

async function trained(dialect: (typeof DIALECTS)[number], site: TestSite) {
  const t = await createTestApp(dialect, { GRIVO_CRAWL_ALLOW_PRIVATE: 'true', GRIVO_RATE_LIMIT_PRO: '100000' });
  t.services.queue.work(jobHandlers(t.services));
  const tenant = await t.tenant('pro');
  const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
  return { t, tenant, bot };
}

const searchOf = (t: TestApp, tenant: Tenant, id: string) => async (payload: unknown) =>
  t.app.inject({ method: 'POST', url: `/v1/chatbots/${id}/search`, headers: tenant.auth, payload: payload as object });

describe.each(DIALECTS)('POST /v1/chatbots/:id/search on %s', (dialect) => {
  let site: TestSite;
  let t: TestApp;
  let tenant: Tenant;
  let bot: any;
  let search: ReturnType<typeof searchOf>;
  beforeAll(async () => {
    site = await startSite(BIKE_SHOP);
    ({ t, tenant, bot } = await trained(dialect, site));
    search = searchOf(t, tenant, bot.id);
  });
  afterAll(async () => {
    await t.close();
    await site.close();
  });

  it('ranks sections, each once, deep-linked, in the list shape', async () => {
    const res = await search({ query: 'When are you open on Saturday?' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['data', 'page', 'total']);
    expect(body.page).toBe(1);
    expect(body.total).toBe(body.data.length);
    expect(body.data[0]).toEqual({
      url: `${site.origin}/hours#opening-hours`,
      title: 'Visit us',
      // The page's <h1> repeats its title, so the section does not say "Visit us" again.
      section: 'Opening hours',
      snippet: expect.stringContaining('Saturday from 10:00 to 14:00'),
      score: expect.any(Number),
      language: 'en',
    });
    const urls = body.data.map((hit: any) => hit.url);
    expect(new Set(urls).size).toBe(urls.length);
    const scores = body.data.map((hit: any) => hit.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  });

  it('finds what a question asks in other words, and respects the limit', async () => {
    expect((await search({ query: 'how much does delivery cost' })).json().data[0].url).toBe(
      `${site.origin}/shipping#shipping-costs`,
    );
    expect((await search({ query: 'can I return my bicycle?' })).json().data[0].url).toBe(
      `${site.origin}/returns#refund-policy`,
    );
    expect((await search({ query: 'bicycles', limit: 1 })).json().data).toHaveLength(1);
    expect((await search({ query: 'quantum chromodynamics' })).json()).toEqual({ data: [], total: 0, page: 1 });
  });

  it('starts no conversation', async () => {
    await search({ query: 'opening hours' });
    const list = (
      await t.app.inject({ method: 'GET', url: `/v1/chatbots/${bot.id}/conversations`, headers: tenant.auth })
    ).json();
    expect(list.total).toBe(0);
  });

  it.each([
    [{}, 'query'],
    [{ query: '   ' }, 'query'],
    [{ query: 'x'.repeat(4001) }, 'query'],
    [{ query: 'hours', limit: 0 }, 'limit'],
    [{ query: 'hours', limit: 21 }, 'limit'],
    [{ query: 'hours', limit: 2.5 }, 'limit'],
    [{ query: 'hours', page: 2 }, 'page'],
  ])('answers %j with 400 naming %s', async (payload, param) => {
    const res = await search(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ status: 400, param });
  });

  it('searches a chatbot without pages to an empty list', async () => {
    const empty = (await createChatbot(t, tenant, { name: 'Empty' })).id;
    const res = await searchOf(t, tenant, empty)({ query: 'opening hours' });
    expect(res.json()).toEqual({ data: [], total: 0, page: 1 });
  });
});

// The engines index the analyzer's terms and the scoring is done in
// TypeScript from the chatbot's own statistics: both rank alike.
describe.runIf(DIALECTS.length === 2)('the same ranking on both engines', () => {
  it('gives the same sections with the same scores', async () => {
    const site = await startSite(BIKE_SHOP);
    const runs = await Promise.all(DIALECTS.map((dialect) => trained(dialect, site)));
    try {
      for (const query of ['When are you open?', 'how much does shipping cost', 'refund', 'bicycles repairs Bristol']) {
        const [a, b] = await Promise.all(
          runs.map(({ t, tenant, bot }) => searchOf(t, tenant, bot.id)({ query, limit: 10 })),
        );
        expect(b!.json(), query).toEqual(a!.json());
      }
    } finally {
      for (const { t } of runs) await t.close();
      await site.close();
    }
  });
});
