import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/app.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';
import { addContacts, createCampaign } from './helpers/campaigns.js';

// Workspace and account settings, and a schedule taken in the workspace's time
// zone: a real Grivo server (its built dashboard, API and worker) driven by
// Chromium. The password reset has its own file (password-reset-browser.test.ts).
const chromiumFound = hasChromium('account-browser.test.ts');
const EMAIL = 'owner@account.test';

describe.skipIf(!chromiumFound)('account and workspace settings in Chromium', () => {
  let dashboard: Dashboard;
  let t: TestApp;
  let origin: string;
  let page: Page;
  let shot: Dashboard['shot'];

  beforeAll(async () => {
    dashboard = await openDashboard({ email: EMAIL, worker: true, checkWidth: true });
    ({ t, origin, page, shot } = dashboard);
  }, 60_000);
  afterAll(async () => {
    await dashboard?.close();
  });

  it('renames the workspace and sets its time zone, sender and postal address', async () => {
    await page.goto(`${origin}/settings`);
    await page.waitForURL(/\/settings\/workspace$/);
    await page.getByLabel('Workspace name').fill('Acme Bikes');
    await page.getByLabel('Time zone').selectOption('Europe/Paris');
    await page.getByLabel('Sender email address').fill('not an address');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByText(/Sender email address.*not a valid email address/)
      .first()
      .waitFor();
    await page.getByLabel('Sender email address').fill('hello@acme-bikes.example');
    await page.getByLabel('Postal address').fill('1 Market Street, Springfield');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await page.locator('.sidebar .workspace', { hasText: 'Acme Bikes' }).waitFor();
    await shot('settings-workspace');
    const row = await t.services.database.db
      .selectFrom('workspaces')
      .select(['name', 'time_zone', 'default_from_email', 'postal_address'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      name: 'Acme Bikes',
      time_zone: 'Europe/Paris',
      default_from_email: 'hello@acme-bikes.example',
      postal_address: '1 Market Street, Springfield',
    });

    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByLabel('Your name').fill('Ada Owner');
    await page.getByLabel('New password').fill('short');
    await page.getByLabel('Current password').fill('a long enough password');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/New password needs at least 10 characters/).waitFor();
    await page.getByLabel('New password').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await shot('settings-account');
  });

  it('takes and shows a campaign schedule in the workspace time zone (Paris, set above)', async () => {
    const tenant = await dashboard.tenant();
    await addContacts(t, tenant, [{ email: 'reader@account.test', status: 'subscribed' }]);
    const campaign = await createCampaign(t, tenant);
    await page.goto(`${origin}/campaigns/${campaign.id}`);
    await page.getByText(/time zone, Europe\/Paris/).waitFor();
    // Mid-January Paris is an hour ahead of UTC, wherever this browser is.
    const year = new Date().getUTCFullYear() + 1;
    await page.getByLabel('Schedule for').fill(`${year}-01-15T09:30`);
    await page.getByLabel('Schedule for').scrollIntoViewIfNeeded();
    await shot('campaign-schedule-field');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Schedule' }).click();
    await page.getByText('Sends on').waitFor();
    const row = await t.services.database.db
      .selectFrom('campaigns')
      .select('scheduled_at')
      .where('id', '=', campaign.id)
      .executeTakeFirstOrThrow();
    expect(new Date(row.scheduled_at!).toISOString()).toBe(`${year}-01-15T08:30:00.000Z`);
    await expect(page.locator('p', { hasText: 'Sends on' }).textContent()).resolves.toMatch(/09:30/);
    await shot('campaign-scheduled-time-zone');
  });

  it('hides "Changes saved." when a later save of the contact fails', async () => {
    const tenant = await dashboard.tenant();
    const [id] = await addContacts(t, tenant, [{ email: 'banner@account.test', status: 'subscribed' }]);
    await page.goto(`${origin}/contacts/${id}`);
    await page.getByLabel('First name').fill('Bea');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await page.getByLabel('Email').fill('not an address');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByText('Changes saved.').count()).toBe(0);
  });
});
