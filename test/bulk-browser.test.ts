import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/features/api-keys/service.js';
import { jobHandlers } from '../src/worker.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { hasChromium, launchChromium } from './helpers/chromium.js';
import { freePort } from './helpers/processes.js';

// Bulk actions and the tags page end to end: a real Grivo server (its built
// dashboard, API and worker) driven by Chromium.
const chromiumFound = hasChromium('bulk-browser.test.ts');
const root = resolve(import.meta.dirname, '..');
const SHOTS = process.env.GRIVO_SHOTS_DIR;

describe.skipIf(!chromiumFound)('bulk actions in Chromium', () => {
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
    t.services.queue.work(jobHandlers(t.services));
    await t.app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/signup`);
    await page.getByLabel('Email').fill('owner@bulk.test');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/chatbots$/);

    const { db } = t.services.database;
    const workspace = await db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
    const { secret } = await createApiKey(db, { workspaceId: workspace.id });
    for (const contact of [
      { email: 'ada@example.com', tags: ['VIP'] },
      { email: 'bob@example.com' },
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

  it('selects contacts, tags them (whatever the case), shows progress and the tags with counts', async () => {
    await page.goto(`${origin}/contacts`);
    await page.getByLabel('Select ada@example.com').check();
    await page.getByLabel('Select bob@example.com').check();
    await page.getByText('2 contacts selected').waitFor();
    await page.getByLabel('Action', { exact: true }).selectOption('tag');
    await page.getByRole('button', { name: 'Add a tag · 2 contacts' }).click();
    await page.getByText('Enter the tag to add or remove.').waitFor();
    await page.getByLabel('Tag to add').fill('vip');
    await shot('bulk-selected');
    await page.getByLabel('Tag to add').press('Enter');
    await page.getByText('Tagged 1 contact (“vip”). 1 contact already matched.').waitFor();
    await shot('bulk-done');

    // Select the page, then every contact matching: unsubscribe all three, asked once more for delete only.
    await page.getByLabel('Select every contact on this page').check();
    await page.getByText('3 contacts selected').waitFor();
    await page.getByLabel('Action', { exact: true }).selectOption('delete');
    await page.getByRole('button', { name: 'Delete · 3 contacts' }).click();
    await page.getByText('Delete 3 contacts for good?').waitFor();
    await shot('bulk-confirm');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByLabel('Action', { exact: true }).selectOption('unsubscribe');
    await page.getByRole('button', { name: 'Unsubscribe · 3 contacts' }).click();
    await page.getByText('Unsubscribed 3 contacts.').waitFor();

    await page.getByRole('link', { name: 'Tags', exact: true }).click();
    await page.getByRole('heading', { name: 'Tags' }).waitFor();
    const row = page.getByRole('row', { name: /VIP/ });
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('2');
    await shot('tags');
    await page.getByLabel('Find a tag').fill('zz');
    await page.getByText('No tag starts with that').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
