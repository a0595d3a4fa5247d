import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/app.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';

// The Forms pages and a form's hosted page end to end: a real Grivo server
// (its built dashboard and API) driven by Chromium.
const chromiumFound = hasChromium('forms-browser.test.ts');

describe.skipIf(!chromiumFound)('subscribe forms in Chromium', () => {
  let dashboard: Dashboard;
  let t: TestApp;
  let origin: string;
  let page: Page;
  let pageErrors: string[];
  let shot: Dashboard['shot'];

  beforeAll(async () => {
    dashboard = await openDashboard({ email: 'owner@forms.test' });
    ({ t, origin, page, pageErrors, shot } = dashboard);
  }, 60_000);

  afterAll(async () => {
    await dashboard?.close();
  });

  it('creates a form with a preview, shows its link and snippet, and a visitor signs up on its page', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forms' }).click();
    await page.getByRole('heading', { name: 'No forms yet' }).waitFor();
    await page.getByRole('link', { name: 'New form' }).click();
    await page.getByLabel('Title').fill('Monthly news');
    await page.getByRole('button', { name: 'Add a field' }).click();
    await page.getByLabel('Tags to add (optional)').fill('newsletter');
    // The preview follows what is typed.
    await page.locator('.frm-preview-page').getByText('First name').waitFor();
    await expect(page.locator('.frm-preview-page h3').textContent()).resolves.toBe('Monthly news');

    // A bad address on the server's side comes back beside its field.
    await page.getByLabel('After signing up, go to (optional)').fill('ftp://example.org');
    await page.getByRole('button', { name: 'Create form' }).click();
    await page.getByText('Enter a web address that starts with https:// or http://.').waitFor();
    await page.getByLabel('After signing up, go to (optional)').fill('');
    await page.getByRole('button', { name: 'Create form' }).click();
    await page.getByRole('heading', { name: 'Share the form' }).waitFor();
    const snippet = await page.getByLabel(/paste this HTML/).inputValue();
    expect(snippet).toMatch(/^<form method="post" action="http:\/\/127\.0\.0\.1:\d+\/public\/forms\/frm_\w+\/submit">/);
    await page.getByRole('button', { name: 'Copy HTML' }).waitFor();
    await shot('forms-edit');

    const hosted = await page.locator('.frm-hosted-link').getAttribute('href');
    await page.goto(hosted!);
    await page.getByRole('heading', { name: 'Monthly news' }).waitFor();
    await shot('forms-hosted');
    await page.getByLabel('Email').fill('visitor@example.com');
    await page.getByLabel('First name').fill('Vera');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();

    const contact = await t.services.database.db
      .selectFrom('contacts')
      .selectAll()
      .where('email', '=', 'visitor@example.com')
      .executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ first_name: 'Vera', status: 'pending', source: 'form' });
    expect(JSON.parse(contact.tags)).toEqual(['newsletter']);

    await page.goto(`${origin}/forms`);
    await page.getByRole('link', { name: 'Monthly news' }).waitFor();
    await shot('forms-list');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
