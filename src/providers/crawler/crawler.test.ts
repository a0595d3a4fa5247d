import { describe, expect, it } from 'vitest';
import { crawlSite, type CrawlEvent, type CrawlOptions } from './crawler.js';
import { collect, html, useCleanup, type Route, type TestSite } from '../../../test/helpers/crawler-site.js';

// Every test crawls a real site on loopback, hence allowPrivate.

const { site } = useCleanup();

async function crawl(s: TestSite, options: Partial<CrawlOptions> = {}): Promise<CrawlEvent[]> {
  const events = await collect(crawlSite({ startUrl: s.url('/'), maxPages: 100, allowPrivate: true, ...options }));
  expectConsistent(events);
  return events;
}

// What the training job relies on: each URL emitted at most once, and never also reported skipped.
function expectConsistent(events: CrawlEvent[]): void {
  const emitted = events.flatMap((event) => (event.type === 'page' || event.type === 'unchanged' ? [event.url] : []));
  expect(new Set(emitted).size).toBe(emitted.length);
  const skipped = ofType(events, 'skipped').map((event) => event.url);
  expect(skipped.filter((url) => emitted.includes(url))).toEqual([]);
  const last = lastProgress(events);
  expect(last.done + last.leftOut).toBe(last.found);
}

const ofType = <T extends CrawlEvent['type']>(events: CrawlEvent[], type: T) =>
  events.filter((event): event is Extract<CrawlEvent, { type: T }> => event.type === type);
const pages = (events: CrawlEvent[]) => ofType(events, 'page');
const pagePaths = (events: CrawlEvent[]) => pages(events).map((event) => new URL(event.url).pathname);
const skips = (events: CrawlEvent[]) =>
  ofType(events, 'skipped').map(({ url, reason, detail }) => ({ path: new URL(url).pathname, reason, detail }));
const lastProgress = (events: CrawlEvent[]) => ofType(events, 'progress').at(-1)!;

describe('crawlSite: traversal', () => {
  it('goes breadth first, stops at maxDepth and reports depth and same-site links', async () => {
    const s = await site({
      '/': html(['/a', '/b', 'https://elsewhere.example/x']),
      '/a': html(['/a1', '/a2', '/']),
      '/b': html(['/b1']),
      '/a1': html(['/a1x']),
      '/a2': html(),
      '/b1': html(),
      '/a1x': html(),
    });
    const events = await crawl(s, { maxDepth: 2, concurrencyPerHost: 1 });
    expect(pagePaths(events)).toEqual(['/', '/a', '/b', '/a1', '/a2', '/b1']);
    expect(pages(events).map((event) => event.depth)).toEqual([0, 1, 1, 2, 2, 2]);
    expect(pages(events)[0]).toMatchObject({
      url: s.url('/'),
      fetchedUrl: s.url('/'),
      links: [s.url('/a'), s.url('/b')],
    });
    expect(s.pathsRequested()).not.toContain('/a1x');
    // robots.txt and /sitemap.xml are missing here, which is fine and not reported.
    expect(skips(events)).toEqual([]);
    expect(lastProgress(events)).toEqual({ type: 'progress', found: 6, done: 6, leftOut: 0 });
  });

  it('emits at most maxPages pages, fetches no more than that, and counts what it left out', async () => {
    const links = Array.from({ length: 20 }, (_, i) => `/p${i}`);
    const routes: Record<string, Route> = { '/': html(links) };
    for (const link of links) routes[link] = html();
    const s = await site(routes);
    const events = await crawl(s, { maxPages: 5 });
    expect(pages(events)).toHaveLength(5);
    expect(s.pathsRequested().filter((path) => path === '/' || path.startsWith('/p'))).toHaveLength(5);
    expect(lastProgress(events)).toEqual({ type: 'progress', found: 21, done: 5, leftOut: 16 });
  });

  it('applies include / exclude: the start URL is fetched for its links but emitted only if included', async () => {
    const s = await site({
      '/': html(['/docs', '/docs/a', '/docs/private/x', '/blog/post']),
      '/docs': html(['/docs/b']),
      '/docs/a': html(),
      '/docs/b': html(),
      '/docs/private/x': html(),
      '/blog/post': html(),
    });
    const events = await crawl(s, { include: ['/docs/*'], exclude: ['/docs/private/*'] });
    expect(pagePaths(events).sort()).toEqual(['/docs', '/docs/a', '/docs/b']);
    expect(skips(events)).toEqual([
      { path: '/', reason: 'excluded', detail: 'the start URL does not match the include / exclude patterns' },
    ]);
    expect(s.pathsRequested()).not.toContain('/blog/post');
    expect(s.pathsRequested()).not.toContain('/docs/private/x');
  });

  it('treats trailing slash, fragment, tracking parameters and case as one page', async () => {
    const s = await site({
      '/': html(['/x', '/x/', '/x#part', '/x?utm_source=news&utm_medium=mail', '/X/../x', '//x']),
      '/x': html(['/']),
    });
    const events = await crawl(s);
    expect(pagePaths(events)).toEqual(['/', '/x']);
    expect(s.pathsRequested().filter((path) => path.startsWith('/x'))).toEqual(['/x']);
  });

  it('emits a page under its canonical URL, once; other copies are reported as duplicates', async () => {
    const canonical = (path: string) => `<link rel="canonical" href="${path}">`;
    const s = await site({
      '/': html(['/article', '/article-print', '/b', '/bad-template']),
      '/article': html([], canonical('/article')),
      '/article-print': html([], canonical('/article')),
      '/b': html(['/c'], canonical('/c')),
      '/c': html(),
      // Every page of some templates names the home page: taken as a mistake, not as "same page".
      '/bad-template': html([], canonical('/')),
    });
    const events = await crawl(s, { concurrencyPerHost: 1 });
    expect(pagePaths(events)).toEqual(['/', '/article', '/c', '/bad-template']);
    expect(pages(events)[2]).toMatchObject({ url: s.url('/c'), fetchedUrl: s.url('/b') });
    expect(skips(events)).toEqual([
      { path: '/article-print', reason: 'duplicate', detail: `same page as ${s.url('/article')}` },
    ]);
    // /c was emitted as /b's canonical: not fetched again.
    expect(s.pathsRequested()).not.toContain('/c');
  });

  it('follows redirects, dedupes by their target, and refuses one to another site', async () => {
    const other = await site({ '/': html() });
    const s = await site({
      '/': html(['/old', '/new', '/away']),
      '/old': { status: 301, headers: { location: '/new' } },
      '/new': html(),
      '/away': { status: 302, headers: { location: other.url('/') } },
    });
    const events = await crawl(s, { concurrencyPerHost: 1 });
    expect(pages(events).map((event) => [new URL(event.url).pathname, new URL(event.fetchedUrl).pathname])).toEqual([
      ['/', '/'],
      ['/new', '/new'],
    ]);
    // /old and /new may both be in flight at once: the one that lands second is dropped silently, never emitted twice.
    expect(skips(events).filter((skip) => skip.reason !== 'duplicate')).toEqual([
      { path: '/away', reason: 'redirect_offsite', detail: `redirected to ${other.url('/')}, outside the site` },
    ]);
    expect(other.requests).toHaveLength(0);
  });

  it('does not fetch a page again once a redirect has landed on it', async () => {
    const s = await site({
      '/': html(['/old']),
      '/old': { status: 301, headers: { location: '/new' } },
      '/new': html(['/new', '/']),
    });
    const events = await crawl(s);
    expect(pages(events).map((event) => event.url)).toEqual([s.url('/'), s.url('/new')]);
    expect(s.pathsRequested().filter((path) => path === '/new')).toHaveLength(1);
  });

  it('reports non-HTML, too large, timed-out and missing pages, and carries on', async () => {
    const s = await site({
      '/': html(['/doc.pdf', '/big', '/hang', '/missing', '/fine']),
      '/doc.pdf': { body: '%PDF-1.4', type: 'application/pdf' },
      '/big': html([], '', 'x'.repeat(20_000)),
      '/hang': () => undefined,
      '/fine': html(),
    });
    const events = await crawl(s, { maxBytes: 10_000, timeoutMs: 400 });
    expect(pagePaths(events).sort()).toEqual(['/', '/fine']);
    expect(skips(events).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: '/big', reason: 'too_large', detail: expect.stringContaining('10000-byte limit') },
      { path: '/doc.pdf', reason: 'not_html', detail: 'content type application/pdf' },
      { path: '/hang', reason: 'timeout', detail: 'no complete response within 400 ms' },
      { path: '/missing', reason: 'http_status', detail: 'HTTP 404' },
    ]);
  });

  it('skips noindex pages but follows their links; emits nofollow pages without following theirs', async () => {
    const s = await site({
      '/': html(['/hub', '/leaf']),
      '/hub': html(['/from-hub'], '<meta name="robots" content="noindex">'),
      '/from-hub': html(),
      '/leaf': html(['/never'], '<meta name="robots" content="nofollow">'),
      '/never': html(),
    });
    const events = await crawl(s);
    expect(pagePaths(events).sort()).toEqual(['/', '/from-hub', '/leaf']);
    expect(pages(events).find((event) => event.url === s.url('/leaf'))!.links).toEqual([]);
    expect(skips(events)).toEqual([
      { path: '/hub', reason: 'noindex', detail: 'the page asks not to be indexed (meta robots noindex)' },
    ]);
    expect(s.pathsRequested()).not.toContain('/never');
  });

  it('crawls a 500-page site whole, each page once', async () => {
    const routes: Record<string, Route> = {};
    for (let i = 0; i < 500; i++) {
      const links = [1, 2, 3, 7, 50].map((step) => `/page/${(i + step) % 500}`);
      routes[i === 0 ? '/' : `/page/${i}`] = html(
        ['/', ...links],
        '',
        '<p>Lorem ipsum dolor sit amet. </p>'.repeat(40),
      );
    }
    const s = await site(routes);
    const events = await crawl(s, { maxPages: 1000, maxDepth: 1000 });
    expect(pages(events)).toHaveLength(500);
    expect(new Set(pages(events).map((p) => p.url)).size).toBe(500);
  });
});
