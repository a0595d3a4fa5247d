import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/features/api-keys/service.js';
import { jobHandlers } from '../src/worker.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { CAMPAIGN } from './helpers/campaigns.js';
import { hasChromium, launchChromium } from './helpers/chromium.js';
import { rawHeader, readOutbox } from './helpers/mail.js';
import { freePort } from './helpers/processes.js';

// "Export data" and "Erase this person" on the contact page, and the
// unsubscribe preference page, end to end in Chromium.
const chromiumFound = hasChromium('privacy-browser.test.ts');
const root = resolve(import.meta.dirname, '..');
const SHOTS = process.env.GRIVO_SHOTS_DIR;

describe.skipIf(!chromiumFound)('personal data in Chromium', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  let page: Page;
  let headers: Record<string, string>;
  const pageErrors: string[] = [];
  const shot = async (name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  };
  const api = async (method: string, path: string, body?: object) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return res.json() as Promise<any>;
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
    page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })
    ).newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/signup`);
    await page.getByLabel('Email').fill('owner@privacy.test');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/chatbots$/);
    const { database } = t.services;
    const workspace = await database.db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
    headers = { authorization: `Bearer ${(await createApiKey(database.db, { workspaceId: workspace.id })).secret}` };
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
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
