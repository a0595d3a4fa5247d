import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { createApiKey } from '../../src/features/api-keys/service.js';
import { jobHandlers } from '../../src/worker.js';
import { createTestApp, type TestApp, type Tenant } from './app.js';
import { launchChromium } from './chromium.js';
import { freePort } from './processes.js';

const root = resolve(import.meta.dirname, '../..');

export interface DashboardOptions {
  /** The address the owner signs up with. */
  email: string;
  /** More server environment, beside GRIVO_PUBLIC_URL and GRIVO_RATE_LIMIT_FREE. */
  env?: Record<string, string>;
  /** Runs the worker's job handlers in the test's process. */
  worker?: boolean;
  /** Lets the page download files (Playwright's default when left out). */
  acceptDownloads?: boolean;
  /** shot() also asserts, GRIVO_SHOTS_DIR set or not, that nothing sticks out sideways. */
  checkWidth?: boolean;
}

/** A real Grivo server with its built dashboard, and Chromium signed up to it. */
export interface Dashboard {
  t: TestApp;
  origin: string;
  browser: Browser;
  page: Page;
  /** The page's uncaught errors. */
  pageErrors: string[];
  /** Keeps screenshots of the page (or another of the same browser) at 1280 and 390 px in GRIVO_SHOTS_DIR, if set. */
  shot(name: string, of?: Page): Promise<void>;
  /** The signed-in workspace with an API key (created on the first call), as the other helpers take it. */
  tenant(): Promise<Tenant>;
  /** That key's headers. */
  apiHeaders(): Promise<{ authorization: string }>;
  close(): Promise<void>;
}

/** Starts the server, launches Chromium at 1280×800 and signs up at /signup, landing on /overview. */
export async function openDashboard(options: DashboardOptions): Promise<Dashboard> {
  if (!existsSync(join(root, 'dist/web/index.html')))
    throw new Error('dist/web is missing: run npm run build first (npm test does).');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const t = await createTestApp('sqlite', {
    GRIVO_PUBLIC_URL: origin,
    GRIVO_RATE_LIMIT_FREE: '100000',
    ...options.env,
  });
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await t.close();
  };
  try {
    if (options.worker) t.services.queue.work(jobHandlers(t.services));
    await t.app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: options.acceptDownloads,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/signup`);
    await page.getByLabel('Email').fill(options.email);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/overview$/);

    const shots = process.env.GRIVO_SHOTS_DIR;
    const shot = async (name: string, of = page) => {
      if (!shots && !options.checkWidth) return;
      if (shots) mkdirSync(shots, { recursive: true });
      for (const width of [1280, 390]) {
        await of.setViewportSize({ width, height: 900 });
        if (options.checkWidth)
          expect(await of.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
        if (shots) await of.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
      }
      await of.setViewportSize({ width: 1280, height: 800 });
    };

    let owner: Promise<Tenant> | undefined;
    const tenant = () =>
      (owner ??= (async () => {
        const { db } = t.services.database;
        const workspace = await db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
        const { key, secret } = await createApiKey(db, { workspaceId: workspace.id });
        return { workspaceId: workspace.id, keyId: key.id, key: secret, auth: { authorization: `Bearer ${secret}` } };
      })());
    const apiHeaders = async () => (await tenant()).auth;

    return { t, origin, browser, page, pageErrors, shot, tenant, apiHeaders, close };
  } catch (error) {
    await close();
    throw error;
  }
}
