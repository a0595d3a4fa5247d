import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { createChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { page, startSite, type SitePage, type TestSite } from '../../../../test/helpers/site.js';
import { trainingProgress } from '../chatbot-row.js';

// A site found one page at a time: each page links only to the next, and answers slowly.
const PAGES = 12;
const LIMIT = 8;
function chainSite(): Record<string, SitePage> {
  const pages: Record<string, SitePage> = {};
  for (let i = 0; i < PAGES; i++) {
    const path = i === 0 ? '/' : `/p${i}`;
    const next = `<a href="/p${i + 1}">Next</a>`;
    pages[path] = {
      body: page(`Page ${i}`, `<p>Chapter ${i} of the handbook, about bicycles.</p>${next}`),
      delayMs: 40,
    };
  }
  return pages;
}

describe('training progress', () => {
  it('gives no total while the crawl can still find pages, and the page limit once it is reached', () => {
    expect(trainingProgress({ pages_found: 1, pages_done: 1 }, 10)).toEqual({
      pages_found: 1,
      pages_done: 1,
      pages_total: null,
    });
    expect(trainingProgress({ pages_found: 12, pages_done: 4 }, 10)).toEqual({
      pages_found: 12,
      pages_done: 4,
      pages_total: 10,
    });
    // Skipped pages free their slot, so more may be read than the limit: the share stays at most 100 %.
    expect(trainingProgress({ pages_found: 14, pages_done: 12 }, 10)).toMatchObject({ pages_done: 10 });
  });
});

describe.each(DIALECTS)('training progress over a real crawl (%s)', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let site: TestSite;
  beforeAll(async () => {
    site = await startSite(chainSite());
    t = await createTestApp(dialect, { GRIVO_CRAWL_ALLOW_PRIVATE: 'true' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('pro');
  });
  afterAll(async () => {
    await t.close();
    await site.close();
  });

  it('never reports a lower share than before, and no share until the total is known', async () => {
    const created = await createChatbot(t, tenant, { website_url: site.url, crawl: { max_pages: LIMIT } });
    const seen: { pages_found: number; pages_done: number; pages_total: number | null }[] = [];
    for (;;) {
      const bot = (
        await t.app.inject({ method: 'GET', url: `/v1/chatbots/${created.id}`, headers: tenant.auth })
      ).json();
      if (bot.status !== 'training') {
        expect(bot).toMatchObject({ status: 'active', pages_trained: LIMIT, training: null });
        break;
      }
      seen.push(bot.training);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen.length).toBeGreaterThan(0);
    for (const [i, s] of seen.entries()) {
      // A total is given only once the crawl has found as many pages as it may read.
      if (s.pages_total !== null) expect(s).toMatchObject({ pages_total: LIMIT, pages_found: expect.any(Number) });
      if (s.pages_total !== null) expect(s.pages_found).toBeGreaterThanOrEqual(LIMIT);
      expect(s.pages_done).toBeLessThanOrEqual(s.pages_found);
      const before = seen[i - 1];
      if (!before) continue;
      expect(s.pages_found).toBeGreaterThanOrEqual(before.pages_found);
      expect(s.pages_done).toBeGreaterThanOrEqual(before.pages_done);
      // Once a total is known it stays, so the share (done / total) only grows.
      if (before.pages_total !== null) expect(s.pages_total).toBe(before.pages_total);
    }
  });
});
