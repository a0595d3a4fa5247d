import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/app.js';
import { addContacts } from './helpers/campaigns.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';

// The segment builder end to end: a real Grivo server (its built dashboard and
// API) driven by Chromium, its live count following each condition.
const chromiumFound = hasChromium('segments-browser.test.ts');

describe.skipIf(!chromiumFound)('segments in Chromium', () => {
  let dashboard: Dashboard;
  let t: TestApp;
  let origin: string;
  let page: Page;
  let pageErrors: string[];
  let shot: Dashboard['shot'];

  beforeAll(async () => {
    dashboard = await openDashboard({ email: 'owner@segments.test' });
    ({ t, origin, page, pageErrors, shot } = dashboard);
    await addContacts(t, await dashboard.tenant(), [
      { email: 'ada@example.com', tags: ['vip'] },
      { email: 'bob@example.com', tags: ['VIP', 'customer'] },
      { email: 'cy@example.com' },
    ]);
  }, 60_000);

  afterAll(async () => {
    await dashboard?.close();
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
