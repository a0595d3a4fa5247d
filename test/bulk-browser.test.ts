import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/app.js';
import { addContacts } from './helpers/campaigns.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';

// Bulk actions and the tags page end to end: a real Grivo server (its built
// dashboard, API and worker) driven by Chromium.
const chromiumFound = hasChromium('bulk-browser.test.ts');

describe.skipIf(!chromiumFound)('bulk actions in Chromium', () => {
  let dashboard: Dashboard;
  let t: TestApp;
  let origin: string;
  let page: Page;
  let pageErrors: string[];
  let shot: Dashboard['shot'];

  beforeAll(async () => {
    dashboard = await openDashboard({ email: 'owner@bulk.test', worker: true });
    ({ t, origin, page, pageErrors, shot } = dashboard);
    await addContacts(t, await dashboard.tenant(), [
      { email: 'ada@example.com', tags: ['VIP'] },
      { email: 'bob@example.com' },
      { email: 'cy@example.com' },
    ]);
  }, 60_000);

  afterAll(async () => {
    await dashboard?.close();
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
