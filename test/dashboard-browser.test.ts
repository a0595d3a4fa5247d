import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasChromium, launchChromium } from './helpers/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../src/worker.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { readOutbox } from './helpers/mail.js';
import { freePort } from './helpers/processes.js';
import { startSite, type TestSite } from './helpers/site.js';
import { BIKE_SHOP } from './fixtures/bike-shop.js';

// The dashboard end to end, as a new user goes through it: a real Grivo
// server (its built dashboard, its API, its worker) driven by Chromium.
const chromiumFound = hasChromium('dashboard-browser.test.ts');

const root = resolve(import.meta.dirname, '..');
const artifacts = join(root, 'test-artifacts');
const PHONE = { width: 390, height: 844 };
// Small enough that the test can send a file over it.
const MAX_SOURCE_FILE_BYTES = 256 * 1024;

describe.skipIf(!chromiumFound)('the dashboard in Chromium', () => {
  let t: TestApp;
  let site: TestSite;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  /** The chatbot created in the dashboard, its page, and an API key of the workspace. */
  let chatbotUrl: string;
  let chatbotId: string;
  let apiKey: string;

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

  /**
   * Keeps a screenshot of the page as it is now (a form opened, say, which
   * loading the address again would not show), at desktop and phone width.
   */
  async function screenshotInPlace(name: string): Promise<void> {
    await page.screenshot({ path: join(artifacts, `dashboard-${name}.png`), fullPage: true });
    const desktop = page.viewportSize()!;
    await page.setViewportSize(PHONE);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(artifacts, `dashboard-${name}-phone.png`), fullPage: true });
    await page.setViewportSize(desktop);
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
      GRIVO_SOURCE_MAX_FILE_BYTES: String(MAX_SOURCE_FILE_BYTES),
    });
    t.services.queue.work(jobHandlers(t.services));
    await t.app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
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

  it('signs up, landing on an overview that says where to start, and an empty chatbot list that says what to do', async () => {
    await page.goto(`${origin}/`);
    await page.waitForURL(/\/login$/);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Email').fill('owner@acme-bikes.test');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => page.getByText('Password needs at least 10 characters.').isVisible()).toBe(true);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/overview$/);
    await page.getByRole('heading', { name: 'Welcome to Grivo' }).waitFor();
    await nav('Chatbots');
    await page.getByRole('heading', { name: /no chatbots yet/i }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'grivo_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await screenshot('chatbots-empty');
  });

  it('creates an API key, shown once, that works in a real request to /v1/chatbots', async () => {
    await nav('Settings');
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Key name').fill('Production');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = (await page.getByLabel('New API key').textContent())!.trim();
    expect(secret).toMatch(/^grv_live_/);
    apiKey = secret;
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
    chatbotUrl = page.url();
    chatbotId = /\/chatbots\/(bot_[^/?#]+)/.exec(chatbotUrl)![1]!;
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
    // A test rendered as a contact chosen in the picker, delivered to the test address only.
    const tester = page.getByRole('form', { name: 'Send a test' });
    await tester.getByLabel('Test addresses').fill('qa@acme-bikes.test');
    await tester.getByLabel('Find a contact').fill('ann');
    await tester.getByLabel('Render as').selectOption({ label: 'Ann <ann@example.com>' });
    await tester.getByRole('button', { name: 'Send test' }).click();
    await tester.getByText('Sent to qa@acme-bikes.test.').waitFor({ timeout: 20_000 });
    await screenshotInPlace('campaign-test-send');
    const test = await waitFor(async () => (await readOutbox(t.database.dataDir))[0]);
    expect(test).toMatchObject({ subject: '[Test] Hello Ann', to: { text: 'qa@acme-bikes.test' } });
    expect(test.html).toContain('Hi Ann');

    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send' }).click();

    const sent = await waitFor(async () => {
      const mail = (await readOutbox(t.database.dataDir)).filter((m) => !m.subject?.startsWith('[Test]'));
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

  /** Opens a tab of the chatbot's page. */
  const tab = (name: string) =>
    page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
  /** The row of the sources table that shows `title`. */
  const sourceRow = (title: string) => page.locator('tbody tr', { hasText: title });
  /** Calls the API with the workspace's key. */
  const v1 = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const res = await fetch(`${origin}/v1/chatbots/${chatbotId}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  // Teaching the chatbot comes after the campaign: a lead left in the widget becomes a contact, and the campaign
  // above goes to every contact.
  it('teaches the chatbot on the Sources tab: a Q&A, a text and a Markdown file become trained; refused files say why', async () => {
    await page.goto(chatbotUrl);
    await tab('Sources');
    // The website it was created from is its first source, changed in Settings.
    await sourceRow('Website')
      .getByText(/^trained$/i)
      .waitFor();
    expect(
      await sourceRow('Website')
        .getByRole('link', { name: /^Change “.+” in Settings$/ })
        .getAttribute('href'),
    ).toMatch(/\/settings$/);
    const kinds = page.getByRole('group', { name: 'Kind of source' });

    await kinds.getByRole('button', { name: 'Question & answer' }).click();
    await page.getByLabel('Question', { exact: true }).fill('Do you rent out bikes?');
    await page
      .getByLabel('Answer', { exact: true })
      .fill('Yes: city bikes for £15 a day, from the shop on Harbour Street.');
    await page.getByLabel('Other wordings').fill('Can I hire a bike?');
    await page.getByRole('button', { name: 'Add Q&A' }).click();
    await page.getByText(/^Added “Do you rent out bikes\?”/).waitFor();

    await kinds.getByRole('button', { name: 'Text', exact: true }).click();
    await page.getByLabel('Title', { exact: true }).fill('Gift cards');
    await page
      .getByLabel('Text', { exact: true })
      .fill('# Gift cards\n\nGift cards come in £25, £50 and £100 and never expire.');
    await page.getByRole('button', { name: 'Add text' }).click();
    await page.getByText(/^Added “Gift cards”/).waitFor();

    // A Markdown file, with the bytes sent shown as they go.
    await kinds.getByRole('button', { name: 'File', exact: true }).click();
    const markdown = `# Warranty\n\nEvery frame has a lifetime warranty; parts are covered for two years.\n`;
    await page
      .getByLabel('File', { exact: true })
      .setInputFiles({ name: 'warranty.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
    await page.getByRole('button', { name: 'Upload' }).click();
    const progress = page.getByRole('progressbar', { name: /^Uploaded warranty\.md/ });
    await progress.waitFor();
    expect(Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(markdown.length);
    expect(await progress.getAttribute('aria-valuenow')).toBe(await progress.getAttribute('aria-valuemax'));
    await page.getByText(/^Added “warranty”/).waitFor();

    // Each trains in the background; the list refreshes until they are trained.
    for (const title of ['Do you rent out bikes?', 'Gift cards', 'warranty'])
      await sourceRow(title)
        .getByText(/^trained$/i)
        .waitFor({ timeout: 30_000 });
    expect(await sourceRow('warranty').textContent()).toContain('warranty.md');

    // A picture is not a source (415), and a file over the server's limit is refused (413): each says why.
    await page
      .getByLabel('File', { exact: true })
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText(/This file is a PNG file; a source can be a PDF/).waitFor();
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'big.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(`# Big\n\n${'Lorem ipsum dolor sit amet. '.repeat(15_000)}`),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText(/The file is larger than the 256 KB a source may be\./).waitFor();

    // A file that is taken but cannot be learned fails with the reason, and can be trained again.
    await page.getByLabel('File', { exact: true }).setInputFiles(join(root, 'test/fixtures/sources/encrypted.pdf'));
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText(/^Added “encrypted”/).waitFor();
    await sourceRow('encrypted.pdf')
      .getByText(/^failed$/i)
      .waitFor({ timeout: 30_000 });
    await sourceRow('encrypted.pdf')
      .getByText('The PDF is protected by a password. Upload a copy without one.')
      .waitFor();
    await screenshot('chatbot-sources');
    const encrypted = async () =>
      ((await v1('/sources')).body.data as Array<Record<string, string>>).find((s) => s.title === 'encrypted')!;
    const failedAt = (await encrypted()).updated_at;
    await page.getByRole('button', { name: 'Train again “encrypted”' }).click();
    await page.getByText('Training “encrypted” again.').waitFor();
    await expect.poll(async () => (await encrypted()).updated_at).not.toBe(failedAt);
    await expect.poll(async () => (await encrypted()).status, { timeout: 30_000 }).toBe('failed');
    await sourceRow('encrypted.pdf')
      .getByText(/^failed$/i)
      .waitFor();
    await page.getByRole('button', { name: 'Delete “encrypted”' }).click();
    await page
      .getByRole('dialog', { name: 'Delete “encrypted”?' })
      .getByRole('button', { name: 'Delete source' })
      .click();
    await page.getByText(/^Deleted “encrypted”/).waitFor();

    // Edit a source: it trains again.
    await page.getByRole('button', { name: 'Edit “Gift cards”' }).click();
    await page.getByRole('heading', { name: 'Edit “Gift cards”' }).waitFor();
    await screenshotInPlace('chatbot-source-edit');
    await page
      .getByLabel('Text', { exact: true })
      .fill('# Gift cards\n\nGift cards come in £25, £50 and £100, are sold in the shop and online, and never expire.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/^Saved “Gift cards”/).waitFor();
    await sourceRow('Gift cards')
      .getByText(/^trained$/i)
      .waitFor({ timeout: 30_000 });
    expect((await v1('/sources')).body.data.find((s: { title: string }) => s.title === 'Gift cards').text).toContain(
      'sold in the shop and online',
    );

    // Delete one, after confirming.
    await page.getByRole('button', { name: 'Delete “Gift cards”' }).click();
    await page
      .getByRole('dialog', { name: 'Delete “Gift cards”?' })
      .getByRole('button', { name: 'Delete source' })
      .click();
    await page.getByText(/^Deleted “Gift cards”/).waitFor();
    await expect.poll(() => sourceRow('Gift cards').count()).toBe(0);
    expect((await v1('/sources')).body.total).toBe(3);
  });

  it('saves the widget settings: display name, starter questions and the re-crawl schedule', async () => {
    await page.goto(chatbotUrl);
    await tab('Settings');
    await page.getByLabel('Display name').fill('Acme Bikes help');
    await page.getByLabel('Starter question 1').fill('When are you open?');
    await page.getByLabel('Starter question 2').fill('Do you rent out bikes?');
    await page.getByLabel('Re-crawl the website').selectOption('weekly');
    // For the widget conversation below: it runs on shop.example and asks for an email.
    await page.getByLabel('Allowed domains').fill('shop.example');
    await page.getByLabel('Ask visitors for their name and email').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.getByText(/^Next crawl: /).waitFor();
    const { body } = await v1('');
    expect(body).toMatchObject({
      display_name: 'Acme Bikes help',
      starter_questions: ['When are you open?', 'Do you rent out bikes?'],
      retrain_schedule: 'weekly',
      lead_capture: { enabled: true },
    });
    expect(Date.parse(body.next_retrain_at)).toBeGreaterThan(Date.now());
    await page.reload();
    expect(await page.getByLabel('Display name').inputValue()).toBe('Acme Bikes help');
    expect(await page.getByLabel('Starter question 2').inputValue()).toBe('Do you rent out bikes?');
    await screenshot('chatbot-settings');
  });

  it('finds an unanswered question in Conversations, adds the answer, and the chatbot then gives it', async () => {
    const question = 'Can I pay with cryptocurrency?';
    const asked = await v1('/chat', { body: { message: question } });
    expect(asked.body.answered).toBe(false);

    await page.goto(chatbotUrl);
    await tab('Conversations');
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Unanswered' }).click();
    await page.waitForURL(/show=unanswered/);
    await page.getByRole('link', { name: question }).waitFor();
    // Only the conversations with an unanswered question: not the first one, which was answered.
    await expect.poll(() => page.getByRole('link', { name: 'When are you open on Saturday?' }).count()).toBe(0);
    await screenshot('chatbot-conversations-unanswered');
    await page.getByRole('link', { name: question }).click();
    await page.getByText(/^Not answered/).waitFor();
    await page.getByRole('button', { name: /^Add the answer/ }).click();
    expect(await page.getByLabel('Question', { exact: true }).inputValue()).toBe(question);
    await page
      .getByLabel('Answer', { exact: true })
      .fill('We take cards, cash and bank transfers, but not cryptocurrency.');
    await screenshotInPlace('chatbot-add-answer');
    await page.getByRole('button', { name: 'Save the answer' }).click();
    await page.getByRole('link', { name: 'Sources tab' }).waitFor();
    await screenshot('chatbot-conversation');

    const sources = (await v1('/sources')).body.data as Array<Record<string, unknown>>;
    expect(sources.find((s) => s.question === question)).toMatchObject({
      type: 'qna',
      from_message_id: asked.body.message_id,
    });
    await page.getByRole('link', { name: 'Sources tab' }).click();
    await sourceRow(question)
      .getByText(/^trained$/i)
      .waitFor({ timeout: 30_000 });

    // The same question, asked again in the playground, now gets that answer.
    await tab('Playground');
    await page.getByLabel('Message').fill(question);
    await page.getByRole('button', { name: 'Send' }).click();
    await page
      .locator('.msg-assistant', { hasText: 'We take cards, cash and bank transfers, but not cryptocurrency.' })
      .waitFor();
    expect(await page.getByText(/^Not answered/).count()).toBe(0);
  });

  it('shows a widget conversation with its page, lead and thumbs down, the leads with their CSV, and the analytics', async () => {
    // A visitor on shop.example asks, leaves their email, and rates the answer down.
    const widget = (path: string, body: unknown, token?: string) =>
      fetch(`${origin}/public/chatbots/${chatbotId}${path}`, {
        method: 'POST',
        headers: {
          origin: 'https://shop.example',
          'content-type': 'application/json',
          ...(token ? { 'x-conversation-token': token } : {}),
        },
        body: JSON.stringify(body),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, any> }));
    const chat = await widget('/chat', {
      message: 'How long does delivery take?',
      page_url: 'https://shop.example/bikes/city',
    });
    expect(chat.status).toBe(200);
    const token = chat.body.conversation_token as string;
    const lead = await widget(
      '/leads',
      { name: 'Rita Rider', email: 'rita@example.com', conversation_id: chat.body.conversation_id },
      token,
    );
    expect(lead.status).toBe(201);
    const rated = await widget(
      `/messages/${chat.body.message_id}/feedback`,
      { rating: 'down', conversation_id: chat.body.conversation_id },
      token,
    );
    expect(rated.status).toBeLessThan(300);

    await page.goto(chatbotUrl);
    await tab('Conversations');
    const filters = page.getByRole('group', { name: 'Show' });
    await filters.getByRole('button', { name: 'Thumbs down' }).click();
    await page.waitForURL(/show=down/);
    const row = page.locator('tbody tr', { hasText: 'How long does delivery take?' });
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/shop\.example\/bikes\/city/);
    expect(await row.textContent()).toMatch(/1 thumbs down/);
    await filters.getByRole('button', { name: 'With lead' }).click();
    await page.waitForURL(/show=lead/);
    await row.getByText('rita@example.com', { exact: false }).waitFor();
    await filters.getByRole('button', { name: 'All' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(1);
    await screenshot('chatbot-conversations');
    await row.getByRole('link', { name: 'How long does delivery take?' }).click();
    await page.getByText('Rated not helpful by the visitor').waitFor();
    await screenshot('chatbot-conversation-rated');
    // Rated down: it can be answered better, from the same place.
    await page.getByRole('button', { name: /^Add the answer/ }).waitFor();

    await tab('Leads');
    await page.getByRole('cell', { name: /rita@example\.com/ }).waitFor();
    const exportLink = page.getByRole('link', { name: 'Export CSV' });
    expect(await exportLink.getAttribute('href')).toBe(`/v1/chatbots/${chatbotId}/leads/export`);
    const csv = await context.request.get(`${origin}/v1/chatbots/${chatbotId}/leads/export`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain('rita@example.com');
    await screenshot('chatbot-leads');

    await tab('Analytics');
    const { body: analytics } = await v1('/analytics');
    const tile = (label: RegExp) =>
      page.locator('.stat', { has: page.locator('dt', { hasText: label }) }).locator('dd.value');
    await expect.poll(() => tile(/^Conversations$/).textContent()).toBe(String(analytics.totals.conversations));
    expect(analytics.totals).toMatchObject({ leads: 1, thumbs_down: 1 });
    expect(analytics.totals.conversations).toBeGreaterThanOrEqual(4);
    expect(await tile(/^Questions$/).textContent()).toBe(String(analytics.totals.questions));
    expect(await tile(/^Answered$/).textContent()).toBe(`${Math.round(analytics.totals.answered_rate * 1000) / 10}%`);
    expect(await tile(/Thumbs down$/).textContent()).toBe('1');
    expect(await tile(/^Leads$/).textContent()).toBe('1');
    await page.getByRole('img', { name: /Questions per day/ }).waitFor();
    const unanswered = page.getByRole('region', { name: 'Left unanswered most' });
    await unanswered.getByRole('link', { name: 'Can I pay with cryptocurrency?' }).waitFor();
    await page
      .getByRole('region', { name: 'Asked most' })
      .getByRole('link', { name: 'When are you open on Saturday?' })
      .waitFor();
    await screenshot('chatbot-analytics');
    await unanswered.getByRole('link', { name: 'Can I pay with cryptocurrency?' }).click();
    await page.getByRole('heading', { name: /^Conversation of/ }).waitFor();
    await page.getByText('Can I pay with cryptocurrency?').first().waitFor();
  });

  it("turns on the lead form's consent checkbox; the widget shows its text, and only a visitor who ticks it is asked to confirm", async () => {
    await page.goto(chatbotUrl);
    await tab('Settings');
    // The widget runs on the bike shop's site: its host and port are allowed, and it asks first thing.
    await page.getByLabel('Allowed domains').fill(`shop.example\n${new URL(site.origin).host}`);
    await page.getByLabel('When to ask').selectOption('start');
    await page.getByLabel('Add a marketing consent checkbox').check();
    // Double opt-in is on by default, and the hint says what ticking leads to.
    await page.getByText(/get an email asking them to confirm/).waitFor();
    const text = page.getByLabel('Checkbox text');
    expect(await text.inputValue()).toBe('Send me news and offers by email. I can unsubscribe at any time.');
    // Refused before it is sent: the field says why and has the focus.
    await text.fill('  ');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Enter the text shown beside the checkbox.').waitFor();
    expect(await text.evaluate((el) => el === (globalThis as any).document.activeElement)).toBe(true);
    expect((await v1('')).body.lead_capture.consent.enabled).toBe(false);
    // What only the server refuses shows at the field too.
    await text.fill('Yes\u0000please');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/contains a NUL character/).waitFor();
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    await screenshotInPlace('chatbot-settings-consent-error');
    const consentText = 'Yes, email me bike tips and offers from Acme Bikes.';
    await text.fill(consentText);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect((await v1('')).body.lead_capture).toEqual({
      enabled: true,
      when: 'start',
      consent: { enabled: true, text: consentText },
    });
    await screenshot('chatbot-settings-consent');

    // Two visitors on the shop's site: one leaves the box unticked, one ticks it.
    site.pages.set(
      '/host',
      `<!doctype html><html><head><title>Bike shop</title></head><body><h1>Bikes</h1>
      <script src="${origin}/widget.js" data-chatbot="${chatbotId}" async></script></body></html>`,
    );
    for (const [email, tick] of [
      ['una@example.com', false],
      ['tia@example.com', true],
    ] as const) {
      const visitor = await browser.newContext();
      try {
        const host = await visitor.newPage();
        host.setDefaultTimeout(15_000);
        host.on('pageerror', (error) => pageErrors.push(error.message));
        await host.goto(`${site.origin}/host`);
        await host.getByRole('button', { name: /^Open chat/ }).click();
        const form = host.getByRole('form', { name: 'Your contact details' });
        const agree = form.getByRole('checkbox', { name: consentText });
        expect(await agree.isChecked()).toBe(false);
        await form.getByLabel('Email', { exact: true }).fill(email);
        if (tick) {
          await agree.check();
          await host.screenshot({ path: join(artifacts, 'dashboard-widget-consent.png') });
        }
        const saved = host.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/leads'));
        await form.getByRole('button', { name: 'Send' }).click();
        expect((await saved).status()).toBe(201);
      } finally {
        await visitor.close();
      }
    }

    const statusOf = async (email: string) => {
      const res = await fetch(`${origin}/v1/contacts?search=${encodeURIComponent(email)}`, {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      const { data } = (await res.json()) as { data: Array<{ email: string; status: string }> };
      return data.find((c) => c.email === email)?.status;
    };
    expect(await statusOf('una@example.com')).toBe('non_subscribed');
    expect(await statusOf('tia@example.com')).toBe('pending');
    const confirmation = await waitFor(async () =>
      (await readOutbox(t.database.dataDir)).find((m) => m.to && 'text' in m.to && m.to.text === 'tia@example.com'),
    );
    expect(confirmation.subject).toMatch(/^Please confirm your subscription/);
    expect(
      (await readOutbox(t.database.dataDir)).some((m) => m.to && 'text' in m.to && m.to.text === 'una@example.com'),
    ).toBe(false);
  });

  it('ran without a script error', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  for (const deadline = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 100))) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
  }
}
