import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { ask, createChatbot, pagesOf, train, waitForTraining } from '../../../../test/helpers/chatbots.js';
import { ENGINES_AND_QUEUES } from '../../../../test/helpers/engines.js';
import { closedPort } from '../../../../test/helpers/mail.js';
import { BIKE_SHOP, NAV } from '../../../../test/fixtures/bike-shop.js';
import { waitFor } from '../../../../test/helpers/queues.js';
import { page, startSite, type TestSite } from '../../../../test/helpers/site.js';

describe.each(ENGINES_AND_QUEUES)('training a chatbot on a website ($name)', ({ dialect, env }) => {
  let t: TestApp;
  let tenant: Tenant;
  let site: TestSite;
  beforeAll(async () => {
    site = await startSite(BIKE_SHOP);
    t = await createTestApp(dialect, { ...env, GRIVO_CRAWL_ALLOW_PRIVATE: 'true', GRIVO_RATE_LIMIT_PRO: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('pro');
  });
  afterAll(async () => {
    await t.close();
    await site.close();
  });

  it('crawls the site, indexes its HTML pages, reports what it skipped, and answers with the cited section', async () => {
    const created = await createChatbot(t, tenant, { website_url: site.url });
    expect(created.status).toBe('training');
    expect(created.training).toEqual(expect.objectContaining({ pages_done: expect.any(Number) }));
    const bot = await waitForTraining(t, tenant, created.id);
    expect(bot).toMatchObject({ status: 'active', pages_trained: 5, error: null, training: null });

    const indexed = await pagesOf(t, tenant, bot.id, '&status=indexed');
    expect(indexed.map((p) => p.url).sort()).toEqual(
      [
        `${site.origin}/`,
        `${site.origin}/about`,
        `${site.origin}/hours`,
        `${site.origin}/returns`,
        `${site.origin}/shipping`,
      ].sort(),
    );
    expect(indexed.find((p) => p.url.endsWith('/hours'))).toMatchObject({
      title: 'Visit us',
      status: 'indexed',
      chunks: expect.any(Number),
    });
    const skipped = await pagesOf(t, tenant, bot.id, '&status=skipped');
    expect(skipped.find((p) => p.url.endsWith('/manual.pdf'))?.reason).toMatch(/pdf/i);
    expect(site.requests.some((r) => r.path.startsWith('/private'))).toBe(false);

    const hours = await ask(t, tenant, bot.id, 'What are your opening hours?');
    expect(hours.answered).toBe(true);
    expect(hours.answer).toMatch(/Monday to Friday from 9:00 to 17:00/);
    expect(hours.sources[0]).toMatchObject({ url: `${site.origin}/hours#opening-hours`, title: 'Visit us' });
    expect(hours.conversation_id).toMatch(/^conv_/);

    const refund = await ask(t, tenant, bot.id, 'Can I get a refund if I return my bike?');
    expect(refund.sources[0].url).toBe(`${site.origin}/returns#refund-policy`);

    const offTopic = await ask(t, tenant, bot.id, 'What is the capital of France?');
    expect(offTopic).toMatchObject({ answered: false, sources: [] });
    expect(offTopic.answer).toMatch(/couldn.t find/i);
  });

  async function chunkIds(chatbotId: string): Promise<Map<string, number[]>> {
    const rows = await t.services.database.db
      .selectFrom('chatbot_chunks')
      .select(['url', 'id'])
      .where('chatbot_id', '=', chatbotId)
      .orderBy('id')
      .execute();
    const byUrl = new Map<string, number[]>();
    for (const row of rows) byUrl.set(row.url, [...(byUrl.get(row.url) ?? []), Number(row.id)]);
    return byUrl;
  }

  it('retrains incrementally: unchanged pages are not fetched whole, changed ones are replaced, removed ones leave the index', async () => {
    const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
    const before = await pagesOf(t, tenant, bot.id, '&status=indexed');

    site.requests.length = 0;
    const again = await train(t, tenant, bot.id);
    expect(again).toMatchObject({ status: 'active', pages_trained: 5 });
    const pageRequests = site.requests.filter(
      (r) => !r.path.endsWith('.txt') && !r.path.endsWith('.xml') && !r.path.endsWith('.pdf'),
    );
    expect(pageRequests.length).toBeGreaterThanOrEqual(5);
    expect(pageRequests.every((r) => r.status === 304)).toBe(true);
    expect(await pagesOf(t, tenant, bot.id, '&status=indexed')).toEqual(before);

    const chunksBefore = await chunkIds(bot.id);
    site.pages.set('/shipping', (BIKE_SHOP['/shipping'] as string).replace('£50', '£75'));
    site.pages.delete('/about');
    site.pages.set(
      '/',
      page(
        'Acme Bikes',
        `<h1>Acme Bikes</h1><p>Bicycles and repairs in Bristol.</p><p>${NAV.replace('<a href="/returns/">Returns</a>', '')}</p>`,
      ),
    );
    try {
      const changed = await train(t, tenant, bot.id);
      expect(changed.pages_trained).toBe(3);
      const after = await pagesOf(t, tenant, bot.id);
      const urls = after.map((p) => p.url);
      expect(urls).not.toContain(`${site.origin}/returns`);
      expect(after.find((p) => p.url.endsWith('/about'))).toMatchObject({
        status: 'skipped',
        reason: expect.stringMatching(/404/),
      });
      // Only the changed page's chunks were rewritten.
      const chunksAfter = await chunkIds(bot.id);
      expect(chunksAfter.get(`${site.origin}/hours`)).toEqual(chunksBefore.get(`${site.origin}/hours`));
      expect(chunksAfter.get(`${site.origin}/shipping`)).not.toEqual(chunksBefore.get(`${site.origin}/shipping`));

      const answer = await ask(t, tenant, bot.id, 'Is shipping free?');
      expect(answer.answer).toMatch(/£75/);
      expect(answer.answer).not.toMatch(/£50/);
      expect((await ask(t, tenant, bot.id, 'Can I get a refund if I return my bike?')).answered).toBe(false);
    } finally {
      for (const path of ['/shipping', '/about', '/'])
        site.pages.set(path, BIKE_SHOP[path as keyof typeof BIKE_SHOP] as string);
    }
  });

  it('reads a page kept by an older extraction again, whole, even where the site answers 304', async () => {
    const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
    const db = t.services.database.db;
    const hours = { chatbot_id: bot.id, url: `${site.origin}/hours` };
    const texts = () =>
      db
        .selectFrom('chatbot_chunks')
        .select('text')
        .where((eb) => eb.and(hours))
        .execute();
    const fresh = await texts();
    // As an extraction before EXTRACTION_VERSION stored it: an unprefixed hash, other chunk text.
    await db
      .updateTable('chatbot_pages')
      .set({ content_hash: 'oldhash' })
      .where((eb) => eb.and(hours))
      .execute();
    await db
      .updateTable('chatbot_chunks')
      .set({ text: 'stale text' })
      .where((eb) => eb.and(hours))
      .execute();

    site.requests.length = 0;
    expect(await train(t, tenant, bot.id)).toMatchObject({ status: 'active', pages_trained: 5 });
    const statuses = new Map(site.requests.map((r) => [r.path, r.status]));
    expect(statuses.get('/hours')).toBe(200);
    expect(statuses.get('/shipping')).toBe(304);
    expect(await texts()).toEqual(fresh);
    const page = await db
      .selectFrom('chatbot_pages')
      .select('content_hash')
      .where((eb) => eb.and(hours))
      .executeTakeFirstOrThrow();
    expect(page.content_hash).toMatch(/^\d+\./);
  });

  it('keeps answering from the previous index while it retrains', async () => {
    const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
    site.pages.set('/shipping', { body: BIKE_SHOP['/shipping'].replace('£50', '£60'), delayMs: 1500 });
    try {
      const res = await t.app.inject({ method: 'POST', url: `/v1/chatbots/${bot.id}/train`, headers: tenant.auth });
      expect(res.json()).toMatchObject({ status: 'training', pages_trained: 5 });
      const during = await ask(t, tenant, bot.id, 'What are your opening hours?');
      expect(during.answered).toBe(true);
      expect(
        (await t.app.inject({ method: 'GET', url: `/v1/chatbots/${bot.id}`, headers: tenant.auth })).json().status,
      ).toBe('training');
      expect((await waitForTraining(t, tenant, bot.id)).status).toBe('active');
    } finally {
      site.pages.set('/shipping', BIKE_SHOP['/shipping']);
    }
  });

  it('starts over when asked to train again mid-training: the chatbot stays training until then, and is trained once', async () => {
    const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
    const { db } = t.services.database;
    const trainedEvents = async () =>
      (
        await db
          .selectFrom('events')
          .select('data')
          .where('workspace_id', '=', tenant.workspaceId)
          .where('type', '=', 'chatbot.trained')
          .execute()
      ).filter((e) => String(e.data).includes(bot.id)).length;
    const runNumber = async () =>
      (await db.selectFrom('chatbots').select('train_run').where('id', '=', bot.id).executeTakeFirstOrThrow())
        .train_run;
    const before = await trainedEvents();
    site.pages.set('/shipping', { body: BIKE_SHOP['/shipping'], delayMs: 1500 });
    try {
      const retrain = () => t.app.inject({ method: 'POST', url: `/v1/chatbots/${bot.id}/train`, headers: tenant.auth });
      const idle = await runNumber();
      expect((await retrain()).json().status).toBe('training');
      // The request took a run number and the job's run one more: that run has begun, and waits 1.5 s for the slow page.
      await waitFor(async () => (await runNumber()) >= idle + 2, "the job's run to begin", 10_000);
      expect((await retrain()).json().status).toBe('training');
      expect((await waitForTraining(t, tenant, bot.id)).status).toBe('active');
      // The run the second request superseded never marked the chatbot trained.
      expect((await trainedEvents()) - before).toBe(1);
    } finally {
      site.pages.set('/shipping', BIKE_SHOP['/shipping']);
    }
  });

  it('fails with a readable error when no page can be reached, and keeps an earlier index when retraining fails', async () => {
    const port = await closedPort();
    const dead = await waitForTraining(
      t,
      tenant,
      (await createChatbot(t, tenant, { website_url: `http://127.0.0.1:${port}/` })).id,
    );
    expect(dead.status).toBe('failed');
    expect(dead.error).toMatch(new RegExp(`^The site did not answer at http://127.0.0.1:${port}/ — is it online\\?`));

    const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/v1/chatbots/${bot.id}`,
      headers: tenant.auth,
      payload: { website_url: `http://127.0.0.1:${port}/` },
    });
    expect(res.statusCode).toBe(200);
    const retrained = await train(t, tenant, bot.id);
    expect(retrained).toMatchObject({ status: 'active', pages_trained: 5 });
    expect(retrained.error).toMatch(/previous pages were kept/);
    expect((await ask(t, tenant, bot.id, 'What are your opening hours?')).answered).toBe(true);
  });

  it('limits a crawl to max_pages, include and exclude', async () => {
    const only = await waitForTraining(
      t,
      tenant,
      (await createChatbot(t, tenant, { website_url: site.url, crawl: { exclude: ['/shipping*', '/about*'] } })).id,
    );
    const urls = (await pagesOf(t, tenant, only.id, '&status=indexed')).map((p) => p.url);
    expect(urls.some((u) => u.includes('/shipping') || u.includes('/about'))).toBe(false);
    expect(only.pages_trained).toBe(3);

    const two = await waitForTraining(
      t,
      tenant,
      (await createChatbot(t, tenant, { website_url: site.url, crawl: { max_pages: 2 } })).id,
    );
    expect(two.pages_trained).toBeLessThanOrEqual(2);
    expect(two.crawl.max_pages).toBe(2);
  });
});

describe.each(ENGINES_AND_QUEUES)('the crawler refuses private addresses by default ($name)', ({ dialect, env }) => {
  it('fails the training without sending a single request to a loopback site', async () => {
    const site = await startSite(BIKE_SHOP);
    const t = await createTestApp(dialect, env);
    try {
      t.services.queue.work(jobHandlers(t.services));
      const tenant = await t.tenant('pro');
      const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
      expect(bot.status).toBe('failed');
      expect(bot.error).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/ is on a private network.*GRIVO_CRAWL_ALLOW_PRIVATE.*127\.0\.0\.1 is not public/,
      );
      expect(site.requests).toEqual([]);
    } finally {
      await t.close();
      await site.close();
    }
  });
});
