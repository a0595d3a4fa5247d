import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/app.js';
import { CAMPAIGN } from './helpers/campaigns.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';
import { rawHeader, readOutbox } from './helpers/mail.js';

// "Export data" and "Erase this person" on the contact page, and the
// unsubscribe preference page, end to end in Chromium.
const chromiumFound = hasChromium('privacy-browser.test.ts');

describe.skipIf(!chromiumFound)('personal data in Chromium', () => {
  let dashboard: Dashboard;
  let t: TestApp;
  let origin: string;
  let page: Page;
  let pageErrors: string[];
  let shot: Dashboard['shot'];
  let headers: Record<string, string>;
  const api = async (method: string, path: string, body?: object) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return res.json() as Promise<any>;
  };

  beforeAll(async () => {
    dashboard = await openDashboard({ email: 'owner@privacy.test', worker: true, acceptDownloads: true });
    ({ t, origin, page, pageErrors, shot } = dashboard);
    headers = await dashboard.apiHeaders();
  }, 60_000);

  afterAll(async () => {
    await dashboard?.close();
  });

  it('exports the data, and erases the person only once their address is typed', async () => {
    const contact = await api('POST', '/v1/contacts', { email: 'Erin@Example.com', first_name: 'Erin' });
    await page.goto(`${origin}/contacts/${contact.id}`);
    await page.getByRole('heading', { name: 'Personal data' }).waitFor();
    await shot('privacy-contact');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export data' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`contact-${contact.id}.json`);

    const erase = page.getByRole('button', { name: 'Erase this person' });
    const confirm = page.getByLabel('Type Erin@Example.com to confirm');
    await confirm.fill('someone@else.com');
    expect(await erase.isDisabled()).toBe(true);
    await confirm.fill(' erin@example.com');
    await confirm.press('Enter');
    await page.waitForURL(/\/contacts$/);
    await page.getByText('The person was erased.').waitFor();
    expect((await api('GET', '/v1/suppressions')).data[0]).toMatchObject({ email: null, reason: 'erased' });

    // Back with fresh consent: the owner lifts the erased suppression by typing the address.
    await page.goto(`${origin}/suppressions`);
    await page.getByRole('button', { name: 'Lift the suppression of an erased person' }).click();
    const address = page.getByLabel('Their email address');
    const lift = page.getByRole('button', { name: 'Lift', exact: true });
    await address.fill('someone@else.com');
    await lift.click();
    await page.getByText('not suppressed').waitFor();
    await address.fill('erin@example.com');
    await lift.click();
    await page.getByText('erin@example.com can be emailed again.').waitFor();
    expect((await api('GET', '/v1/suppressions')).total).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('shows the preference page with the sender and their postal address', async () => {
    await api('PATCH', '/v1/settings', { postal_address: '1 Quay Street, Springfield' });
    await api('POST', '/v1/contacts', { email: 'pat@example.com' });
    const campaign = await api('POST', '/v1/campaigns', CAMPAIGN);
    await api('POST', `/v1/campaigns/${campaign.id}/send`);
    let message: any;
    for (let i = 0; i < 400 && !message; i++) {
      message = (await readOutbox(t.database.dataDir)).find((m) => /pat@/.test((m.to as { text: string }).text));
      if (!message) await new Promise((r) => setTimeout(r, 25));
    }
    await page.goto(rawHeader(message, 'List-Unsubscribe')!.slice(1, -1));
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByRole('heading', { name: 'You are unsubscribed' }).waitFor();
    expect(await page.textContent('body')).toContain('1 Quay Street, Springfield');
    await shot('privacy-unsubscribed');
  });
});
