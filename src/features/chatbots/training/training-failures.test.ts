import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { createChatbot, waitForTraining } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { closedPort } from '../../../../test/helpers/mail.js';
import { page, startSite, type TestSite } from '../../../../test/helpers/site.js';
import { noPagesMessage } from './failure-text.js';

describe.each(DIALECTS)('a failed training in plain words on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let forbidden: TestSite;
  let broken: TestSite;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_CRAWL_ALLOW_PRIVATE: 'true' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
    // Bot protection: robots.txt is readable, every page answers 403.
    forbidden = await startSite({
      '/robots.txt': { body: 'User-agent: *\nAllow: /\n', type: 'text/plain' },
      '/': { body: page('Shop', '<p>Welcome</p>'), status: 403 },
    });
    // A server in trouble: every path, robots.txt included, answers 500.
    broken = await startSite({
      '/robots.txt': { body: 'Internal error', type: 'text/plain', status: 500 },
      '/': { body: 'Internal error', type: 'text/plain', status: 500 },
    });
  });
  afterAll(async () => {
    await t.close();
    await forbidden.close();
    await broken.close();
  });

  const trainOn = async (website_url: string) =>
    waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url })).id);

  it('asks whether a site that does not answer is online', async () => {
    const port = await closedPort();
    const bot = await trainOn(`http://127.0.0.1:${port}/`);
    expect(bot.status).toBe('failed');
    expect(bot.error).toMatch(
      new RegExp(`^The site did not answer at http://127\\.0\\.0\\.1:${port}/ — is it online\\?`),
    );
    // The technical detail stays available, after the plain sentence.
    expect(bot.error).toMatch(/Technical detail: .*ECONNREFUSED/);
  });

  it('says the site refused the crawler, with its status', async () => {
    const bot = await trainOn(forbidden.url);
    expect(bot.status).toBe('failed');
    expect(bot.error).toMatch(/^The site refused our crawler \(HTTP 403\) at http:\/\/127\.0\.0\.1:\d+\/ — /);
  });

  it('says the site had a server error', async () => {
    const bot = await trainOn(broken.url);
    expect(bot.status).toBe('failed');
    expect(bot.error).toMatch(/^The site had a server error \(HTTP 500\) at http:\/\/127\.0\.0\.1:\d+\/ — /);
  });
});

describe('noPagesMessage', () => {
  it('names what to check first, for each kind of failure', () => {
    const at = (reason: string, detail: string, url = 'https://shop.example.com/') => [{ url, reason, detail }];
    expect(noPagesMessage([])).toMatch(/^No pages could be read: add a website URL/);
    expect(noPagesMessage(at('network_error', 'ENOTFOUND: getaddrinfo ENOTFOUND shop.example.com'))).toMatch(
      /^The address shop\.example\.com could not be found — check the spelling/,
    );
    expect(noPagesMessage(at('timeout', 'no complete response within 10000 ms'))).toMatch(/took too long to answer/);
    expect(noPagesMessage(at('http_status', 'HTTP 404'))).toMatch(/^No page was found \(HTTP 404\) at https:\/\/shop/);
    expect(noPagesMessage(at('robots', 'disallowed by robots.txt'))).toMatch(/^The site's robots\.txt does not let/);
    expect(noPagesMessage(at('blocked_address', 'private'))).toMatch(/private network/);
    expect(noPagesMessage(at('not_html', 'application/pdf'))).toMatch(/is not a web page/);
  });
});
