import type { Frontier } from './crawl-frontier.js';
import type { CrawlHosts } from './crawl-hosts.js';
import type { CrawlSkippedEvent } from './crawl-types.js';
import { collectSitemapUrls } from './sitemap.js';

// The sitemap protocol allows 50 MB per file; pages keep the smaller per-page cap.
const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Queues, at depth 0, the same-site URLs of the given sitemap and of those
 * the start host's robots.txt names; with neither, `/sitemap.xml` is tried
 * (if robots.txt allows) and its absence is no problem. Returns the sitemaps that could not be used.
 */
export async function seedFromSitemaps(options: {
  start: string;
  sitemapUrl: string | null;
  hosts: CrawlHosts;
  frontier: Frontier;
}): Promise<CrawlSkippedEvent[]> {
  const origin = new URL(options.start).origin;
  const robots = await options.hosts.robotsFor(origin);
  const roots = [options.sitemapUrl, ...robots.sitemaps]
    .filter((url): url is string => !!url)
    .map((url) => ({ url, required: true }));
  // A guess is held to robots.txt (which may forbid the whole host); named sitemaps were asked for.
  const guess = `${origin}/sitemap.xml`;
  if (roots.length === 0 && robots.isAllowed(guess)) roots.push({ url: guess, required: false });
  const { entries, problems } = await collectSitemapUrls(roots, (url) =>
    options.hosts.fetch(url, { maxBytes: SITEMAP_MAX_BYTES }),
  );
  for (const entry of entries) options.frontier.add(entry.url, 0, 'discovered');
  return problems.map((problem) => ({
    type: 'skipped',
    url: problem.url,
    reason: 'invalid_sitemap',
    detail: problem.detail,
  }));
}
