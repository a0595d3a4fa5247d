import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createCrawlAgent } from './crawl-agent.js';
import { fetchResource } from './fetch-resource.js';
import { parseSitemap } from './parse-sitemap.js';
import { loadRobots, parseRobots } from './robots.js';
import { collectSitemapUrls } from './sitemap.js';
import { useCleanup } from '../../../test/helpers/crawler-site.js';

const { site, defer } = useCleanup();

function fetcher() {
  const agent = createCrawlAgent({ allowPrivate: true });
  defer(() => agent.destroy());
  return (url: string) => fetchResource(url, { agent, policy: { allowPrivate: true } });
}

const urlset = (...locs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs
    .map((loc) => `<url><loc>${loc}</loc><lastmod>2025-01-02</lastmod></url>`)
    .join('')}</urlset>`;
const sitemapIndex = (...locs: string[]) =>
  `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((loc) => `<sitemap><loc>${loc}</loc></sitemap>`).join('')}</sitemapindex>`;
const xml = (body: string | Buffer) => ({ body, type: 'application/xml' });

describe('robots.txt', () => {
  const text = `User-agent: *\nDisallow: /private\nCrawl-delay: 1\n\nUser-agent: GrivoBot\nDisallow: /no-grivo\nAllow: /no-grivo/but-this\nCrawl-delay: 60\n\nSitemap: https://example.com/sm.xml\n`;

  it('applies the GrivoBot group, caps the crawl delay at 10 s and lists sitemaps', () => {
    const robots = parseRobots('https://example.com/robots.txt', text);
    expect(robots.isAllowed('https://example.com/no-grivo/page')).toBe(false);
    expect(robots.isAllowed('https://example.com/no-grivo/but-this')).toBe(true);
    // The GrivoBot group replaces the * group entirely.
    expect(robots.isAllowed('https://example.com/private')).toBe(true);
    expect(robots.crawlDelayMs).toBe(10_000);
    expect(robots.sitemaps).toEqual(['https://example.com/sm.xml']);
  });

  it('reads the file from the site; a missing one allows everything', async () => {
    const withFile = await site({
      '/robots.txt': { body: 'User-agent: *\nDisallow: /x\nCrawl-delay: 0.5', type: 'text/plain' },
    });
    const robots = await loadRobots(withFile.origin, fetcher());
    expect([robots.isAllowed(withFile.url('/x/1')), robots.isAllowed(withFile.url('/y')), robots.crawlDelayMs]).toEqual(
      [false, true, 500],
    );
    const without = await site({});
    const open = await loadRobots(without.origin, fetcher());
    expect([open.isAllowed(without.url('/x')), open.unavailable]).toEqual([true, null]);
  });

  it('treats a server error as disallow-all (RFC 9309), and says so', async () => {
    const failing = await site({ '/robots.txt': { status: 503, body: 'down' } });
    const robots = await loadRobots(failing.origin, fetcher());
    expect(robots.isAllowed(failing.url('/'))).toBe(false);
    expect(robots.unavailable).toBe('robots.txt unavailable (HTTP 503)');
  });
});

describe('parseSitemap', () => {
  it('reads a urlset with lastmod, entities decoded', () => {
    expect(parseSitemap(Buffer.from(urlset('https://e.com/a?x=1&amp;y=2', 'https://e.com/b')))).toEqual({
      kind: 'urlset',
      entries: [
        { url: 'https://e.com/a?x=1&y=2', lastmod: '2025-01-02' },
        { url: 'https://e.com/b', lastmod: '2025-01-02' },
      ],
    });
  });

  it('reads an index, gzip by magic bytes, and plain-text sitemaps', () => {
    expect(parseSitemap(Buffer.from(sitemapIndex('https://e.com/1.xml')))).toEqual({
      kind: 'index',
      sitemaps: ['https://e.com/1.xml'],
    });
    expect(parseSitemap(gzipSync(urlset('https://e.com/z')))).toMatchObject({
      kind: 'urlset',
      entries: [{ url: 'https://e.com/z' }],
    });
    expect(parseSitemap(Buffer.from('https://e.com/a\r\n\nhttps://e.com/b\n# note\n'))).toEqual({
      kind: 'urlset',
      entries: [
        { url: 'https://e.com/a', lastmod: null },
        { url: 'https://e.com/b', lastmod: null },
      ],
    });
  });

  it('reports bad XML, other XML, and a broken gzip instead of throwing', () => {
    expect(parseSitemap(Buffer.from('<urlset><url><loc>x</url>'))).toMatchObject({
      kind: 'error',
      detail: expect.stringMatching(/^bad XML at line 1/),
    });
    expect(parseSitemap(Buffer.from('<rss><channel/></rss>'))).toMatchObject({
      kind: 'error',
      detail: 'XML is neither a urlset nor a sitemapindex',
    });
    expect(parseSitemap(Buffer.from([0x1f, 0x8b, 1, 2, 3]))).toMatchObject({
      kind: 'error',
      detail: expect.stringMatching(/^bad gzip/),
    });
  });
});

describe('collectSitemapUrls', () => {
  it('descends nested indexes (gzipped too), reading each sitemap once despite a cycle', async () => {
    const s = await site({});
    s.routes.set('/index.xml', xml(sitemapIndex(s.url('/nested.xml'), s.url('/pages.xml.gz'), s.url('/index.xml'))));
    s.routes.set('/nested.xml', xml(sitemapIndex(s.url('/more.xml'), s.url('/index.xml'))));
    s.routes.set('/pages.xml.gz', { body: gzipSync(urlset(s.url('/a'), s.url('/b'))), type: 'application/gzip' });
    s.routes.set('/more.xml', xml(urlset(s.url('/c'), s.url('/a'))));
    const result = await collectSitemapUrls([{ url: s.url('/index.xml'), required: true }], fetcher());
    expect(result.entries.map((entry) => entry.url)).toEqual([s.url('/a'), s.url('/b'), s.url('/c')]);
    expect(result.problems).toEqual([]);
    expect(s.pathsRequested().sort()).toEqual(['/index.xml', '/more.xml', '/nested.xml', '/pages.xml.gz']);
  });

  it('stops at the depth, sitemap and URL limits', async () => {
    const s = await site({});
    s.routes.set('/l0.xml', xml(sitemapIndex(s.url('/l1.xml'))));
    s.routes.set('/l1.xml', xml(sitemapIndex(s.url('/l2.xml'))));
    s.routes.set('/l2.xml', xml(urlset(s.url('/deep'))));
    const shallow = await collectSitemapUrls([{ url: s.url('/l0.xml'), required: true }], fetcher(), { maxDepth: 1 });
    expect(shallow).toEqual({
      entries: [],
      problems: [{ url: s.url('/l1.xml'), detail: 'sitemap index nested deeper than 1 levels' }],
    });
    s.routes.set('/many.xml', xml(urlset(...Array.from({ length: 50 }, (_, i) => s.url(`/p${i}`)))));
    const capped = await collectSitemapUrls([{ url: s.url('/many.xml'), required: true }], fetcher(), { maxUrls: 10 });
    expect(capped.entries).toHaveLength(10);
  });

  it('reports missing and broken sitemaps, except a guessed one', async () => {
    const s = await site({ '/broken.xml': xml('<urlset><url>') });
    const result = await collectSitemapUrls(
      [
        { url: s.url('/missing.xml'), required: true },
        { url: s.url('/broken.xml'), required: true },
        { url: s.url('/sitemap.xml'), required: false },
      ],
      fetcher(),
    );
    expect(result.problems).toEqual([
      { url: s.url('/missing.xml'), detail: 'HTTP 404' },
      { url: s.url('/broken.xml'), detail: expect.stringMatching(/^bad XML/) },
    ]);
  });
});
