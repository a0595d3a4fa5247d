import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIKE_SHOP } from './fixtures/bike-shop.js';
import { addContacts, createCampaign } from './helpers/campaigns.js';
import { importCsv } from './helpers/imports.js';
import { ask, createChatbot, waitForTraining } from './helpers/chatbots.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';
import { startSite, type TestSite } from './helpers/site.js';

// Every dashboard page, seeded with real data, checked by axe-core in
// Chromium at desktop and phone width: a serious or critical violation fails.
const chromiumFound = hasChromium('accessibility-browser.test.ts');

const WIDTHS = [1280, 390] as const;

interface AxeNode {
  target: string[];
  failureSummary?: string;
  html: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** Runs axe on the page as it is and returns its serious and critical violations, in words. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the dashboard's CSP rightly refuses inline scripts.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axe.source);
  const result = await page.evaluate<{ violations: AxeViolation[]; passes: number }>(
    'window.axe.run(document, { resultTypes: ["violations"] }).then((r) => ({ violations: r.violations, passes: r.passes.length }))',
  );
  // Guards against a check that ran no rules at all (an empty page, axe not loaded).
  expect(result.passes).toBeGreaterThan(0);
  const violations = result.violations;
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.impact} ${v.id}: ${v.help}\n    at ${n.target.join(' ')}\n    ${n.html.slice(0, 160)}\n    ${n.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`,
      ),
    );
}

/** Waits until the page has loaded its data: no request in flight and no loading line. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction('!document.querySelector(".loading")', undefined, { timeout: 10_000 }).catch(() => {});
}

describe.skipIf(!chromiumFound)('every dashboard page passes axe-core', () => {
  let d: Dashboard;
  let site: TestSite;
  const paths: string[] = [];

  beforeAll(async () => {
    site = await startSite(BIKE_SHOP);
    d = await openDashboard({
      email: 'a11y@example.com',
      worker: true,
      env: { GRIVO_CRAWL_ALLOW_PRIVATE: 'true' },
    });
    const { t } = d;
    const tenant = await d.tenant();
    const call = async (url: string, payload: object) => {
      const res = await t.app.inject({ method: 'POST', url, headers: tenant.auth, payload });
      if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const [contactId] = await addContacts(t, tenant, [
      { email: 'ada.lovelace-with-a-rather-long-address@example.com', first_name: 'Ada', tags: ['vip', 'newsletter'] },
      { email: 'grace@example.com', first_name: 'Grace', attributes: { city: 'Arlington' } },
      { email: 'linus@example.com', status: 'unsubscribed' },
    ]);
    // An import with a bad row, so its status page shows its errors too.
    const contactImport = await importCsv(t, tenant, 'email,first_name\nkim@example.com,Kim\nnot-an-address,Bad\n');
    const campaign = await createCampaign(t, tenant);
    const bot = await createChatbot(t, tenant, { website_url: site.url });
    await waitForTraining(t, tenant, bot.id);
    await ask(t, tenant, bot.id, 'Do you ship abroad?');
    await ask(t, tenant, bot.id, 'What is the meaning of life?');
    const conversations = await t.app.inject({
      method: 'GET',
      url: `/v1/chatbots/${bot.id}/conversations`,
      headers: tenant.auth,
    });
    const conversationId: string = conversations.json().data[0].id;
    const form = await call('/v1/forms', { name: 'Newsletter', consent_text: 'Yes, send me the monthly newsletter.' });
    await call('/v1/segments', { name: 'Locals', conditions: [{ field: 'email', op: 'contains', value: '@' }] });
    const hook = await call('/v1/webhook-endpoints', {
      url: 'https://hooks.example.com/grivo',
      events: ['contact.created'],
    });
    const botPath = `/chatbots/${bot.id}`;
    paths.push(
      '/overview',
      '/contacts',
      '/contacts/new',
      '/contacts/import',
      `/contacts/imports/${contactImport.id}`,
      '/contacts/tags',
      `/contacts/${contactId}`,
      '/campaigns',
      '/campaigns/new',
      `/campaigns/${campaign.id}`,
      '/chatbots',
      '/chatbots/new',
      ...['', '/pages', '/sources', '/playground', '/conversations', '/analytics', '/leads', '/settings', '/embed'].map(
        (tab) => `${botPath}${tab}`,
      ),
      `${botPath}/conversations/${encodeURIComponent(conversationId)}`,
      '/forms',
      '/forms/new',
      `/forms/${form.id}`,
      '/segments',
      '/webhooks',
      '/webhooks/new',
      `/webhooks/${hook.id}`,
      '/suppressions',
      '/templates',
      '/templates/new',
      '/settings/workspace',
      '/settings/account',
      '/settings/members',
      '/settings/api-keys',
      '/settings/plan',
      '/settings/consent',
      '/settings/audit-log',
    );
  }, 120_000);

  afterAll(async () => {
    await d?.close();
    await site?.close();
  });

  it('has no serious or critical violation on any signed-in page, at 1280 and 390 px', async () => {
    // Two pages of the signed-in session side by side: much of a page's time
    // is spent waiting for the network to stay quiet, the other's checking.
    const second = await d.page.context().newPage();
    second.setDefaultTimeout(15_000);
    second.on('pageerror', (error) => d.pageErrors.push(error.message));
    const found: string[] = [];
    const left = [...paths];
    const check = async (page: Page) => {
      for (let path = left.shift(); path !== undefined; path = left.shift()) {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${d.origin}${path}`);
          await settle(page);
          for (const v of await seriousViolations(page)) found.push(`${path} at ${width} px: ${v}`);
        }
        await d.shot(path.slice(1).replace(/\//g, '-'), page);
      }
    };
    try {
      await Promise.all([check(d.page), check(second)]);
    } finally {
      await second.close();
    }
    expect(found.join('\n\n'), `axe found ${found.length} serious or critical violations`).toBe('');
    expect(d.pageErrors).toEqual([]);
  }, 300_000);

  it('has none on sign-in, sign-up and forgotten password either', async () => {
    const context = await d.browser.newContext();
    const page = await context.newPage();
    const found: string[] = [];
    try {
      for (const path of ['/login', '/signup', '/forgot-password']) {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${d.origin}${path}`);
          await settle(page);
          for (const v of await seriousViolations(page)) found.push(`${path} at ${width} px: ${v}`);
        }
      }
    } finally {
      await context.close();
    }
    expect(found.join('\n\n'), `axe found ${found.length} serious or critical violations`).toBe('');
  });

  it('takes someone who opened /campaigns signed out back to /campaigns after signing in', {
    timeout: 60_000,
  }, async () => {
    const context = await d.browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${d.origin}/campaigns`);
      await page.waitForURL(/\/login$/);
      await page.getByLabel('Email').fill('a11y@example.com');
      await page.getByLabel('Password').fill('a long enough password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/campaigns$/);
      await page.getByRole('heading', { name: 'Campaigns' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('never sends someone signing in to another site', { timeout: 60_000 }, async () => {
    const context = await d.browser.newContext();
    const page = await context.newPage();
    try {
      // A crafted link: the path lookalike //evil.example must not be followed.
      await page.goto(`${d.origin}//evil.example/x`);
      await page.waitForURL(/\/login$/);
      await page.getByLabel('Email').fill('a11y@example.com');
      await page.getByLabel('Password').fill('a long enough password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.origin === d.origin && !url.pathname.startsWith('/login'));
      expect(new URL(page.url()).origin).toBe(d.origin);
    } finally {
      await context.close();
    }
  });
});
