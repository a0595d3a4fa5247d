import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './helpers/chromium.js';
import { openDashboard, type Dashboard } from './helpers/dashboard.js';
import { startSite, type TestSite } from './helpers/site.js';

// The dashboard in plain words: errors as sentences, forms that fix or refuse
// what they can before sending, and the widget's refused websites one click
// from being allowed — proven with the real widget on a loopback site.
const chromiumFound = hasChromium('words-browser.test.ts');

describe.skipIf(!chromiumFound)('plain words in Chromium', () => {
  let d: Dashboard;
  let elsewhere: TestSite;
  let botId: string;
  beforeAll(async () => {
    d = await openDashboard({ email: 'words@example.com', checkWidth: true });
  });
  afterAll(async () => {
    await d?.close();
    await elsewhere?.close();
  });

  const v1 = async (method: string, path: string, body?: object) => {
    const res = await fetch(`${d.origin}/v1${path}`, {
      method,
      headers: { ...(await d.apiHeaders()), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('completes example.com to https://example.com/ in the new chatbot form', async () => {
    const { page } = d;
    await page.goto(`${d.origin}/chatbots/new`);
    await page.getByLabel('Name', { exact: true }).fill('Shop help');
    const website = page.getByLabel('Website URL');
    await website.fill('example.com');
    await website.blur();
    expect(await website.inputValue()).toBe('https://example.com/');
    await page.getByRole('button', { name: /create/i }).click();
    await page.waitForURL(/\/chatbots\/(?!new\b)[^/]+/);
    botId = new URL(page.url()).pathname.split('/')[2]!;
    expect((await v1('GET', `/chatbots/${botId}`)).body.website_url).toBe('https://example.com/');
  });

  it("shows the server's refusal of a field as a sentence with the field's label", async () => {
    const { page } = d;
    await page.goto(`${d.origin}/chatbots/${botId}/settings`);
    await page.getByLabel('Allowed domains').fill('shop.example.com\nhttps://blog.example.com/news');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const error = page.locator('.field-error[role=alert]').first();
    await expect
      .poll(() => error.textContent())
      .toBe(
        'Allowed domains, line 2 must be a host name like example.com or *.example.com, without https:// or a path.',
      );
    expect(await page.locator('body').textContent()).not.toMatch(/Invalid parameter|allowed_domains/);
  });

  it('refuses a schedule in the past in the send panel, before anything is sent', async () => {
    const { page } = d;
    const created = await v1('POST', '/campaigns', {
      name: 'Spring news',
      subject: 'Hello',
      from_name: 'Acme',
      from_email: 'news@example.com',
      html: '<p>Hello</p>',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const sent: string[] = [];
    page.on('request', (r) => void (r.url().includes('/send') && sent.push(r.url())));
    await page.goto(`${d.origin}/campaigns/${created.body.id}`);
    await page.getByLabel('Schedule for').fill('2020-01-01T09:00');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect
      .poll(() => page.locator('.field-error[role=alert]').first().textContent())
      .toBe('This time has already passed. Choose a time in the future to schedule the campaign.');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(sent).toEqual([]);
    expect((await v1('GET', `/campaigns/${created.body.id}`)).body.status).toBe('draft');
  });

  it('lists a website the real widget was refused on, and Allow makes the widget work there', async () => {
    const { page } = d;
    const bot = await v1('POST', '/chatbots', { name: 'Embed help', allowed_domains: ['shop.example.com'] });
    expect(bot.status).toBe(201);
    const host = `<!doctype html><html><head><title>Elsewhere</title></head><body><h1>Another site</h1>
<script src="${d.origin}/widget.js" data-chatbot="${bot.body.id}" async></script></body></html>`;
    elsewhere = await startSite({ '/host': host });
    const visitor = await d.browser.newPage();
    try {
      const warnings: string[] = [];
      visitor.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
      await visitor.goto(`${elsewhere.origin}/host`);
      const allowHost = new URL(elsewhere.origin).host;
      await expect.poll(() => warnings.join('\n')).toContain(`Add "${allowHost}"`);
      expect(await visitor.locator('grivo-chat').count()).toBe(0);

      await page.goto(`${d.origin}/chatbots/${bot.body.id}/embed`);
      const list = page.getByRole('list', { name: 'Refused websites' });
      await list.getByText(elsewhere.origin).waitFor();
      expect(await list.getByText(/1 request refused/).count()).toBe(1);
      await d.shot('words-embed-refused');

      await list.getByRole('button', { name: `Allow ${elsewhere.origin}` }).click();
      await page.getByText(`${allowHost} is allowed`).waitFor();
      expect(await list.getByText(elsewhere.origin).count()).toBe(0);
      expect((await v1('GET', `/chatbots/${bot.body.id}`)).body.allowed_domains).toEqual([
        'shop.example.com',
        allowHost,
      ]);
      expect((await v1('GET', `/chatbots/${bot.body.id}/refused-origins`)).body.total).toBe(0);
      await d.shot('words-embed-allowed');

      await visitor.reload();
      await visitor.getByRole('button', { name: 'Open chat with Embed help' }).click();
      await expect.poll(() => visitor.locator('grivo-chat .a').first().textContent()).toBe('Hi! Ask me anything.');
    } finally {
      await visitor.close();
    }
    expect(d.pageErrors).toEqual([]);
  });
});
