import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/features/api-keys/service.js';
import { recordClick, recordOpen } from '../src/features/campaigns/tracking/service.js';
import { jobHandlers } from '../src/worker.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { CAMPAIGN } from './helpers/campaigns.js';
import { hasChromium, launchChromium } from './helpers/chromium.js';
import { freePort } from './helpers/processes.js';

// The recipients report on the campaign page and the activity timeline on the
// contact page, end to end: a real server with its built dashboard, in Chromium.
const chromiumFound = hasChromium('activity-browser.test.ts');
const root = resolve(import.meta.dirname, '..');
const SHOTS = process.env.GRIVO_SHOTS_DIR;
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

describe.skipIf(!chromiumFound)('campaign recipients and contact activity in Chromium', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  let page: Page;
  let campaignId: string;
  const pageErrors: string[] = [];
  const shot = async (name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  };

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/web/index.html')))
      throw new Error('dist/web is missing: run npm run build first (npm test does).');
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    t = await createTestApp('sqlite', { GRIVO_PUBLIC_URL: origin, GRIVO_RATE_LIMIT_FREE: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    await t.app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/signup`);
    await page.getByLabel('Email').fill('owner@activity.test');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/chatbots$/);

    const { database } = t.services;
    const workspace = await database.db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
    const { secret } = await createApiKey(database.db, { workspaceId: workspace.id });
    const headers = { authorization: `Bearer ${secret}` };
    const ids: string[] = [];
    for (const email of ['ada@example.com', 'bob@example.com']) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/contacts', headers, payload: { email } });
      ids.push(res.json().id);
    }
    campaignId = (await t.app.inject({ method: 'POST', url: '/v1/campaigns', headers, payload: CAMPAIGN })).json().id;
    await t.app.inject({ method: 'POST', url: `/v1/campaigns/${campaignId}/send`, headers });
    let status = '';
    for (const deadline = Date.now() + 30_000; status !== 'sent' && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 25));
      status = (await t.app.inject({ method: 'GET', url: `/v1/campaigns/${campaignId}`, headers })).json().status;
    }
    expect(status).toBe('sent');
    const later = new Date(Date.now() + 60_000).toISOString();
    await recordOpen(database, { campaignId, contactId: ids[0]! }, { userAgent: CHROME, now: later });
    await recordClick(database, { campaignId, contactId: ids[0]! }, 0);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows who opened and clicked, tab by tab, with a CSV download, and the contact timeline', async () => {
    await page.goto(`${origin}/campaigns/${campaignId}`);
    const report = page.getByRole('region', { name: 'Recipients' });
    await report.getByText('2 in all').waitFor();
    await report.getByRole('tab', { name: 'Received' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => report.getByRole('tab', { name: 'Opened' }).getAttribute('aria-selected')).toBe('true');
    await report.getByText('1 in all').waitFor();
    await report.getByRole('tab', { name: 'Clicked' }).click();
    await report.getByRole('columnheader', { name: 'Clicks' }).waitFor();
    const download = report.getByRole('link', { name: /Download CSV/ });
    expect(await download.getAttribute('href')).toBe(`/v1/campaigns/${campaignId}/recipients/export?event=clicked`);
    await report.getByRole('tab', { name: 'Bounced' }).click();
    await report.getByText('No message bounced.').waitFor();
    await report.getByRole('tab', { name: 'Clicked' }).click();
    await shot('campaign-recipients');

    await report.getByRole('link', { name: 'ada@example.com' }).click();
    const activity = page.getByRole('region', { name: 'Activity' });
    await activity.getByText('Clicked a link in November news (1 click)').waitFor();
    await activity.getByText('Opened November news').waitFor();
    await activity.getByText('Received November news').waitFor();
    await activity.getByText('Added to your contacts').waitFor();
    await shot('contact-activity');
    expect(pageErrors).toEqual([]);
  });
});
