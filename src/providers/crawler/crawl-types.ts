import type { HtmlDocument } from '../../lib/html/dom.js';
import type { PageLinks } from './extract-links.js';
import type { FetchSkipReason } from './fetch-resource.js';
import type { ResolveHost } from './safe-lookup.js';

/** What an earlier training stored for a normalised URL, so a 304 can continue the crawl through its links. */
export interface KnownPage {
  etag: string | null;
  lastModified: string | null;
  links: string[];
}

/** A fetched HTML page, for a `PageReader`. */
export interface FetchedPage {
  html: string;
  /** Where it came from, after redirects: what its relative links resolve against. */
  url: string;
  /** The `Content-Language` header. */
  contentLanguage: string | null;
}

/**
 * Reads a fetched page once: the links the crawl follows, and what the
 * consumer keeps of it (its `content`). Must not reject for a bad page.
 */
export type PageReader<Content> = (page: FetchedPage) => Promise<{ links: PageLinks; content: Content }>;

/** What to crawl and how far. */
export interface CrawlOptions<Content = HtmlDocument> {
  startUrl: string;
  /** A sitemap to read besides those robots.txt names; without either, `/sitemap.xml` is tried. */
  sitemapUrl?: string | null;
  /** Pages to fetch even on other hosts; only these URLs, not their sites, are crawled. */
  urls?: string[];
  /**
   * Path patterns with `*` (see `createUrlFilter`); exclude wins. Discovered
   * URLs outside them are not fetched. The start URL is fetched regardless, for
   * its links, but emitted only if it passes; listed `urls` are exempt.
   */
  include?: string[];
  exclude?: string[];
  /** Link hops from the seeds (start URL, listed URLs, sitemap URLs). Default 10. */
  maxDepth?: number;
  /** Most pages emitted as `page` or `unchanged`. */
  maxPages: number;
  /** GRIVO_CRAWL_ALLOW_PRIVATE: lets the crawl reach loopback and private addresses. */
  allowPrivate: boolean;
  /** Concurrent requests per host. Default 4. */
  concurrencyPerHost?: number;
  /** Per-URL time limit, redirects and body included. Default 10 s. */
  timeoutMs?: number;
  /** Per-page size cap. Default 5 MB. */
  maxBytes?: number;
  /** Keyed by normalised URL. */
  known?: Map<string, KnownPage>;
  signal?: AbortSignal;
  /** Replaces the system DNS resolver (tests). */
  resolveHost?: ResolveHost;
  /** How pages are read; by default parsed here, the parsed document being the content. */
  readPage?: PageReader<Content>;
}

/** Why a URL yielded no page. */
export type CrawlSkipReason = FetchSkipReason | 'robots' | 'noindex' | 'duplicate' | 'excluded' | 'invalid_sitemap';

/** A fetched HTML page to index, under its canonical normalised `url`. */
export interface CrawlPageEvent<Content = HtmlDocument> {
  type: 'page';
  url: string;
  /** Where the HTML actually came from, after redirects. */
  fetchedUrl: string;
  depth: number;
  /** What the `readPage` gave (by default the parsed document, its links read): the consumer's to read and change. */
  content: Content;
  etag: string | null;
  lastModified: string | null;
  /** The `Content-Language` header: the page's language when its HTML does not say. */
  contentLanguage: string | null;
  /** Normalised same-site links the crawl follows from this page (empty under nofollow): store them for next time. */
  links: string[];
}

/** The server answered 304 to the conditional request: keep what is stored; `links` are the stored ones. */
export interface CrawlUnchangedEvent {
  type: 'unchanged';
  url: string;
  depth: number;
  links: string[];
}

/** A URL that produced no page, with a reason a person can read. */
export interface CrawlSkippedEvent {
  type: 'skipped';
  url: string;
  reason: CrawlSkipReason;
  detail: string;
}

/** Counts so far. `found` = URLs queued, `done` = URLs finished; at the end `leftOut` = queued but not fetched because of `maxPages`. */
export interface CrawlProgressEvent {
  type: 'progress';
  found: number;
  done: number;
  leftOut: number;
}

/** Everything `crawlSite` yields. */
export type CrawlEvent<Content = HtmlDocument> =
  | CrawlPageEvent<Content>
  | CrawlUnchangedEvent
  | CrawlSkippedEvent
  | CrawlProgressEvent;
