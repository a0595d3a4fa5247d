import type { Frontier, FrontierItem } from './crawl-frontier.js';
import type { CrawlEvent } from './crawl-types.js';
import { normalizeUrl } from './normalize-url.js';
import type { UrlOutcome } from './process-url.js';
import type { UrlFilter } from './url-patterns.js';

/**
 * Decides what one fetched URL becomes — a page, unchanged, skipped, or
 * nothing when it turned out to be a page already emitted — and queues its
 * links. Runs on the crawl's single loop, so the dedupe decisions never race.
 * A URL emitted as a page is never also reported as skipped: the consumer
 * stores both by URL.
 */
export function settleOutcome(
  item: FrontierItem,
  outcome: UrlOutcome,
  frontier: Frontier,
  filter: UrlFilter,
): CrawlEvent<unknown> | null {
  const event = decide(item, outcome, frontier, filter);
  if (event?.type === 'skipped' && frontier.hasEmitted(event.url)) return null;
  return event;
}

function decide(
  item: FrontierItem,
  outcome: UrlOutcome,
  frontier: Frontier,
  filter: UrlFilter,
): CrawlEvent<unknown> | null {
  if (outcome.kind === 'skipped')
    return { type: 'skipped', url: item.key, reason: outcome.reason, detail: outcome.detail };
  if (outcome.kind === 'unchanged') {
    const links = queueLinks(outcome.known.links, item.depth + 1, frontier);
    if (frontier.hasEmitted(item.key)) return null;
    frontier.markEmitted(item.key);
    return { type: 'unchanged', url: item.key, depth: item.depth, links };
  }

  const { page } = outcome;
  // Redirects: the page is known by where it ended up, or by the canonical it names.
  const finalKey = normalizeUrl(outcome.fetchedUrl) ?? item.key;
  const url = canonicalKey(page.canonical, finalKey, frontier) ?? finalKey;
  // The start URL is always fetched, for its links, but emitted only if the patterns admit it.
  const excluded = item.kind === 'start' && !filter(item.key);
  // Seen before the links are queued, so neither is fetched again when the page links to it.
  frontier.markSeen(finalKey);
  if (!page.noindex && !excluded) frontier.markSeen(url);
  const links = page.nofollow ? [] : queueLinks(page.links, item.depth + 1, frontier);

  if (page.noindex) return skipped(item.key, 'noindex', 'the page asks not to be indexed (meta robots noindex)');
  if (excluded) return skipped(item.key, 'excluded', 'the start URL does not match the include / exclude patterns');
  if (frontier.hasEmitted(url)) return item.key === url ? null : skipped(item.key, 'duplicate', `same page as ${url}`);
  frontier.markEmitted(url);
  return {
    type: 'page',
    url,
    fetchedUrl: outcome.fetchedUrl,
    depth: item.depth,
    content: outcome.content,
    etag: outcome.etag,
    lastModified: outcome.lastModified,
    contentLanguage: outcome.contentLanguage,
    links,
  };
}

/** Queues the same-site ones among `hrefs` and returns them normalised, each once. */
function queueLinks(hrefs: string[], depth: number, frontier: Frontier): string[] {
  const keys = new Set<string>();
  for (const href of hrefs) {
    const key = normalizeUrl(href);
    if (!key || keys.has(key) || !frontier.isSameSite(key)) continue;
    keys.add(key);
    frontier.add(href, depth, 'discovered');
  }
  return [...keys];
}

/**
 * A canonical on the site (or on the page's own host) names the page; one
 * off-site is ignored. So is a canonical to the home page from any other
 * page: a common template mistake that would fold a whole site into one page.
 */
function canonicalKey(canonical: string | null, pageKey: string, frontier: Frontier): string | null {
  const key = canonical ? normalizeUrl(canonical) : null;
  if (!key || key === pageKey) return key;
  const target = new URL(key);
  if (target.pathname === '/' && !target.search) return null;
  return target.host === new URL(pageKey).host || frontier.isSameSite(key) ? key : null;
}

function skipped(url: string, reason: 'noindex' | 'excluded' | 'duplicate', detail: string): CrawlEvent<unknown> {
  return { type: 'skipped', url, reason, detail };
}
