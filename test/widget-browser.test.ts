import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { hasChromium, launchChromium } from './helpers/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../src/worker.js';
import { createTestApp, type TestApp, type Tenant } from './helpers/app.js';
import { startOpenAiServer, type TestOpenAiServer } from './helpers/openai-server.js';
import { page as sitePage, startSite, type TestSite } from './helpers/site.js';

// The widget end to end: a host page on one origin loads widget.js from a
// real Grivo server on another, which trained the chatbot from a real site.
const chromiumFound = hasChromium('widget-browser.test.ts');

const root = resolve(import.meta.dirname, '..');
const artifacts = join(root, 'test-artifacts');

// Trained content a browser must show as text, never run.
const HOURS_PAGE = sitePage(
  'Opening hours',
  `<h1>Opening hours &lt;img src=x onerror="window.__pwned=3"&gt;</h1>
   <p>Opening hours: we are open Monday to Friday from 9 to 17. On public holidays the shop stays closed.</p>
   <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">
   <p>Our address is 12 Market Street, next to the old bakery.</p>`,
);

// The page's CSS is hostile on purpose: the widget's shadow root must keep its look.
const hostPage = (apiOrigin: string, chatbotId: string) => `<!doctype html><html><head>
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host shop</title>
<style>* { color: red !important; font: 40px serif !important } div, button { display: none !important }</style>
</head><body><h1>A shop</h1><div>Page content</div>
<script src="${apiOrigin}/widget.js" data-chatbot="${chatbotId}" async></script></body></html>`;

const isWidgetCall =
  (path: string, method = 'POST') =>
  (r: Response) =>
    r.request().method() === method && new URL(r.url()).pathname.endsWith(path);

const STARTERS = ['What are your opening hours?', 'How long does delivery take?'];

/** A listening Grivo with one chatbot trained on `site` and usable from it. */
interface Grivo {
  t: TestApp;
  tenant: Tenant;
  /** Where the tests call the API; the host pages load the widget from `localhost` instead, another origin. */
  api: string;
  bot: { id: string };
  v1(method: string, path: string, body?: object): Promise<{ status: number; body: any }>;
}

async function startGrivo(env: Record<string, string>, site: TestSite, chatbot: object): Promise<Grivo> {
  const t = await createTestApp('sqlite', {
    GRIVO_CRAWL_ALLOW_PRIVATE: 'true',
    GRIVO_WIDGET_RATE_LIMIT: '1000',
    GRIVO_RATE_LIMIT_PRO: '100000',
    ...env,
  });
  t.services.queue.work(jobHandlers(t.services));
  const tenant = await t.tenant('pro');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (t.app.server.address() as AddressInfo).port;
  const api = `http://127.0.0.1:${port}`;
  const v1: Grivo['v1'] = async (method, path, body) => {
    const res = await fetch(`${api}/v1${path}`, {
      method,
      headers: { ...tenant.auth, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const created = await v1('POST', '/chatbots', {
    website_url: site.url,
    allowed_domains: [new URL(site.origin).host],
    ...chatbot,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const bot = created.body;
  const deadline = Date.now() + 30_000;
  for (let status = ''; status !== 'active'; await new Promise((r) => setTimeout(r, 100))) {
    const got = (await v1('GET', `/chatbots/${bot.id}`)).body;
    status = got.status;
    if (status === 'failed' || Date.now() > deadline)
      throw new Error(`training did not succeed: ${JSON.stringify(got)}`);
  }
  site.pages.set('/host', hostPage(`http://localhost:${port}`, bot.id));
  return { t, tenant, api, bot, v1 };
}

describe.skipIf(!chromiumFound)('the website widget in Chromium', () => {
  let browser: Browser;
  // Anything a trained page or the widget runs by mistake: an alert, or an uncaught error.
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  async function openPage(context: BrowserContext, url: string): Promise<Page> {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url);
    return page;
  }

  async function ask(page: Page, question: string): Promise<Response> {
    const answered = page.waitForResponse(isWidgetCall('/chat'));
    await page.getByLabel('Your question').fill(question);
    await page.getByLabel('Your question').press('Enter');
    return answered;
  }

  /** Asks a starter question by clicking its button. */
  async function pick(page: Page, question: string): Promise<Response> {
    const answered = page.waitForResponse(isWidgetCall('/chat'));
    await page.getByRole('group', { name: 'Suggested questions' }).getByRole('button', { name: question }).click();
    return answered;
  }

  /** Each rating button of an answer, by name, and whether it shows pressed. */
  async function pressed(answer: Locator): Promise<Record<string, string | null>> {
    const group = answer.getByRole('group', { name: 'Rate this answer' });
    return {
      Helpful: await group.getByRole('button', { name: 'Helpful', exact: true }).getAttribute('aria-pressed'),
      'Not helpful': await group.getByRole('button', { name: 'Not helpful' }).getAttribute('aria-pressed'),
    };
  }

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    // The server serves dist/widget/widget.js: build it from the current sources.
    await promisify(execFile)(process.execPath, [join(root, 'scripts/build-widget.mjs')], { cwd: root });
    browser = await launchChromium();
  }, 60_000);
  afterAll(() => browser?.close());

  describe('with extractive answers', () => {
    let grivo: Grivo;
    let site: TestSite;
    let elsewhere: TestSite;
    let api: string;
    let bot: { id: string };
    let v1: Grivo['v1'];
    beforeAll(async () => {
      site = await startSite({
        '/': sitePage(
          'Acme shop',
          '<h1>Acme shop</h1><p>We sell hand-made furniture.</p><a href="/hours">Opening hours</a> <a href="/delivery">Delivery</a>',
        ),
        '/hours': HOURS_PAGE,
        '/delivery': sitePage(
          'Delivery',
          '<h1>Delivery</h1><p>Delivery within the city takes two working days and costs 20 euros.</p>',
        ),
      });
      grivo = await startGrivo({ GRIVO_PLAN_PRO_CHAT_MESSAGES_PER_DAY: '3' }, site, {
        name: 'Acme Support',
        lead_capture: { enabled: true, when: 'unanswered' },
        color: '#0f766e',
      });
      ({ api, bot, v1 } = grivo);
      expect((await v1('PATCH', `/chatbots/${bot.id}`, { starter_questions: STARTERS })).status).toBe(200);
      elsewhere = await startSite({ '/host': site.pages.get('/host')! });
    }, 60_000);
    afterAll(async () => {
      await grivo?.t.close();
      await site?.close();
      await elsewhere?.close();
    });

    describe('on an allowed site', () => {
      let context: BrowserContext;
      let page: Page;
      let conversationId: string;
      beforeAll(async () => {
        context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        page = await openPage(context, `${site.origin}/host`);
      });
      afterAll(() => context?.close());

      it('opens a panel in the chatbot colour, untouched by the page CSS, with the focus in the input', async () => {
        const bubble = page.getByRole('button', { name: 'Open chat with Acme Support' });
        await bubble.click();
        const dialog = page.getByRole('dialog', { name: 'Chat with Acme Support' });
        await expect.poll(() => dialog.isVisible()).toBe(true);
        expect(await bubble.evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor)).toBe(
          'rgb(15, 118, 110)',
        );
        expect(await dialog.evaluate((el) => (globalThis as any).getComputedStyle(el).fontSize)).toBe('15px');
        expect(await activeId(page)).toBe('q');
        await expect.poll(() => page.locator('grivo-chat .a').first().textContent()).toBe('Hi! Ask me anything.');
        expect(await page.locator('grivo-chat [role=log]').getAttribute('aria-live')).toBe('polite');
        const starters = page.getByRole('group', { name: 'Suggested questions' });
        expect(await starters.getByRole('button').allTextContents()).toEqual(STARTERS);
        // A new visitor has no conversation to read back.
        expect(await visitorState(page)).toEqual({});
        await page.screenshot({ path: join(artifacts, 'widget-starters.png') });

        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.isVisible()).toBe(false);
        await bubble.click();
      });

      it('answers a starter question over SSE from the trained site, links its source, and runs none of the page markup', async () => {
        const res = await pick(page, 'What are your opening hours?');
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toMatch(/^text\/event-stream/);
        expect(res.request().postDataJSON()).toEqual({
          message: 'What are your opening hours?',
          page_url: `${site.origin}/host`,
          stream: true,
        });
        expect(res.request().headers()['x-conversation-token']).toBeUndefined();

        const answer = page.locator('grivo-chat .a', { hasText: 'Monday to Friday from 9 to 17' });
        await answer.waitFor();
        const link = answer.locator('.src a').first();
        expect(await link.getAttribute('href')).toMatch(new RegExp(`^${site.origin}/hours(#.*)?$`));
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
        // The escaped markup of the page's h1 is the source's title: shown as text.
        expect(await link.textContent()).toContain('<img src=x onerror="window.__pwned=3">');
        expect(await page.locator('grivo-chat img, grivo-chat script').count()).toBe(0);
        expect(await page.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(pageErrors).toEqual([]);
        expect(await page.locator('grivo-chat .ld').count()).toBe(0);
        conversationId = (await visitorState(page)).conversationId ?? '';
        expect(conversationId).toMatch(/^conv_/);
        // The question was asked like a typed one: the starters are gone, the focus is in the input.
        expect(await page.locator('grivo-chat .u').allTextContents()).toEqual(['What are your opening hours?']);
        expect(await page.getByRole('group', { name: 'Suggested questions' }).count()).toBe(0);
        expect(await activeId(page)).toBe('q');
        await page.screenshot({ path: join(artifacts, 'widget-answer.png') });
      });

      it('stores "Not helpful" on an answer and shows it pressed', async () => {
        const answer = page.locator('grivo-chat .a', { hasText: 'Monday to Friday from 9 to 17' });
        expect(await pressed(answer)).toEqual({ Helpful: 'false', 'Not helpful': 'false' });
        const rated = page.waitForResponse(isWidgetCall('/feedback'));
        await answer.getByRole('button', { name: 'Not helpful' }).click();
        const res = await rated;
        expect(res.status()).toBe(200);
        expect(res.request().postDataJSON()).toEqual({ rating: 'down', conversation_id: conversationId });
        expect(res.request().headers()['x-conversation-token']).toBe((await visitorState(page)).conversationToken);
        expect(await pressed(answer)).toEqual({ Helpful: 'false', 'Not helpful': 'true' });

        const messageId = /\/messages\/([^/]+)\/feedback$/.exec(new URL(res.url()).pathname)?.[1];
        const owned = (await v1('GET', `/chatbots/${bot.id}/conversations/${conversationId}`)).body;
        expect(owned).toMatchObject({ thumbs_down: 1, thumbs_up: 0, page_url: `${site.origin}/host` });
        expect(owned.messages.find((m: any) => m.id === messageId)).toMatchObject({
          role: 'assistant',
          feedback: { rating: 'down' },
        });
      });

      it('offers the lead form after an unanswered question and saves the visitor as a contact', async () => {
        const res = await ask(page, 'What is the capital of France?');
        expect(res.status()).toBe(200);
        const form = page.getByRole('form', { name: 'Your contact details' });
        await form.waitFor();
        expect(await page.locator('grivo-chat .a').last().textContent()).not.toContain('France');

        await form.getByLabel('Name (optional)').fill('Ada Lovelace');
        await form.getByLabel('Email').fill('ada@example.com');
        const saved = page.waitForResponse(isWidgetCall('/leads'));
        await form.getByRole('button', { name: 'Send' }).click();
        const lead = await saved;
        expect(lead.status()).toBe(201);
        expect(lead.request().postDataJSON()).toEqual({
          name: 'Ada Lovelace',
          email: 'ada@example.com',
          conversation_id: conversationId,
        });
        await page.locator('grivo-chat .a', { hasText: "Thanks, Ada Lovelace! We'll be in touch." }).waitFor();
        expect(await form.count()).toBe(0);
        await page.screenshot({ path: join(artifacts, 'widget-lead.png') });

        const contacts = await v1('GET', '/contacts');
        expect(contacts.body.data).toEqual([
          expect.objectContaining({
            email: 'ada@example.com',
            first_name: 'Ada',
            last_name: 'Lovelace',
            source: 'chatbot',
          }),
        ]);
      });

      it('shows the conversation again after a reload, and continues it', async () => {
        const reads: string[] = [];
        page.on('request', (r) => {
          if (r.method() === 'GET' && r.url().includes('/conversations/')) reads.push(r.url());
        });
        await page.reload();
        const bubble = page.getByRole('button', { name: 'Open chat with Acme Support' });
        await bubble.click();
        const answer = page.locator('grivo-chat .a', { hasText: 'Monday to Friday from 9 to 17' });
        await answer.waitFor();
        expect(await page.locator('grivo-chat .u').allTextContents()).toEqual([
          'What are your opening hours?',
          'What is the capital of France?',
        ]);
        expect(await page.locator('grivo-chat .a').first().textContent()).toBe('Hi! Ask me anything.');
        expect(await answer.locator('.src a').first().getAttribute('href')).toMatch(
          new RegExp(`^${site.origin}/hours(#.*)?$`),
        );
        expect(await pressed(answer)).toEqual({ Helpful: 'false', 'Not helpful': 'true' });
        expect(await page.getByRole('group', { name: 'Suggested questions' }).count()).toBe(0);
        expect(await page.locator('grivo-chat .e').count()).toBe(0);
        await page.screenshot({ path: join(artifacts, 'widget-restored.png') });

        // Read back once per page: closing and opening again shows what is there.
        await page.keyboard.press('Escape');
        await bubble.click();
        expect(reads).toEqual([
          `http://localhost:${new URL(api).port}/public/chatbots/${bot.id}/conversations/${conversationId}`,
        ]);

        const { conversationToken } = await visitorState(page);
        const res = await ask(page, 'What is your address?');
        expect(res.status()).toBe(200);
        expect(res.request().postDataJSON()).toEqual({
          message: 'What is your address?',
          conversation_id: conversationId,
          page_url: `${site.origin}/host`,
          stream: true,
        });
        expect(res.request().headers()['x-conversation-token']).toBe(conversationToken);
        // The restored first answer quotes the address too.
        await expect.poll(() => page.locator('grivo-chat .a', { hasText: 'Market Street' }).count()).toBe(2);
        const owned = (await v1('GET', `/chatbots/${bot.id}/conversations/${conversationId}`)).body;
        expect(owned.messages.filter((m: any) => m.role === 'user').map((m: any) => m.content)).toEqual([
          'What are your opening hours?',
          'What is the capital of France?',
          'What is your address?',
        ]);
      });

      it('says when to come back once the daily limit is reached', async () => {
        const limited = await ask(page, 'How much does delivery cost?');
        expect(limited.status()).toBe(429);
        await expect
          .poll(() => page.locator('grivo-chat .e').textContent())
          .toMatch(/^Too many messages\. Please try again in \d+ (s|min|h)\.$/);
        await page.screenshot({ path: join(artifacts, 'widget-rate-limited.png') });
      });
    });

    it('stays hidden on a site that is not allowed, whose calls get 403, and tells its owner in the console', async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(10_000);
        // A response the browser refuses by CORS is never a playwright Response: watch the network itself.
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        // The *ExtraInfo events carry what went on the wire: the Origin header, the real status.
        const urls = new Map<string, string>();
        const origins = new Map<string, string | undefined>();
        const received = new Map<string, { status: number; allowOrigin: string | undefined }>();
        cdp.on('Network.requestWillBeSent', ({ requestId, request }) => urls.set(requestId, request.url));
        cdp.on('Network.requestWillBeSentExtraInfo', ({ requestId, headers }) =>
          origins.set(requestId, headers.Origin as string | undefined),
        );
        cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode, headers }) =>
          received.set(requestId, { status: statusCode, allowOrigin: headers['access-control-allow-origin'] }),
        );
        const answered = () =>
          [...urls]
            .filter(([, url]) => url.includes('/public/chatbots/'))
            .map(([id, url]) => ({ url, origin: origins.get(id), ...received.get(id) }));
        const warnings: string[] = [];
        page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
        await page.goto(`${elsewhere.origin}/host`);

        // The refusal allows no other origin (CORS only for allowed domains), so the page
        // cannot read it: the widget shows no bubble at all, and names the host to allow.
        await expect.poll(() => warnings.join('\n')).toContain(`Add "${new URL(elsewhere.origin).host}"`);
        expect(await page.locator('grivo-chat').count()).toBe(0);
        expect(answered()).toEqual([
          {
            url: `http://localhost:${new URL(api).port}/public/chatbots/${bot.id}`,
            origin: elsewhere.origin,
            status: 403,
            allowOrigin: undefined,
          },
        ]);
        await page.screenshot({ path: join(artifacts, 'widget-not-allowed.png') });
      } finally {
        await context.close();
      }
    });

    it('asks for contact details before the first question when lead capture is at the start, full width on a phone', async () => {
      expect(
        (
          await v1('PATCH', `/chatbots/${bot.id}`, {
            lead_capture: { enabled: true, when: 'start' },
            position: 'bottom-left',
          })
        ).status,
      ).toBe(200);
      const context = await browser.newContext({
        viewport: { width: 375, height: 700 },
        isMobile: true,
        hasTouch: true,
      });
      try {
        const page = await openPage(context, `${site.origin}/host`);
        await page.getByRole('button', { name: 'Open chat with Acme Support' }).click();
        const form = page.getByRole('form', { name: 'Your contact details' });
        await form.waitFor();
        expect(await form.getByRole('button', { name: 'Skip' }).count()).toBe(0);
        expect(await page.getByLabel('Your question').isVisible()).toBe(false);
        // The starter questions would skip the form: they come after it.
        const starters = page.getByRole('group', { name: 'Suggested questions' });
        expect(await starters.count()).toBe(0);
        const box = await page.getByRole('dialog').boundingBox();
        expect(box).toMatchObject({ x: 0, width: 375 });

        await form.getByLabel('Email').fill('grace@example.com');
        const saved = page.waitForResponse(isWidgetCall('/leads'));
        await form.getByRole('button', { name: 'Send' }).click();
        expect((await saved).status()).toBe(201);
        await page.locator('grivo-chat .a', { hasText: "Thanks! We'll be in touch." }).waitFor();
        expect(await page.getByLabel('Your question').isVisible()).toBe(true);
        expect(await activeId(page)).toBe('q');
        expect(await starters.getByRole('button').allTextContents()).toEqual(STARTERS);
        await page.screenshot({ path: join(artifacts, 'widget-mobile-start.png') });
      } finally {
        await context.close();
      }
    });

    it('shows a plain sentence, never the API message, next to the email field when the server refuses the email', async () => {
      // What the server says to this page for this email, CORS headers included.
      const direct = await fetch(`${api}/public/chatbots/${bot.id}/leads`, {
        method: 'POST',
        headers: { origin: site.origin, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'not-an-email' }),
      });
      expect(direct.status).toBe(400);
      const { message } = ((await direct.json()) as any).error;
      expect(
        direct.headers.get('access-control-allow-origin'),
        'a 400 the page cannot read shows as a network error',
      ).toBe(site.origin);

      const context = await browser.newContext();
      try {
        const page = await openPage(context, `${site.origin}/host`);
        await page.getByRole('button', { name: 'Open chat with Acme Support' }).click();
        const form = page.getByRole('form', { name: 'Your contact details' });
        await form.getByLabel('Email').fill('not-an-email');
        await form.getByRole('button', { name: 'Send' }).click();
        await expect
          .poll(() => page.locator('grivo-chat #lead-err').textContent())
          .toBe('Please enter a valid email address.');
        expect(message).not.toBe('Please enter a valid email address.');
        expect(await form.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
        expect(await form.getByLabel('Email').getAttribute('aria-describedby')).toBe('lead-err');
      } finally {
        await context.close();
      }
    });
  });

  describe('with a language model streaming the answer', () => {
    const REPLY = 'We open at 9 <img src=x onerror="window.__pwned=5"> and close at 17, Monday to Friday.';
    let llm: TestOpenAiServer;
    let site: TestSite;
    let grivo: Grivo;
    beforeAll(async () => {
      // Three characters every 20 ms: the answer takes about half a second to arrive.
      llm = await startOpenAiServer({ reply: () => REPLY, chunkChars: 3, writeDelayMs: 20 });
      site = await startSite({ '/': HOURS_PAGE });
      grivo = await startGrivo(
        { GRIVO_LLM_BASE_URL: llm.url, GRIVO_LLM_API_KEY: 'sk-test', GRIVO_LLM_MODEL: 'test-chat' },
        site,
        { name: 'Streamer' },
      );
    }, 60_000);
    afterAll(async () => {
      await grivo?.t.close();
      await site?.close();
      await llm?.close();
    });

    it('shows the text piece by piece as it arrives, and only ever as text', async () => {
      const context = await browser.newContext();
      try {
        const page = await openPage(context, `${site.origin}/host`);
        await page.getByRole('button', { name: 'Open chat with Streamer' }).click();
        // Every text the answer shows, as the DOM changes.
        await page.evaluate(() => {
          const g = globalThis as any;
          const log = g.document.querySelector('grivo-chat').shadowRoot.querySelector('[role=log]');
          g.__seen = [];
          new g.MutationObserver(() => {
            const answer = [...log.querySelectorAll('.a:not(.ty)')].pop()?.firstChild?.textContent;
            if (answer && g.__seen.at(-1) !== answer) g.__seen.push(answer);
            g.__typing ||= Boolean(log.querySelector('.ty[role=status]'));
          }).observe(log, { childList: true, subtree: true, characterData: true });
        });
        const res = await ask(page, 'What are your opening hours?');
        expect(res.headers()['content-type']).toMatch(/^text\/event-stream/);
        const answer = page.locator('grivo-chat .a', { hasText: 'close at 17, Monday to Friday.' });
        await answer.waitFor();
        const final = (await answer.evaluate((el) => el.firstChild?.textContent)) as string;
        expect(final).toContain(REPLY);
        const seen: string[] = await page.evaluate(() => (globalThis as any).__seen);
        const partial = seen.filter((text) => text !== final && text !== 'Hi! Ask me anything.');
        expect(partial.length).toBeGreaterThan(5);
        for (const text of partial) expect(final.startsWith(text)).toBe(true);
        expect(await page.evaluate(() => (globalThis as any).__typing)).toBe(true);
        expect(await page.locator('grivo-chat .ty').count()).toBe(0);
        expect(await page.locator('grivo-chat img').count()).toBe(0);
        expect(await page.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(pageErrors).toEqual([]);
        await page.screenshot({ path: join(artifacts, 'widget-streamed.png') });
      } finally {
        await context.close();
      }
    });

    it('on a phone: asks a starter question, rates the answer, and starts afresh when the stored conversation is refused', async () => {
      const { bot, v1 } = grivo;
      expect((await v1('PATCH', `/chatbots/${bot.id}`, { starter_questions: STARTERS })).status).toBe(200);
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      try {
        const page = await openPage(context, `${site.origin}/host`);
        const bubble = page.getByRole('button', { name: 'Open chat with Streamer' });
        await bubble.click();
        const starters = page.getByRole('group', { name: 'Suggested questions' });
        expect(await starters.getByRole('button').allTextContents()).toEqual(STARTERS);
        await page.screenshot({ path: join(artifacts, 'widget-mobile-starters.png') });

        expect((await pick(page, STARTERS[0]!)).status()).toBe(200);
        const answer = page.locator('grivo-chat .a', { hasText: 'close at 17, Monday to Friday.' });
        await answer.getByRole('group', { name: 'Rate this answer' }).waitFor();
        expect(await starters.count()).toBe(0);
        const rated = page.waitForResponse(isWidgetCall('/feedback'));
        await answer.getByRole('button', { name: 'Helpful', exact: true }).click();
        expect((await rated).status()).toBe(200);
        expect(await pressed(answer)).toEqual({ Helpful: 'true', 'Not helpful': 'false' });
        await page.screenshot({ path: join(artifacts, 'widget-mobile-answer.png') });

        await page.reload();
        await bubble.click();
        await answer.waitFor();
        expect(await pressed(answer)).toEqual({ Helpful: 'true', 'Not helpful': 'false' });
        expect(await page.locator('grivo-chat .u').allTextContents()).toEqual([STARTERS[0]]);
        await page.screenshot({ path: join(artifacts, 'widget-mobile-restored.png') });

        // A rating the server refuses: a sentence for the visitor (never the API's words) under the answer,
        // the rating as it was, the chat goes on.
        const refusal = "No message with id 'msg_gone' exists for this chatbot.";
        await page.route('**/feedback', (route) =>
          route.fulfill({
            status: 404,
            headers: { 'access-control-allow-origin': site.origin },
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'not_found', message: refusal, status: 404 } }),
          }),
        );
        await answer.getByRole('button', { name: 'Not helpful' }).click();
        await expect
          .poll(() => answer.getByRole('alert').textContent())
          .toBe('This conversation is no longer available. Please reload the page to start again.');
        expect(await pressed(answer)).toEqual({ Helpful: 'true', 'Not helpful': 'false' });
        expect(await page.getByLabel('Your question').isEnabled()).toBe(true);
        await page.screenshot({ path: join(artifacts, 'widget-mobile-rating-refused.png') });
        await page.unroute('**/feedback');

        // A token that does not fit (as after the conversation was deleted): forgotten, without a word.
        await page.evaluate((key) => {
          const { sessionStorage } = globalThis as any;
          const state = JSON.parse(sessionStorage.getItem(key));
          sessionStorage.setItem(key, JSON.stringify({ ...state, conversationToken: 'not-the-token' }));
        }, `grivo:${bot.id}`);
        await page.reload();
        const refused = page.waitForResponse((r) => r.url().includes('/conversations/'));
        await bubble.click();
        expect((await refused).status()).toBe(404);
        await starters.waitFor();
        expect(await page.locator('grivo-chat .u, grivo-chat .e').count()).toBe(0);
        expect(await visitorState(page)).toEqual({});
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});

/** What the widget keeps in sessionStorage: the conversation and its token. */
function visitorState(page: Page): Promise<{ conversationId?: string; conversationToken?: string }> {
  return page.evaluate(() => {
    const { sessionStorage } = globalThis as any;
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('grivo:'));
    return key ? JSON.parse(sessionStorage.getItem(key) ?? '{}') : {};
  });
}

/** The id of the focused element inside the widget. */
function activeId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (globalThis as any).document.querySelector('grivo-chat')?.shadowRoot?.activeElement?.id);
}
