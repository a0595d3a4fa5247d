import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordClick, recordOpen } from '../src/features/campaigns/tracking/service.js';
import type { TestApp } from './helpers/app.js';
import { addContacts, campaignAction, createCampaign, waitForCampaign } from './helpers/campaigns.js';
import { hasChromium } from './helpers/chromium.js';
import { importCsv } from './helpers/imports.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';

// The recipients report on the campaign page and the activity timeline on the
// contact page, end to end: a real server with its built dashboard, in Chromium.
const chromiumFound = hasChromium('activity-browser.test.ts');
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

describe.skipIf(!chromiumFound)('campaign recipients and contact activity in Chromium', () => {
  let dashboard: Dashboard;
  let t: TestApp;
  let origin: string;
  let page: Page;
  let pageErrors: string[];
  let shot: Dashboard['shot'];
  let campaignId: string;

  beforeAll(async () => {
    dashboard = await openDashboard({ email: 'owner@activity.test', worker: true });
    ({ t, origin, page, pageErrors, shot } = dashboard);

    const { database } = t.services;
    const owner = await dashboard.tenant();
    const ids = await addContacts(t, owner, [{ email: 'ada@example.com' }, { email: 'bob@example.com' }]);
    campaignId = (await createCampaign(t, owner)).id;
    expect((await campaignAction(t, owner, campaignId, 'send')).statusCode).toBe(202);
    await waitForCampaign(t, owner, campaignId, ['sent']);
    const later = new Date(Date.now() + 60_000).toISOString();
    await recordOpen(database, { campaignId, contactId: ids[0]! }, { userAgent: CHROME, now: later });
    await recordOpen(database, { campaignId, contactId: ids[0]! }, { userAgent: CHROME, now: later });
    await recordClick(database, { campaignId, contactId: ids[0]! }, 0);
    // A CSV import that changes her details: it shows on her timeline.
    expect(await importCsv(t, owner, 'email,first_name\nada@example.com,Ada\n')).toMatchObject({ updated: 1 });
  }, 60_000);

  afterAll(async () => {
    await dashboard?.close();
  });

  it('shows who opened and clicked, tab by tab, with a CSV download, and the contact timeline', async () => {
    await page.goto(`${origin}/campaigns/${campaignId}`);
    const report = page.getByRole('region', { name: 'Recipients' });
    await report.getByText('2 in all').waitFor();
    await report.getByRole('tab', { name: 'Received' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => report.getByRole('tab', { name: 'Opened' }).getAttribute('aria-selected')).toBe('true');
    await report.getByText('1 in all').waitFor();
    await report.getByRole('columnheader', { name: 'Opens' }).waitFor();
    const adaOpens = report
      .getByRole('row', { name: /ada@example\.com/ })
      .getByRole('cell')
      .last();
    await expect.poll(() => adaOpens.textContent()).toBe('2');
    await shot('campaign-recipients-opened');
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
    await activity.getByText(/^Details updated by /).waitFor();
    await shot('contact-activity');
    expect(pageErrors).toEqual([]);
  });
});
