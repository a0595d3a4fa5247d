import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, Tenant } from './helpers/app.js';
import { createCampaign } from './helpers/campaigns.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';

// Settings → Audit log: what the owner did in the dashboard and what a key did
// through the API, as sentences, narrowed by kind and day, a page at a time.
const chromiumFound = hasChromium('audit-browser.test.ts');
const EMAIL = 'owner@audit.test';

describe.skipIf(!chromiumFound)('the audit log in Chromium', () => {
  let dashboard: Dashboard;
  let t: TestApp;
  let origin: string;
  let page: Page;
  let shot: Dashboard['shot'];
  let tenant: Tenant;

  beforeAll(async () => {
    dashboard = await openDashboard({ email: EMAIL, checkWidth: true });
    ({ t, origin, page, shot } = dashboard);
    tenant = await dashboard.tenant();
  }, 60_000);
  afterAll(async () => {
    await dashboard?.close();
  });

  const api = (method: 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: tenant.auth, ...(payload ? { payload } : {}) });

  it('says who did what, as sentences', async () => {
    // The owner makes and revokes a key in the dashboard.
    await page.goto(`${origin}/settings/api-keys`);
    await page.getByLabel('Key name').fill('CI');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByRole('button', { name: 'Revoke CI' }).click();
    await page.getByRole('button', { name: 'Revoke key' }).click();
    await page.getByRole('button', { name: 'Revoke CI' }).waitFor({ state: 'detached' });
    // A key sends a campaign, schedules another, and changes the settings.
    const sent = await createCampaign(t, tenant, { name: 'Spring sale' });
    expect((await api('POST', `/v1/campaigns/${sent.id}/send`)).statusCode).toBe(202);
    const later = await createCampaign(t, tenant, { name: 'Summer news' });
    const sendAt = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString();
    expect((await api('POST', `/v1/campaigns/${later.id}/send`, { send_at: sendAt })).statusCode).toBe(202);
    expect((await api('PATCH', '/v1/settings', { default_from_name: 'Acme', double_opt_in: true })).statusCode).toBe(
      200,
    );

    await page.goto(`${origin}/settings`);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(/\/settings\/audit-log$/);
    await page.getByText(`${EMAIL} revoked the API key “CI”`).waitFor();
    await page.getByText(`${EMAIL} created the API key “CI”`).waitFor();
    await page.getByText('The API key “Default key” sent the campaign “Spring sale”').waitFor();
    await page.getByText(/The API key “Default key” scheduled the campaign “Summer news” for /).waitFor();
    await page.getByText('changed the workspace’s default sender name and double opt-in').waitFor();
    await page.getByText('6 entries').waitFor();
    await shot('settings-audit-log');
  });

  it('narrows the log to a kind of change and to days, and pages through it', async () => {
    await page.getByLabel('What').selectOption({ label: 'Campaigns' });
    await page.getByText('2 entries').waitFor();
    expect(await page.locator('.au-table tbody tr').count()).toBe(2);
    await shot('settings-audit-log-campaigns');

    await page.getByLabel('From').fill('2001-01-01');
    await page.getByLabel('To').fill('2001-01-31');
    await page.getByText('Nothing matches these filters').waitFor();
    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.getByText('6 entries').waitFor();

    for (let i = 0; i < 24; i++)
      expect((await api('PATCH', '/v1/settings', { postal_address: `${i} Market Street` })).statusCode).toBe(200);
    await page.reload();
    await page.getByText('30 entries').waitFor();
    await page.getByText('1–25 of 30').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('26–30 of 30').waitFor();
    await page.getByText(`${EMAIL} created the API key “CI”`).waitFor();
    expect(await page.locator('.au-table tbody tr').count()).toBe(5);
    expect(dashboard.pageErrors).toEqual([]);
  });
});
