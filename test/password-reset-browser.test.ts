import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/app.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';
import { readOutbox } from './helpers/mail.js';

// A forgotten password reset from the mail in the outbox, the old session
// refused after it, and signing in with the new password: a real Grivo server
// (its built dashboard, API and worker) driven by Chromium.
const chromiumFound = hasChromium('password-reset-browser.test.ts');
const EMAIL = 'owner@reset.test';
const PASSWORD = 'a long enough password';

/** Waits for the signed-in dashboard (its sidebar), wherever it landed. */
const signedInPage = (page: Page) => page.locator('.sidebar').waitFor();

describe.skipIf(!chromiumFound)('password reset in Chromium', () => {
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

  it('resets a forgotten password from the mailed link, refusing the old session, then signs in with it', async () => {
    const other = await dashboard.browser.newContext();
    const before = await other.newPage();
    await before.goto(`${origin}/login`);
    await before.getByLabel('Email').fill(EMAIL);
    await before.getByLabel('Password').fill(PASSWORD);
    await before.getByRole('button', { name: 'Sign in' }).click();
    await signedInPage(before);

    const fresh = await dashboard.browser.newContext();
    const tab = await fresh.newPage();
    await tab.goto(`${origin}/login`);
    await tab.getByLabel('Email').fill(EMAIL);
    await tab.getByRole('link', { name: 'Forgot password?' }).click();
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
    await signedInPage(tab);

    // The session opened before the reset is over; the link is used up.
    await before.goto(`${origin}/contacts`);
    await before.waitForURL(/\/login$/);
    await before.goto(link!);
    await before.getByLabel('New password').fill('a third long password');
    await before.getByLabel('The same password again').fill('a third long password');
    await before.getByRole('button', { name: 'Set the password and sign in' }).click();
    await before.getByRole('heading', { name: 'This link does not work' }).waitFor();
    await before.getByRole('link', { name: 'Send me a new link' }).waitFor();

    // The old password no longer works; the new one does, back to the page asked for.
    await before.goto(`${origin}/campaigns`);
    await before.waitForURL(/\/login$/);
    await before.getByLabel('Email').fill(EMAIL);
    await before.getByLabel('Password').fill(PASSWORD);
    await before.getByRole('button', { name: 'Sign in' }).click();
    await before.getByRole('alert').first().waitFor();
    expect(before.url()).toMatch(/\/login$/);
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
