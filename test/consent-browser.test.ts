import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../src/worker.js';
import { createContact } from '../src/features/contacts/service.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { hasChromium, launchChromium } from './helpers/chromium.js';
import { freePort } from './helpers/processes.js';

// The Email consent settings and a pending contact's "Resend confirmation",
// end to end: a real Grivo server (its built dashboard and API) driven by Chromium.
const chromiumFound = hasChromium('consent-browser.test.ts');
const root = resolve(import.meta.dirname, '..');
const SHOTS = process.env.GRIVO_SHOTS_DIR;

describe.skipIf(!chromiumFound)('email consent in Chromium', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const shot = async (name: string) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  };

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/web/index.html')))
      throw new Error('dist/web is missing: run npm run build first (npm test does).');
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    t = await createTestApp('sqlite', { GRIVO_PUBLIC_URL: origin, GRIVO_RATE_LIMIT_FREE: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    await t.app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/signup`);
    await page.getByLabel('Email').fill('owner@consent.test');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/chatbots$/);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
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
    await page.getByLabel('Postal address').fill('1 Market Street, Springfield');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await shot('consent-settings');
    const workspace = await t.services.database.db
      .selectFrom('workspaces')
      .select(['id', 'confirmation_expiry_days', 'postal_address'])
      .executeTakeFirstOrThrow();
    expect(workspace).toMatchObject({ confirmation_expiry_days: 14, postal_address: '1 Market Street, Springfield' });

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
