import type { CrawlHosts } from './crawl-hosts.js';
import type { CrawlSkipReason, KnownPage, PageReader } from './crawl-types.js';
import { parseHtml, type HtmlDocument } from '../../lib/html/dom.js';
import { extractLinks, type PageLinks } from './extract-links.js';
import type { FrontierItem } from './crawl-frontier.js';

/** What fetching one frontier item came to, before the crawl decides what to emit. */
export type UrlOutcome =
  | { kind: 'skipped'; reason: CrawlSkipReason; detail: string }
  | { kind: 'unchanged'; known: KnownPage }
  | {
      kind: 'page';
      fetchedUrl: string;
      content: unknown;
      etag: string | null;
      lastModified: string | null;
      contentLanguage: string | null;
      page: PageLinks;
    };

/** What `processUrl` needs from the crawl. */
export interface ProcessContext {
  hosts: CrawlHosts;
  known: Map<string, KnownPage> | undefined;
  isSameSite(url: string): boolean;
  readPage: PageReader<unknown>;
}

/** The default `PageReader`: parses the page in this thread; the parsed document is the content. */
export const readDocument: PageReader<HtmlDocument> = async ({ html, url }) => {
  const document = parseHtml(html);
  return { links: extractLinks(document, url), content: document };
};

/**
 * Checks robots.txt, fetches the item (conditionally when an earlier training
 * stored validators) and reads it (`readPage`). Redirects may stay on the site or,
 * for a listed URL, on that URL's own host.
 */
export async function processUrl(item: FrontierItem, context: ProcessContext): Promise<UrlOutcome> {
  const url = new URL(item.href);
  const robots = await context.hosts.robotsFor(url.origin);
  if (!robots.isAllowed(url.href)) {
    return { kind: 'skipped', reason: 'robots', detail: robots.unavailable ?? 'disallowed by robots.txt' };
  }
  const known = context.known?.get(item.key);
  const result = await context.hosts.fetch(url.href, {
    htmlOnly: true,
    isAllowedUrl: (target) => target.host === url.host || context.isSameSite(target.href),
    etag: known?.etag ?? null,
    lastModified: known?.lastModified ?? null,
  });
  if (result.kind === 'skipped') return { kind: 'skipped', reason: result.reason, detail: result.detail };
  if (result.kind === 'not_modified') {
    // A 304 we did not ask for leaves nothing to keep.
    return known
      ? { kind: 'unchanged', known }
      : { kind: 'skipped', reason: 'http_status', detail: 'HTTP 304 to an unconditional request' };
  }
  // Read once: the links for the crawl, the content for the consumer.
  const read = await context.readPage({ html: result.body, url: result.url, contentLanguage: result.contentLanguage });
  return {
    kind: 'page',
    fetchedUrl: result.url,
    content: read.content,
    etag: result.etag,
    lastModified: result.lastModified,
    contentLanguage: result.contentLanguage,
    page: read.links,
  };
}
