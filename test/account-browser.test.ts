import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/app.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';
import { readOutbox } from './helpers/mail.js';

// Workspace and account settings, a forgotten password reset from the mail in
// the outbox, and signing in back to the page asked for: a real Grivo server
// (its built dashboard, API and worker) driven by Chromium.
const chromiumFound = hasChromium('account-browser.test.ts');
const EMAIL = 'owner@account.test';

describe.skipIf(!chromiumFound)('account recovery and settings in Chromium', () => {
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
      .getByText(/default_from_email|valid email/i)
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
    await page.getByText('The password must be at least 10 characters.').waitFor();
    await page.getByLabel('New password').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await shot('settings-account');
  });

  it('resets a forgotten password from the mailed link, signing out the old session', async () => {
    const other = await dashboard.browser.newContext();
    const before = await other.newPage();
    await before.goto(`${origin}/login`);
    await before.getByLabel('Email').fill(EMAIL);
    await before.getByLabel('Password').fill('a long enough password');
    await before.getByRole('button', { name: 'Sign in' }).click();
    await before.waitForURL(/\/chatbots$/);

    const fresh = await dashboard.browser.newContext();
    const tab = await fresh.newPage();
    await tab.goto(`${origin}/login`);
    await tab.getByLabel('Email').fill(EMAIL);
    await tab.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(tab.getByLabel('Email').inputValue()).resolves.toBe(EMAIL);
    await tab.getByRole('button', { name: 'Send the link' }).click();
    await tab.getByText(/we have sent it a link/).waitFor();

    let link: string | undefined;
    for (let i = 0; i < 200 && !link; i++) {
      const mail = (await readOutbox(t.database.dataDir)).find((m) => m.subject === 'Reset your Grivo password');
      link = mail?.text?.match(/https?:\/\/\S+reset-password\?token=\S+/)?.[0];
      if (!link) await new Promise((r) => setTimeout(r, 50));
    }
    expect(link?.startsWith(`${origin}/reset-password?token=`)).toBe(true);
    await tab.goto(link!);
    await tab.getByLabel('New password').fill('a fresh long password');
    await tab.getByLabel('The same password again').fill('a fresh long passwore');
    await tab.getByRole('button', { name: 'Set the password and sign in' }).click();
    await tab.getByText('The two passwords are not the same.').waitFor();
    await tab.getByLabel('The same password again').fill('a fresh long password');
    await tab.getByRole('button', { name: 'Set the password and sign in' }).click();
    await tab.waitForURL(/\/chatbots$/);

    // The session opened before the reset is over; the link is used up.
    await before.goto(`${origin}/contacts`);
    await before.waitForURL(/\/login$/);
    await before.goto(link!);
    await before.getByLabel('New password').fill('a third long password');
    await before.getByLabel('The same password again').fill('a third long password');
    await before.getByRole('button', { name: 'Set the password and sign in' }).click();
    await before.getByRole('heading', { name: 'This link does not work' }).waitFor();
    await before.getByRole('link', { name: 'Send me a new link' }).waitFor();
    await before.goto(`${origin}/campaigns`);
    await before.waitForURL(/\/login$/);

    // Signing in goes back to the page that was asked for.
    await before.getByLabel('Email').fill(EMAIL);
    await before.getByLabel('Password').fill('a fresh long password');
    await before.getByRole('button', { name: 'Sign in' }).click();
    await before.waitForURL(/\/campaigns$/);
    await other.close();
    await fresh.close();
  });

  it('shows the recovery pages plainly at both widths', async () => {
    await page.goto(`${origin}/forgot-password`);
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await shot('forgot-password');
    await page.goto(`${origin}/reset-password?token=prs_unknown.abc`);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await shot('reset-password');
  });
});
