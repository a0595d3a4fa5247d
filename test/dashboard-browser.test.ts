import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../src/worker.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { readOutbox } from './helpers/mail.js';
import { freePort } from './helpers/processes.js';
import { startSite, type TestSite } from './helpers/site.js';
import { BIKE_SHOP } from './fixtures/bike-shop.js';

// The dashboard end to end, as a new user goes through it: a real Grivo
// server (its built dashboard, its API, its worker) driven by Chromium.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`dashboard-browser.test.ts skipped: ${CHROMIUM} does not exist (apt-get install chromium).`);

const root = resolve(import.meta.dirname, '..');
const artifacts = join(root, 'test-artifacts');
const PHONE = { width: 390, height: 844 };

describe.skipIf(!hasChromium)('the dashboard in Chromium', () => {
  let t: TestApp;
  let site: TestSite;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  /** Keeps a screenshot of the page at desktop and phone width. */
  async function screenshot(name: string): Promise<void> {
    await page.screenshot({ path: join(artifacts, `dashboard-${name}.png`), fullPage: true });
    const phone = await context.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(page.url());
    await phone.waitForLoadState('networkidle');
    // Nothing may stick out sideways at phone width (tables scroll inside their frame).
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await phone.screenshot({ path: join(artifacts, `dashboard-${name}-phone.png`), fullPage: true });
    await phone.close();
  }

  /** Follows a link of the main navigation. */
  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/web/index.html')))
      throw new Error('dist/web is missing: run npm run build first (npm test does).');
    mkdirSync(artifacts, { recursive: true });
    site = await startSite(BIKE_SHOP);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    t = await createTestApp('sqlite', {
      GRIVO_PUBLIC_URL: origin,
      GRIVO_CRAWL_ALLOW_PRIVATE: 'true',
      GRIVO_RATE_LIMIT_FREE: '100000',
    });
    t.services.queue.work(jobHandlers(t.services));
    await t.app.listen({ port, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await site?.close();
  });

  it('signs up, landing on an empty chatbot list that says what to do', async () => {
    await page.goto(`${origin}/`);
    await page.waitForURL(/\/login$/);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Email').fill('owner@acme-bikes.test');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => page.getByText('The password must be at least 10 characters.').isVisible()).toBe(true);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/chatbots$/);
    await page.getByRole('heading', { name: /no chatbots yet/i }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'grivo_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await screenshot('chatbots-empty');
  });

  it('creates an API key, shown once, that works in a real request to /v1/chatbots', async () => {
    await nav('Settings');
    await page.getByLabel('Key name').fill('Production');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = (await page.getByLabel('New API key').textContent())!.trim();
    expect(secret).toMatch(/^grv_live_/);
    const res = await fetch(`${origin}/v1/chatbots`, { headers: { authorization: `Bearer ${secret}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: [], total: 0, page: 1 });
    await page.getByRole('cell', { name: 'Production', exact: true }).waitFor();
    await screenshot('settings-api-keys');
    await page.getByRole('link', { name: 'Plan & usage' }).click();
    await page.getByText(/Chatbots: 0 of 3/).waitFor();
    await screenshot('settings-plan');
  });

  it('creates a chatbot from a loopback site, shows its training, and answers in the playground with its source and what was retrieved', async () => {
    await nav('Chatbots');
    await page.getByRole('link', { name: 'Create a chatbot' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Bike help');
    await page.getByLabel('Website URL').fill(site.url);
    await page.getByRole('button', { name: 'Create chatbot' }).click();
    await page.waitForURL(/\/chatbots\/bot_/);
    await page
      .getByText(/^active$/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await screenshot('chatbot-overview');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Playground' }).click();
    await page.getByLabel('Message').fill('When are you open on Saturday?');
    await page.getByRole('button', { name: 'Send' }).click();
    const source = page.getByRole('link', { name: /visit us/i }).first();
    await source.waitFor();
    expect(await source.getAttribute('href')).toBe(`${site.origin}/hours#opening-hours`);
    await page
      .getByText(/10:00 to 14:00/)
      .first()
      .waitFor();
    // What the search retrieved, beside the answer.
    await page.getByText(/^Retrieved sections \(\d+\)$/).click();
    const retrieved = page.locator('.cb-retrieved li a').first();
    expect(await retrieved.getAttribute('href')).toBe(`${site.origin}/hours#opening-hours`);
    await page
      .locator('.cb-retrieved')
      .getByText(/score \d/)
      .first()
      .waitFor();
    await screenshot('chatbot-playground');
    // The conversation lives in this page only: narrow it to phone width to see the answer there too.
    const desktop = page.viewportSize()!;
    await page.setViewportSize(PHONE);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(artifacts, 'dashboard-chatbot-playground-answer-phone.png'), fullPage: true });
    await page.setViewportSize(desktop);
  });

  it('imports a CSV, with its per-row errors, and shows the contacts', async () => {
    const csv = join(t.database.dataDir, 'contacts.csv');
    writeFileSync(csv, 'email,first_name,tags\nann@example.com,Ann,vip\nbob@example.com,Bob,\nnot-an-email,Bad,\n');
    await nav('Contacts');
    await page.getByRole('link', { name: 'Import CSV' }).first().click();
    await page.getByLabel('CSV file').setInputFiles(csv);
    await page.getByRole('button', { name: 'Import' }).click();
    await page
      .getByText(/not-an-email|invalid/i)
      .first()
      .waitFor({ timeout: 20_000 });
    await screenshot('contacts-import');
    await nav('Contacts');
    await page.getByText('ann@example.com').waitFor();
    await page.getByText('bob@example.com').waitFor();
    await page.getByLabel('Search').fill('ann');
    await expect.poll(() => page.getByText('bob@example.com').count()).toBe(0);
    await screenshot('contacts');
  });

  it('creates and sends a campaign to the outbox, and its stats move when a tracked link is hit', async () => {
    await nav('Campaigns');
    await page
      .getByRole('link', { name: /new campaign/i })
      .first()
      .click();
    await page.getByLabel('Name', { exact: true }).fill('Spring sale');
    await page.getByLabel('Subject').fill('Hello {{ first_name | default: "there" }}');
    await page.getByLabel('From name').fill('Acme Bikes');
    await page.getByLabel('From email').fill('news@acme-bikes.test');
    await page
      .getByLabel('HTML body')
      .fill('<p>Hi {{ first_name }}, see <a href="https://acme-bikes.test/sale">the sale</a>.</p>');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/campaigns\/cmp_/);
    // The preview, as HTML and as plain text (a labelled, keyboard-scrollable region).
    const format = page.getByRole('group', { name: 'Preview format' });
    await format.getByRole('button', { name: 'Plain text' }).click();
    await page.getByRole('region', { name: 'Plain text preview' }).getByText('Hi Sam').waitFor();
    await screenshot('campaign-editor-text');
    await format.getByRole('button', { name: 'HTML' }).click();
    await screenshot('campaign-editor');
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send' }).click();

    const sent = await waitFor(async () => {
      const mail = await readOutbox(t.database.dataDir);
      return mail.length === 2 ? mail : undefined;
    });
    expect(sent.map((m) => m.to && 'text' in m.to && m.to.text).sort()).toEqual(['ann@example.com', 'bob@example.com']);
    await page
      .getByText(/^sent$/i)
      .first()
      .waitFor({ timeout: 20_000 });

    const tracked = /href="([^"]+\/t\/click\/[^"]+)"/.exec(String(sent[0]!.html))?.[1];
    expect(tracked).toBeDefined();
    const click = await fetch(tracked!.replace(/&amp;/g, '&'), { redirect: 'manual' });
    expect(click.status).toBe(302);
    await expect
      .poll(async () => page.locator('.stat', { hasText: 'Clicks' }).locator('.value').textContent(), {
        timeout: 15_000,
      })
      .toMatch(/^1\b/);
    await screenshot('campaign-stats');
  });

  it('ran without a script error', () => {
    expect(pageErrors).toEqual([]);
  });
});

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  for (const deadline = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 100))) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
  }
}
