import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from '../src/features/webhooks/deliver.js';
import type { TestApp } from './helpers/app.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';

// The webhooks and suppressions pages end to end: a real Grivo server (its
// built dashboard and API) driven by Chromium, POSTing to a real receiver.
const chromiumFound = hasChromium('dashboard-events-browser.test.ts');

const root = resolve(import.meta.dirname, '..');
const artifacts = join(root, 'test-artifacts');

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A loopback receiver that answers 200 and keeps what it got. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/grivo-events`,
    received,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

describe.skipIf(!chromiumFound)('the webhooks and suppressions pages in Chromium', () => {
  let dashboard: Dashboard;
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let origin: string;
  let page: Page;
  let pageErrors: string[];

  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    receiver = await startReceiver();
    dashboard = await openDashboard({ email: 'owner@events.test', env: { GRIVO_WEBHOOKS_ALLOW_PRIVATE: 'true' } });
    ({ t, origin, page, pageErrors } = dashboard);
  }, 60_000);

  afterAll(async () => {
    await dashboard?.close();
    await receiver?.close();
  });

  it('adds an endpoint, shows its secret once, and logs a signed test event as delivered', async () => {
    await nav('Webhooks');
    await page.getByRole('heading', { name: 'No webhook endpoints yet' }).waitFor();
    await page.getByRole('link', { name: 'Add endpoint' }).click();

    // A bad URL is refused, with the reason under the field.
    await page.getByLabel('Endpoint URL').fill('ftp://example.com/hook');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const urlField = page.getByLabel('Endpoint URL');
    await expect.poll(() => urlField.getAttribute('aria-invalid')).toBe('true');
    // In plain words, not the API's ("url must be http:// or https://…").
    expect(await page.getByRole('alert').first().textContent()).toMatch(/starting with https:\/\//);

    // "All events" narrowed to a choice: a contact added and a lead.
    await page.getByLabel('Endpoint URL').fill(receiver.url);
    await page.getByLabel('All events').uncheck();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByText('Choose at least one event').waitFor();
    await page.getByLabel(/A contact is added/).check();
    await page.getByLabel(/A chatbot collects a lead/).check();
    await page.getByLabel('Description (optional)').fill('CRM sync');
    await page.getByRole('button', { name: 'Add endpoint' }).click();

    await page.waitForURL(/\/webhooks\/we_/);
    const secret = (await page.getByLabel('Signing secret', { exact: true }).textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByText(/you won’t see it again/).waitFor();
    await page.getByText('contact.created').first().waitFor();
    await page.getByText('lead.created').first().waitFor();
    await page.screenshot({ path: join(artifacts, 'dashboard-webhook-created.png'), fullPage: true });

    // Loaded again, the page no longer shows it.
    await page.reload();
    await page.getByRole('heading', { name: 'Delivery log' }).waitFor();
    expect(await page.getByLabel('Signing secret', { exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Send test event' }).click();
    // The worker's sweep, run here rather than on its timer.
    await expect
      .poll(async () => {
        await deliverDue({ database: t.services.database, config: t.services.config });
        return receiver.received.length;
      })
      .toBe(1);
    const [got] = receiver.received;
    const event = JSON.parse(got!.body) as { type: string };
    expect(event.type).toBe('ping');
    const [, ts, v1] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(String(got!.headers['grivo-signature']))!;
    expect(v1).toBe(createHmac('sha256', secret).update(`${ts}.${got!.body}`).digest('hex'));

    const row = page.getByRole('row').filter({ hasText: 'ping' });
    await row.getByText('Delivered').waitFor();
    expect(await row.textContent()).toContain('200');
    await page.screenshot({ path: join(artifacts, 'dashboard-webhook-delivered.png'), fullPage: true });

    // Turned off, it says so, and how to turn it back on.
    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByText('This endpoint is turned off').waitFor();
    // Turned off by a person: not blamed on failing deliveries.
    await page.getByText('It was turned off by someone in your workspace').waitFor();
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('button', { name: 'Turn off' }).waitFor();

    // A rolled secret is shown once too, and signs from then on.
    await page.getByRole('button', { name: 'Roll secret' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Roll secret' }).click();
    await page.getByRole('heading', { name: 'Your new signing secret' }).waitFor();
    const rolled = (await page.getByLabel('Signing secret', { exact: true }).textContent())!.trim();
    expect(rolled).toMatch(/^whsec_/);
    expect(rolled).not.toBe(secret);
    await page.getByRole('button', { name: 'Send test event' }).click();
    await expect
      .poll(async () => {
        await deliverDue({ database: t.services.database, config: t.services.config });
        return receiver.received.length;
      })
      .toBe(2);
    const second = receiver.received[1]!;
    const [, ts2, v2] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(String(second.headers['grivo-signature']))!;
    expect(v2).toBe(createHmac('sha256', rolled).update(`${ts2}.${second.body}`).digest('hex'));

    await nav('Webhooks');
    const listed = page.getByRole('row').filter({ hasText: receiver.url });
    await listed.getByText('Active').waitFor();
    expect(await listed.textContent()).toContain('CRM sync');
    expect(pageErrors).toEqual([]);
  });

  it('suppresses an address, finds it by search, and removes it', async () => {
    await nav('Suppressions');
    await page.getByRole('heading', { name: 'No suppressed addresses' }).waitFor();

    await page.getByLabel('Email address').fill('not an address');
    await page.getByRole('button', { name: 'Suppress' }).click();
    const emailField = page.getByLabel('Email address');
    await expect.poll(() => emailField.getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Email address').fill('Jane@Example.org');
    await page.getByLabel('Reason').selectOption('complaint');
    await page.getByRole('button', { name: 'Suppress' }).click();
    await page.getByText('will not be emailed any more').waitFor();
    await page.getByLabel('Email address').fill('bob@example.org');
    await page.getByRole('button', { name: 'Suppress' }).click();
    await page.getByRole('cell', { name: 'bob@example.org', exact: true }).waitFor();

    await page.getByLabel('Search by email').fill('jane');
    await page.getByLabel('Search by email').press('Enter');
    await page.getByText('1 suppressed address').waitFor();
    const jane = page.getByRole('row').filter({ hasText: /jane@example\.org/i });
    expect(await jane.textContent()).toContain('Marked an email as spam');
    expect(await page.getByRole('cell', { name: 'bob@example.org', exact: true }).count()).toBe(0);

    await jane.getByRole('button', { name: /Remove/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByText('can be emailed again').waitFor();
    await page.getByRole('heading', { name: 'No suppressed address matches' }).waitFor();

    const api = await fetch(`${origin}/v1/suppressions`, {
      headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
    });
    const body = (await api.json()) as { data: Array<{ email: string }> };
    expect(body.data.map((s) => s.email.toLowerCase())).toEqual(['bob@example.org']);
    expect(pageErrors).toEqual([]);
  });
});
