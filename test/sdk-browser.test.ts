import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { hasChromium, launchChromium } from './helpers/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Sdk from '@grivo/sdk';
import { createTenant } from './helpers/app.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/engines.js';
import { requireBuild, startGrivo, type GrivoProcess } from './helpers/processes.js';

// The TypeScript SDK in a real browser: Chromium loads the built ESM files of
// packages/sdk/dist (no bundler, no polyfills) into a page of the Grivo
// server's own origin (the /v1 API sends no CORS headers) and calls a real
// server with them. The only thing not real is how the page and the SDK's
// files reach the browser: Playwright serves them under /__sdk-test/.
const chromiumFound = hasChromium('sdk-browser.test.ts');

const SDK_DIST = path.resolve('packages/sdk/dist');
const TEST_PREFIX = '/__sdk-test/';

/** Fails clearly when the SDK or the server has not been built. */
function requireSdkBuild(): void {
  const entry = path.join(SDK_DIST, 'index.js');
  if (!fs.existsSync(entry))
    throw new Error(`${entry} is missing: run \`npm run build\` (npm test does) before this test.`);
  requireBuild(); // dist/cli.js, the server
}

const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>SDK test</title>
<link rel="icon" href="data:,"></head><body><h1>@grivo/sdk in a browser</h1></body></html>`;

/** Serves the test page and the SDK's built files; any other request goes to the server untouched. */
async function serveTestFiles(route: Route): Promise<void> {
  const { pathname } = new URL(route.request().url());
  if (pathname === TEST_PREFIX)
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE_HTML });
  const file = path.resolve(SDK_DIST, `.${pathname.slice(`${TEST_PREFIX}sdk`.length)}`);
  if (pathname.startsWith(`${TEST_PREFIX}sdk/`) && file.startsWith(`${SDK_DIST}${path.sep}`) && fs.existsSync(file))
    return route.fulfill({
      status: 200,
      contentType: file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/json',
      body: fs.readFileSync(file),
    });
  return route.fulfill({ status: 404, contentType: 'text/plain', body: `not a test file: ${pathname}` });
}

// The page's globals the tests use (a function given to page.evaluate runs
// in the page: it can use none of this file's bindings, only these).
interface PageGlobals {
  sdk: typeof Sdk;
  grivo: Sdk.Grivo;
  location: { origin: string };
  File: typeof File;
}

describe.skipIf(!chromiumFound).each(DIALECTS)('@grivo/sdk in Chromium against a Grivo server on %s', (dialect) => {
  let database: TestDatabase;
  let server: GrivoProcess;
  let apiKey: string;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const requests: Array<{
    method: string;
    url: string;
    contentType: string | undefined;
    idempotencyKey: string | undefined;
    body: string | null;
  }> = [];
  const responseIds = new Map<string, string | undefined>();

  /** The server's own view, through plain fetch from Node. */
  async function v1(pathAndQuery: string): Promise<any> {
    const res = await fetch(`${server.url}/v1${pathAndQuery}`, { headers: { authorization: `Bearer ${apiKey}` } });
    expect(res.status, pathAndQuery).toBe(200);
    return res.json();
  }

  /** The API requests the page made (method and path with query), in order. */
  const apiCalls = (prefix: string) =>
    requests
      .filter((r) => new URL(r.url).pathname.startsWith(prefix))
      .map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`);

  beforeAll(async () => {
    requireSdkBuild();
    database = await createTestDatabase(dialect);
    server = await startGrivo({ ...database.env, GRIVO_RATE_LIMIT_PRO: '100000' });
    apiKey = (await createTenant({ database }, 'pro')).key;
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('requestfailed', (request) => failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
    page.on('request', (request) =>
      requests.push({
        method: request.method(),
        url: request.url(),
        contentType: request.headers()['content-type'],
        idempotencyKey: request.headers()['idempotency-key'],
        body: request.postData(),
      }),
    );
    page.on('response', (response) => responseIds.set(response.url(), response.headers()['x-request-id']));
    await page.route(`${server.url}${TEST_PREFIX}**`, serveTestFiles);
    const loaded = await page.goto(`${server.url}${TEST_PREFIX}`);
    expect(loaded?.status()).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  it('imports the built ESM files in a page that has no process, and reads no environment there', async () => {
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    // A string, so that the test runner does not rewrite the dynamic import.
    const exported = await page.evaluate<string[]>(
      `import('${TEST_PREFIX}sdk/index.js').then((sdk) => { globalThis.sdk = sdk; return Object.keys(sdk).sort(); })`,
    );
    expect(exported).toEqual(expect.arrayContaining(['Grivo', 'GrivoError', 'ListRequest']));
    // Every module came from the built files, each of them once.
    const modules = apiCalls(`${TEST_PREFIX}sdk/`);
    expect(modules).toContain(`GET ${TEST_PREFIX}sdk/index.js`);
    expect(modules).toContain(`GET ${TEST_PREFIX}sdk/resources/chatbots.js`);
    expect(new Set(modules).size).toBe(modules.length);

    const baseUrl = await page.evaluate((key) => {
      const g = globalThis as unknown as PageGlobals;
      g.grivo = new g.sdk.Grivo({ apiKey: key, baseUrl: g.location.origin });
      return g.grivo.baseUrl;
    }, apiKey);
    expect(baseUrl).toBe(server.url);

    // Without options, the SDK looks for GRIVO_API_KEY and GRIVO_URL: with no
    // process.env to read, it falls back to its defaults and its own error.
    const defaults = await page.evaluate(() => {
      const { Grivo } = (globalThis as unknown as PageGlobals).sdk;
      let withoutKey: string;
      try {
        new Grivo();
        withoutKey = 'no error';
      } catch (error) {
        withoutKey = `${(error as Error).name}: ${(error as Error).message}`;
      }
      return { withoutKey, baseUrl: new Grivo({ apiKey: 'grv_x' }).baseUrl };
    });
    expect(defaults.withoutKey).toMatch(/^(Grivo)?Error: .*no API key/i);
    expect(defaults.baseUrl).toBe('http://localhost:3000');
  });

  it('creates chatbots; a list awaited is its first page, iterated it is every item of every page', async () => {
    const result = await page.evaluate(async () => {
      const { grivo } = globalThis as unknown as PageGlobals;
      const created = [];
      for (const name of ['Front desk', 'Returns', 'Workshop']) created.push(await grivo.chatbots.create({ name }));
      const first = await grivo.chatbots.list({ per_page: 2 });
      const names: string[] = [];
      for await (const bot of grivo.chatbots.list({ per_page: 2 })) names.push(bot.name);
      const pages: number[] = [];
      for await (const one of grivo.chatbots.list({ per_page: 2 }).pages()) pages.push(one.data.length);
      return { created, first, names, pages };
    });
    expect(result.created.map((bot) => bot.name)).toEqual(['Front desk', 'Returns', 'Workshop']);
    expect(result.created.every((bot) => bot.id.startsWith('bot_'))).toBe(true);
    expect(result.first).toMatchObject({ total: 3, page: 1, per_page: 2, has_more: true });
    expect(result.first.data).toHaveLength(2);
    expect(result.names.sort()).toEqual(['Front desk', 'Returns', 'Workshop']);
    expect(result.pages).toEqual([2, 1]);
    expect(apiCalls('/v1/chatbots').filter((call) => call.startsWith('GET'))).toEqual([
      'GET /v1/chatbots?per_page=2',
      'GET /v1/chatbots?per_page=2',
      'GET /v1/chatbots?per_page=2&page=2',
      'GET /v1/chatbots?per_page=2',
      'GET /v1/chatbots?per_page=2&page=2',
    ]);
    // Each POST carried its own Idempotency-Key (crypto.randomUUID in the page).
    const keys = requests
      .filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/v1/chatbots')
      .map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The server holds what the browser created.
    const serverSide = await v1('/chatbots?per_page=100');
    expect(serverSide.data.map((bot: { id: string }) => bot.id).sort()).toEqual(
      result.created.map((bot) => bot.id).sort(),
    );
  });

  it('walks the contacts page after page with starting_after', async () => {
    const result = await page.evaluate(async () => {
      const { grivo } = globalThis as unknown as PageGlobals;
      for (const name of ['ada', 'bob', 'cy', 'dee', 'eve'])
        await grivo.contacts.create({ email: `${name}@example.com`, tags: ['walk'] });
      const emails: string[] = [];
      for await (const contact of grivo.contacts.list({ tag: 'walk', per_page: 2 })) emails.push(contact.email);
      return emails;
    });
    expect(result.sort()).toEqual(['ada', 'bob', 'cy', 'dee', 'eve'].map((name) => `${name}@example.com`));
    const walked = apiCalls('/v1/contacts').filter((call) => call.startsWith('GET'));
    expect(walked).toHaveLength(3);
    expect(walked[0]).toBe('GET /v1/contacts?tag=walk&per_page=2');
    expect(walked[1]).toMatch(/^GET \/v1\/contacts\?tag=walk&per_page=2&starting_after=ct_\w+$/);
    expect(walked[2]).toMatch(/^GET \/v1\/contacts\?tag=walk&per_page=2&starting_after=ct_\w+$/);
  });

  it('throws a GrivoError for a 404, with its code, status and the request id the server sent', async () => {
    const caught = await page.evaluate(async () => {
      const { grivo, sdk } = globalThis as unknown as PageGlobals;
      try {
        await grivo.chatbots.get('bot_doesnotexist');
        return undefined;
      } catch (error) {
        const e = error as Sdk.GrivoError;
        return {
          isGrivoError: error instanceof sdk.GrivoError,
          isError: error instanceof Error,
          name: e.name,
          code: e.code,
          status: e.status,
          message: e.message,
          requestId: e.requestId,
        };
      }
    });
    expect(caught).toMatchObject({
      isGrivoError: true,
      isError: true,
      name: 'GrivoError',
      code: 'not_found',
      status: 404,
    });
    expect(caught?.message).toBeTruthy();
    expect(caught?.requestId).toBeTruthy();
    expect(caught?.requestId).toBe(responseIds.get(`${server.url}/v1/chatbots/bot_doesnotexist`));
  });

  it('trains a text source and streams an answer from it, event by event', async () => {
    const result = await page.evaluate(async () => {
      const { grivo } = globalThis as unknown as PageGlobals;
      const bot = await grivo.chatbots.create({ name: 'Opening hours' });
      let source = await grivo.chatbots.sources.create(bot.id, {
        type: 'text',
        title: 'Opening hours',
        text: '# Opening hours\n\nWe are open Monday to Friday, 9 am to 6 pm. On Sundays the shop stays closed.',
      });
      while (source.status === 'pending' || source.status === 'training') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        source = await grivo.chatbots.sources.get(bot.id, source.id);
      }
      const events: Sdk.ChatStreamEvent[] = [];
      for await (const event of grivo.chatbots.chatStream(bot.id, { message: 'When are you open?' }))
        events.push(event);
      return { source, events };
    });
    expect(result.source.status).toBe('trained');
    const names = result.events.map((e) => e.event);
    expect(names[0]).toBe('meta');
    expect(names.at(-1)).toBe('done');
    expect(names.slice(1, -1).every((name) => name === 'delta')).toBe(true);
    expect(names.length).toBeGreaterThan(2);
    const meta = result.events[0] as Extract<Sdk.ChatStreamEvent, { event: 'meta' }>;
    const done = result.events.at(-1) as Extract<Sdk.ChatStreamEvent, { event: 'done' }>;
    expect(meta.data.answered).toBe(true);
    expect(done.data.answer).toContain('Monday to Friday, 9 am to 6 pm');
    expect(done.data.message_id).toBe(meta.data.message_id);
    expect(done.data.sources[0]?.url).toContain(`/sources/${result.source.id}`);
    // The deltas, in order, are the whole answer.
    const text = result.events.map((e) => (e.event === 'delta' ? e.data.text : '')).join('');
    expect(text).toBe(done.data.answer);
    const chat = requests.find((r) => r.method === 'POST' && r.url.endsWith('/chat'));
    expect(JSON.parse(chat?.body ?? '{}')).toEqual({ message: 'When are you open?', stream: true });
  });

  it('imports contacts from a CSV given as a Blob and waits for the import to complete', async () => {
    const result = await page.evaluate(async () => {
      const { grivo } = globalThis as unknown as PageGlobals;
      const csv = 'email,first_name\ngrace@example.com,Grace\nalan@example.com,Alan\nlinus@example.com,Linus\n';
      const started = await grivo.contacts.import(new Blob([csv], { type: 'text/csv' }), {
        tags: ['imported'],
        filename: 'people.csv',
      });
      const done = await grivo.contacts.imports.wait(started.id, { intervalMs: 100 });
      const listed = await grivo.contacts.list({ tag: 'imported', per_page: 10 });
      return { started, done, emails: listed.data.map((c) => `${c.email} ${c.first_name}`) };
    });
    expect(result.started.id).toMatch(/^imp_/);
    expect(result.done).toMatchObject({
      id: result.started.id,
      status: 'completed',
      filename: 'people.csv',
      rows_total: 3,
      created: 3,
      failed: 0,
    });
    expect(result.emails.sort()).toEqual([
      'alan@example.com Alan',
      'grace@example.com Grace',
      'linus@example.com Linus',
    ]);
    const upload = requests.find((r) => r.method === 'POST' && new URL(r.url).pathname === '/v1/contacts/import');
    expect(upload?.url).toBe(`${server.url}/v1/contacts/import?tags=imported`);
    expect(upload?.contentType).toMatch(/^multipart\/form-data; boundary=grivo-/);
    expect(upload?.body).toContain('filename="people.csv"');
    expect((await v1('/contacts?tag=imported')).total).toBe(3);
  });

  it('uploads a File object as a file source, which trains and answers searches', async () => {
    const content = '# Warranty\n\nEvery frame carries a lifetime warranty against breakage.\n';
    const result = await page.evaluate(async (markdown) => {
      const g = globalThis as unknown as PageGlobals;
      const bot = await g.grivo.chatbots.create({ name: 'Warranty desk' });
      const file = new g.File([markdown], 'warranty.md', { type: 'text/markdown' });
      let source = await g.grivo.chatbots.sources.create(bot.id, { type: 'file', file, title: 'Warranty' });
      const created = source;
      while (source.status === 'pending' || source.status === 'training') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        source = await g.grivo.chatbots.sources.get(bot.id, source.id);
      }
      const hits = await g.grivo.chatbots.search(bot.id, { query: 'lifetime warranty' });
      return { botId: bot.id, created, source, snippets: hits.data.map((hit) => hit.snippet) };
    }, content);
    expect(result.created).toMatchObject({ type: 'file', title: 'Warranty' });
    expect(result.source.status).toBe('trained');
    expect(result.source.file).toMatchObject({ name: 'warranty.md', size: Buffer.byteLength(content) });
    expect(result.snippets.join(' ')).toContain('lifetime warranty against breakage');
    const upload = requests.find((r) => r.method === 'POST' && r.url.endsWith(`/v1/chatbots/${result.botId}/sources`));
    expect(upload?.contentType).toMatch(/^multipart\/form-data; boundary=grivo-/);
    expect(upload?.body).toContain('filename="warranty.md"');
    expect(upload?.body).toContain('Content-Type: text/markdown');
    const stored = await v1(`/chatbots/${result.botId}/sources/${result.source.id}`);
    expect(stored.file).toEqual(result.source.file);
  });

  it('logged no console error but the 404 asked for, threw nothing uncaught and had no request fail', () => {
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    // Chromium logs every response of 4xx or 5xx: only the 404 asked for above.
    expect(consoleErrors).toEqual([
      `Failed to load resource: the server responded with a status of 404 (Not Found) (${server.url}/v1/chatbots/bot_doesnotexist)`,
    ]);
    // Every request stayed on the server's origin: the page, the SDK's files and the API.
    expect(requests.filter((r) => new URL(r.url).origin !== server.url)).toEqual([]);
  });
});
