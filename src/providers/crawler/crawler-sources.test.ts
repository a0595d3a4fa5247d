import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crawlSite, type CrawlEvent, type CrawlOptions, type KnownPage } from './crawler.js';
import { collect, html, useCleanup, type Route, type TestSite } from '../../../test/helpers/crawler-site.js';

// Seeds, robots.txt, conditional requests, listed URLs, the address policy and
// cancellation — each against a real site on loopback.

const { site } = useCleanup();

function crawl(s: TestSite, options: Partial<CrawlOptions> = {}): Promise<CrawlEvent[]> {
  return collect(crawlSite({ startUrl: s.url('/'), maxPages: 100, allowPrivate: true, ...options }));
}

const pageUrls = (events: CrawlEvent[]) => events.flatMap((event) => (event.type === 'page' ? [event.url] : []));
const skipped = (events: CrawlEvent[]) => events.flatMap((event) => (event.type === 'skipped' ? [event] : []));
const xml = (body: string | Buffer) => ({ body, type: 'application/xml' });
const urlset = (...locs: string[]) =>
  `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((loc) => `<url><loc>${loc}</loc></url>`).join('')}</urlset>`;
const sitemapIndex = (...locs: string[]) =>
  `<sitemapindex>${locs.map((loc) => `<sitemap><loc>${loc}</loc></sitemap>`).join('')}</sitemapindex>`;

describe('crawlSite: seeds', () => {
  it('seeds from the given sitemap (an index with a gzipped child) and from robots.txt Sitemap: lines', async () => {
    const s = await site({ '/': html(), '/a': html(), '/b': html(), '/c': html(), '/d': html() });
    s.routes.set('/robots.txt', {
      body: `User-agent: *\nAllow: /\nSitemap: ${s.url('/from-robots.xml')}\n`,
      type: 'text/plain',
    });
    s.routes.set('/index.xml', xml(sitemapIndex(s.url('/one.xml'), s.url('/two.xml.gz'))));
    s.routes.set('/one.xml', xml(urlset(s.url('/a'), 'https://elsewhere.example/ignored')));
    s.routes.set('/two.xml.gz', { body: gzipSync(urlset(s.url('/b'))), type: 'application/x-gzip' });
    s.routes.set('/from-robots.xml', xml(urlset(s.url('/c'))));
    const events = await crawl(s, { sitemapUrl: s.url('/index.xml') });
    expect(pageUrls(events).sort()).toEqual([s.url('/'), s.url('/a'), s.url('/b'), s.url('/c')]);
    expect(events.filter((event) => event.type === 'page' && event.depth !== 0)).toEqual([]);
    expect(s.pathsRequested()).not.toContain('/sitemap.xml');
  });

  it('tries /sitemap.xml when no sitemap is named', async () => {
    const s = await site({ '/': html(), '/only-in-sitemap': html() });
    s.routes.set('/sitemap.xml', xml(urlset(s.url('/only-in-sitemap'))));
    expect(pageUrls(await crawl(s)).sort()).toEqual([s.url('/'), s.url('/only-in-sitemap')]);
  });

  it('reports a named sitemap that is broken, and crawls on', async () => {
    const s = await site({ '/': html(), '/bad.xml': xml('<urlset><url>') });
    const events = await crawl(s, { sitemapUrl: s.url('/bad.xml') });
    expect(skipped(events)).toEqual([
      { type: 'skipped', url: s.url('/bad.xml'), reason: 'invalid_sitemap', detail: expect.stringMatching(/^bad XML/) },
    ]);
    expect(pageUrls(events)).toEqual([s.url('/')]);
  });

  it('fetches listed URLs on another site, without crawling that site', async () => {
    const other = await site({ '/extra': html(['/other-page']), '/other-page': html() });
    const s = await site({ '/': html() });
    const events = await crawl(s, { urls: [other.url('/extra'), 'mailto:nobody@example.com'] });
    expect(pageUrls(events)).toEqual([s.url('/'), other.url('/extra')]);
    expect(other.pathsRequested()).toEqual(['/robots.txt', '/extra']);
    expect(skipped(events)).toEqual([
      { type: 'skipped', url: 'mailto:nobody@example.com', reason: 'invalid_url', detail: 'not an http(s) URL' },
    ]);
  });
});

describe('crawlSite: politeness', () => {
  it('keeps at most concurrencyPerHost requests open to a host', async () => {
    let active = 0;
    let mostActive = 0;
    const slowPage: Route = (_request, response) => {
      mostActive = Math.max(mostActive, ++active);
      setTimeout(() => {
        active--;
        response.writeHead(200, { 'content-type': 'text/html' }).end(html());
      }, 30);
    };
    const links = Array.from({ length: 12 }, (_, i) => `/p${i}`);
    const s = await site({ '/': html(links), ...Object.fromEntries(links.map((link) => [link, slowPage])) });
    const events = await crawl(s, { concurrencyPerHost: 2 });
    expect(pageUrls(events)).toHaveLength(13);
    expect(mostActive).toBe(2);
  });

  it('skips disallowed URLs without requesting them, and spaces requests by the crawl delay', async () => {
    const s = await site({
      '/robots.txt': { body: 'User-agent: GrivoBot\nDisallow: /secret\nCrawl-delay: 0.3\n', type: 'text/plain' },
      '/': html(['/a', '/b', '/secret/plans']),
      '/a': html(),
      '/b': html(),
    });
    const events = await crawl(s);
    expect(pageUrls(events).sort()).toEqual([s.url('/'), s.url('/a'), s.url('/b')]);
    expect(skipped(events)).toEqual([
      { type: 'skipped', url: s.url('/secret/plans'), reason: 'robots', detail: 'disallowed by robots.txt' },
    ]);
    expect(s.pathsRequested()).not.toContain('/secret/plans');
    const times = s.requests.map((request) => request.at);
    // robots.txt, /sitemap.xml, /, /a, /b: each about the delay after the one before. The times
    // are when the site saw each request, so one that reached it late (a busy machine) makes
    // its gap longer and the next one shorter, by as much; the whole span shrinks only by how
    // late the first one was.
    // Without the delay the gaps would be a few milliseconds.
    expect(times).toHaveLength(5);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(250);
    expect(times[4]! - times[0]!).toBeGreaterThanOrEqual(4 * 300 - 50);
  });

  it('fetches nothing but robots.txt from a host whose robots.txt answers 5xx', async () => {
    const s = await site({ '/robots.txt': { status: 500, body: 'oops' }, '/': html(['/a']) });
    const events = await crawl(s);
    expect(skipped(events)).toEqual([
      { type: 'skipped', url: s.url('/'), reason: 'robots', detail: 'robots.txt unavailable (HTTP 500)' },
    ]);
    expect(s.pathsRequested()).toEqual(['/robots.txt']);
  });
});

describe('crawlSite: conditional requests', () => {
  it('sends stored validators; a 304 yields `unchanged` with the stored links, and the crawl continues through them', async () => {
    const s = await site({
      '/': html(['/a']),
      '/a': (request, response) => {
        if (request.headers['if-none-match'] === '"a-v1"')
          return void response.writeHead(304, { etag: '"a-v1"' }).end();
        response.writeHead(200, { 'content-type': 'text/html', etag: '"a-v2"' }).end(html(['/changed']));
      },
      '/from-store': html(),
    });
    const known = new Map<string, KnownPage>([
      [s.url('/a'), { etag: '"a-v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT', links: [s.url('/from-store')] }],
    ]);
    const events = await crawl(s, { known });
    expect(events).toContainEqual({ type: 'unchanged', url: s.url('/a'), depth: 1, links: [s.url('/from-store')] });
    expect(pageUrls(events)).toEqual([s.url('/'), s.url('/from-store')]);
    const request = s.requests.find((entry) => entry.path === '/a')!;
    expect(request.headers['if-modified-since']).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
    expect(s.pathsRequested()).not.toContain('/changed');
  });
});

describe('crawlSite: address policy and cancellation', () => {
  it('without allowPrivate, refuses a loopback start URL before any request', async () => {
    const s = await site({ '/': html() });
    const events = await crawl(s, { allowPrivate: false });
    expect(skipped(events)).toEqual([
      { type: 'skipped', url: s.url('/'), reason: 'blocked_address', detail: 'address 127.0.0.1 is not public' },
    ]);
    expect(s.requests).toHaveLength(0);
  });

  it('without allowPrivate, refuses a host that resolves to loopback, before any request', async () => {
    const s = await site({ '/': html() });
    const resolveHost = async () => [{ address: '127.0.0.1', family: 4 }];
    const events = await collect(
      crawlSite({ startUrl: `http://docs.example.test:${s.port}/`, maxPages: 10, allowPrivate: false, resolveHost }),
    );
    expect(skipped(events)).toEqual([
      expect.objectContaining({ reason: 'blocked_address', detail: expect.stringContaining('127.0.0.1') }),
    ]);
    expect(s.requests).toHaveLength(0);
  });

  it('stops on abort, throwing the reason, with requests in flight cut off', async () => {
    const s = await site({ '/': html(['/slow1', '/slow2']), '/slow1': () => undefined, '/slow2': () => undefined });
    const controller = new AbortController();
    const seen: CrawlEvent[] = [];
    const run = (async () => {
      for await (const event of crawlSite({
        startUrl: s.url('/'),
        maxPages: 10,
        allowPrivate: true,
        signal: controller.signal,
      })) {
        seen.push(event);
        if (event.type === 'page') setTimeout(() => controller.abort(new Error('training cancelled')), 50);
      }
    })();
    await expect(run).rejects.toThrow('training cancelled');
    expect(pageUrls(seen)).toEqual([s.url('/')]);
  });

  it('lets the consumer stop early with break', async () => {
    const s = await site({ '/': html(['/a', '/b']), '/a': html(), '/b': html() });
    for await (const event of crawlSite({ startUrl: s.url('/'), maxPages: 10, allowPrivate: true })) {
      if (event.type === 'page') break;
    }
    expect(s.pathsRequested()).toContain('/');
  });
});
