import { sql } from 'kysely';
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
  let large: TestSite;
  beforeAll(async () => {
    // Polled until a training retried twice gives up: past the free plan's 60 requests a minute.
    t = await createTestApp(dialect, { GRIVO_CRAWL_ALLOW_PRIVATE: 'true', GRIVO_RATE_LIMIT_FREE: '100000' });
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
    // More pages than a batch holds (64): the first batch is written while the crawl reads on.
    const paths = Array.from({ length: 80 }, (_, i) => `/p${i}`);
    large = await startSite({
      '/': page('Index', paths.map((path) => `<a href="${path}">${path}</a>`).join(' ')),
      ...Object.fromEntries(paths.map((path) => [path, page(`Page ${path}`, `<p>The text of ${path}.</p>`)])),
    });
  });
  afterAll(async () => {
    await t.close();
    await forbidden.close();
    await broken.close();
    await large.close();
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

  it('fails the training when a batch of its pages cannot be written', { timeout: 60_000 }, async () => {
    const { db, engine } = t.services.database;
    await sql`${sql.raw(
      engine.pick({
        sqlite: `create trigger refuse_chunks before insert on chatbot_chunks
          begin select raise(abort, 'chunks refused'); end`,
        postgres: `create function refuse_chunks() returns trigger language plpgsql as
          $$ begin raise exception 'chunks refused'; end $$;
          create trigger refuse_chunks before insert on chatbot_chunks
          for each row execute function refuse_chunks()`,
      }),
    )}`.execute(db);
    try {
      // A workspace of its own: the free plan's three chatbots go to the other tests.
      const own = await t.tenant();
      const bot = await waitForTraining(t, own, (await createChatbot(t, own, { website_url: large.url })).id, 50_000);
      expect(bot.status).toBe('failed');
      expect(bot.error).toMatch(/^Training stopped because of a problem on Grivo's side\. .*chunks refused/);
    } finally {
      await sql`${sql.raw(
        engine.pick({
          sqlite: 'drop trigger refuse_chunks',
          postgres: 'drop trigger refuse_chunks on chatbot_chunks; drop function refuse_chunks()',
        }),
      )}`.execute(db);
    }
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
