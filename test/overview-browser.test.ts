import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, Tenant } from './helpers/app.js';
import { addContacts, campaignAction, createCampaign, waitForCampaign } from './helpers/campaigns.js';
import { ask, createChatbot, waitForTraining } from './helpers/chatbots.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';
import { readOutbox } from './helpers/mail.js';
import { startSite, type TestSite } from './helpers/site.js';
import { BIKE_SHOP } from './fixtures/bike-shop.js';

// The dashboard's home end to end: a workspace with contacts, a chatbot
// conversation and a campaign sent and clicked, as the overview shows them.
const chromiumFound = hasChromium('overview-browser.test.ts');

describe.skipIf(!chromiumFound)('the overview in Chromium', () => {
  let dashboard: Dashboard;
  let t: TestApp;
  let tenant: Tenant;
  let origin: string;
  let page: Page;
  let site: TestSite;
  let campaignId: string;

  /** A stat tile's value, by its label. */
  const tile = (label: string) => page.locator('.stat', { has: page.getByText(label, { exact: true }) });

  beforeAll(async () => {
    site = await startSite(BIKE_SHOP);
    dashboard = await openDashboard({
      email: 'owner@overview.test',
      worker: true,
      checkWidth: true,
      env: { GRIVO_CRAWL_ALLOW_PRIVATE: 'true' },
    });
    ({ t, origin, page } = dashboard);
    tenant = await dashboard.tenant();
  }, 60_000);

  afterAll(async () => {
    await dashboard?.close();
    await site?.close();
  });

  it('welcomes a new workspace with where to start', async () => {
    await page.getByRole('heading', { name: 'Welcome to Grivo' }).waitFor();
    for (const name of ['Create a chatbot', 'Import contacts', 'Write a campaign'])
      await page.getByRole('link', { name }).waitFor();
    const first = page.getByRole('navigation', { name: 'Main' }).getByRole('link').first();
    expect(await first.textContent()).toBe('Overview');
    await dashboard.shot('overview-empty');
  });

  it("shows the workspace's conversations, contacts and last campaign with its rates", async () => {
    await addContacts(t, tenant, [{ email: 'ann@example.com' }, { email: 'bob@example.com' }]);
    const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
    expect((await ask(t, tenant, bot.id, 'What are your opening hours?')).answered).toBe(true);

    campaignId = (await createCampaign(t, tenant, { name: 'Spring news' })).id;
    expect((await campaignAction(t, tenant, campaignId, 'send')).statusCode).toBe(202);
    await waitForCampaign(t, tenant, campaignId, ['sent']);
    const mail = (await readOutbox(t.database.dataDir)).filter((m) => m.subject?.startsWith('Hi'));
    expect(mail).toHaveLength(2);
    // One recipient clicks a link: a click is an open too, even with images off.
    const tracked = /href="([^"]+\/t\/click\/[^"]+)"/.exec(String(mail[0]!.html))?.[1];
    expect((await fetch(tracked!.replace(/&amp;/g, '&'), { redirect: 'manual' })).status).toBe(302);

    await page.goto(`${origin}/`);
    await page.waitForURL(/\/overview$/);
    await tile('Conversations').getByText('1', { exact: true }).waitFor();
    expect(await tile('Answered').locator('.value').textContent()).toBe('100%');
    expect(await tile('Answered').locator('.cmp-note').textContent()).toBe('1 of 1 question');
    expect(await tile('Leads captured').locator('.value').textContent()).toBe('0');
    expect(await tile('Contacts').locator('.value').textContent()).toBe('2');
    expect(await tile('Contacts').locator('.cmp-note').textContent()).toBe('2 new');
    const row = page.locator('.ov-campaigns tbody tr', { hasText: 'Spring news' });
    expect(await row.locator('td[data-label="Sent"]').textContent()).toBe('2');
    expect(await row.locator('td[data-label="Opened"]').textContent()).toBe('50%');
    expect(await row.locator('td[data-label="Clicked"]').textContent()).toBe('50%');
    await page.getByRole('img', { name: 'Chatbot conversations per day' }).waitFor();
    await page.getByRole('img', { name: 'Contacts added per day' }).waitFor();
    await dashboard.shot('overview');

    const range = page.locator('.ov-toolbar p');
    const month = await range.textContent();
    await page.getByLabel('Period').selectOption('7');
    await page.waitForURL(/\/overview\?days=7$/);
    await expect.poll(() => range.textContent()).not.toBe(month);
    expect(await tile('Contacts').locator('.cmp-note').textContent()).toBe('2 new');

    await row.getByRole('link', { name: 'Spring news' }).click();
    await page.waitForURL(new RegExp(`/campaigns/${campaignId}$`));
    await page.getByText(/^Updated /).waitFor();
    expect(await page.getByText(/^Updated /).textContent()).toMatch(/refresh by themselves/);
    await dashboard.shot('campaign-stats');
  });

  it('lists campaigns with their open and click rates', async () => {
    await createCampaign(t, tenant, { name: 'Summer draft' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
    const sent = page.locator('.cmp-table tbody tr', { hasText: 'Spring news' });
    await sent.waitFor();
    expect(await sent.locator('td[data-label="Opened"]').textContent()).toBe('50%');
    expect(await sent.locator('td[data-label="Clicked"]').textContent()).toBe('50%');
    const draft = page.locator('.cmp-table tbody tr', { hasText: 'Summer draft' });
    expect(await draft.locator('td[data-label="Opened"]').textContent()).toBe('—');
    await dashboard.shot('campaign-list');
    expect(dashboard.pageErrors).toEqual([]);
  });
});
