import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/features/api-keys/service.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { hasChromium, launchChromium } from './helpers/chromium.js';
import { freePort } from './helpers/processes.js';

// The segment builder end to end: a real Grivo server (its built dashboard and
// API) driven by Chromium, its live count following each condition.
const chromiumFound = hasChromium('segments-browser.test.ts');
const root = resolve(import.meta.dirname, '..');
const SHOTS = process.env.GRIVO_SHOTS_DIR;

describe.skipIf(!chromiumFound)('segments in Chromium', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const shot = async (name: string) => {
    if (!SHOTS) return;
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
    await t.app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/signup`);
    await page.getByLabel('Email').fill('owner@segments.test');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/chatbots$/);

    const { db } = t.services.database;
    const workspace = await db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
    const { secret } = await createApiKey(db, { workspaceId: workspace.id });
    for (const contact of [
      { email: 'ada@example.com', tags: ['vip'] },
      { email: 'bob@example.com', tags: ['VIP', 'customer'] },
      { email: 'cy@example.com' },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/contacts',
        headers: { authorization: `Bearer ${secret}` },
        payload: contact,
      });
      expect(res.statusCode).toBe(201);
    }
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('builds a segment with a live count, names what is missing, saves it and offers it as an audience', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
    await page.getByRole('heading', { name: 'No segments yet' }).waitFor();
    await page.locator('.seg-count').getByText('3 contacts').waitFor();

    await page.getByRole('button', { name: 'Add a condition' }).click();
    await page.getByLabel('Value').fill('VIP');
    await page.locator('.seg-count').getByText('2 contacts').waitFor();

    await page.getByRole('button', { name: 'Save segment' }).click();
    await page.getByText('Give the segment a name.').waitFor();
    await page.getByLabel('Name').fill('VIPs');
    await page.getByRole('button', { name: 'Save segment' }).click();
    await page.getByText('VIPs saved: 2 contacts match it now.').waitFor();
    await page.getByRole('button', { name: 'Edit VIPs' }).waitFor();
    await shot('segments');

    await page.getByRole('button', { name: 'Edit VIPs' }).click();
    await page.getByRole('heading', { name: 'Edit segment' }).waitFor();
    await page.getByRole('button', { name: 'Add a condition' }).click();
    await page.getByLabel('Condition 2: field').selectOption('attributes.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Choose a field (and a custom field name).').waitFor();
    await shot('segments-edit');

    await page.goto(`${origin}/campaigns/new`);
    await page.getByLabel('Segment').selectOption({ label: 'VIPs (2)' });
    await page.getByText(/Sent to the subscribed contacts of this segment/).waitFor();
    await page.getByText('subscribed contacts of the segment, if it were sent now').waitFor();
    await page.locator('.cmp-count').getByText('2 recipients').waitFor();
    await shot('segments-campaign-audience');
    expect(pageErrors).toEqual([]);
  });
});
