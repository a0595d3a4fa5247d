import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContact } from '../src/features/contacts/service.js';
import type { TestApp } from './helpers/app.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';

// The Email consent settings and a pending contact's "Resend confirmation",
// end to end: a real Grivo server (its built dashboard and API) driven by Chromium.
const chromiumFound = hasChromium('consent-browser.test.ts');

describe.skipIf(!chromiumFound)('email consent in Chromium', () => {
  let dashboard: Dashboard;
  let t: TestApp;
  let origin: string;
  let page: Page;
  let pageErrors: string[];
  let shot: Dashboard['shot'];

  beforeAll(async () => {
    dashboard = await openDashboard({ email: 'owner@consent.test', worker: true, checkWidth: true });
    ({ t, origin, page, pageErrors, shot } = dashboard);
  }, 60_000);

  afterAll(async () => {
    await dashboard?.close();
  });

  it('changes double opt-in settings with plain errors, and resends a confirmation from the contact page', async () => {
    await page.goto(`${origin}/settings/consent`);
    const optIn = page.getByLabel('Ask new subscribers to confirm by email (double opt-in)');
    await expect(optIn.isChecked()).resolves.toBe(true);
    const days = page.getByLabel('Days the confirmation link works');
    await days.fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a whole number of days from 1 to 90.').waitFor();
    // Focus lands on the field to fix.
    expect(await page.evaluate<string>('document.activeElement.type')).toBe('number');
    await shot('consent-settings-error');
    await days.fill('14');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await shot('consent-settings');
    const workspace = await t.services.database.db
      .selectFrom('workspaces')
      .select(['id', 'confirmation_expiry_days'])
      .executeTakeFirstOrThrow();
    expect(workspace).toMatchObject({ confirmation_expiry_days: 14 });

    const { contact } = await createContact(
      t.services,
      { workspaceId: workspace.id, plan: 'free' },
      { email: 'waiting@example.com', status: 'pending' } as Parameters<typeof createContact>[2],
      { upsert: false, source: 'api' },
    );
    await page.goto(`${origin}/contacts/${contact.id}`);
    await page.getByRole('heading', { name: 'Waiting for confirmation' }).waitFor();
    await page.getByRole('button', { name: 'Resend confirmation' }).click();
    await page.getByText('A new confirmation email is on its way.').waitFor();
    await page.getByRole('button', { name: 'Resend confirmation' }).click();
    await page.getByText('A confirmation email was sent a few minutes ago.').waitFor();
    await shot('consent-resend');
    expect(pageErrors).toEqual([]);
  });
});
