import type { FetchResult } from './fetch-resource.js';
import { parseSitemap, type SitemapEntry } from './parse-sitemap.js';

/** Limits on how much sitemap a crawl reads. */
export interface SitemapLimits {
  /** How many index levels to descend: 2 reads index → index → urlset. */
  maxDepth: number;
  maxSitemaps: number;
  maxUrls: number;
}

/** A sitemap that could not be used, and why. */
export interface SitemapProblem {
  url: string;
  detail: string;
}

/** Everything the sitemaps listed, and the sitemaps that failed. */
export interface SitemapUrls {
  entries: SitemapEntry[];
  problems: SitemapProblem[];
}

const DEFAULT_LIMITS: SitemapLimits = { maxDepth: 2, maxSitemaps: 50, maxUrls: 50_000 };

/**
 * Reads the sitemaps at `roots` and, breadth first, the sitemaps their
 * indexes list — each at most once, however often it is listed (so cycles
 * end), within `limits`. Failures are collected, not thrown. `required:
 * false` roots (a guessed `/sitemap.xml`) fail silently.
 */
export async function collectSitemapUrls(
  roots: { url: string; required: boolean }[],
  fetchSitemap: (url: string) => Promise<FetchResult>,
  limits: Partial<SitemapLimits> = {},
): Promise<SitemapUrls> {
  const { maxDepth, maxSitemaps, maxUrls } = { ...DEFAULT_LIMITS, ...limits };
  const entries: SitemapEntry[] = [];
  const problems: SitemapProblem[] = [];
  const seenSitemaps = new Set<string>();
  const seenUrls = new Set<string>();
  let level = roots.filter((root) => claim(seenSitemaps, root.url));
  for (let depth = 0; level.length > 0 && entries.length < maxUrls; depth++) {
    const next: typeof level = [];
    for (const sitemap of level) {
      const result = await fetchSitemap(sitemap.url);
      if (result.kind !== 'ok') {
        if (sitemap.required)
          problems.push({ url: sitemap.url, detail: result.kind === 'skipped' ? result.detail : 'not modified' });
        continue;
      }
      const parsed = parseSitemap(result.bytes);
      if (parsed.kind === 'error') {
        if (sitemap.required) problems.push({ url: sitemap.url, detail: parsed.detail });
      } else if (parsed.kind === 'urlset') {
        for (const entry of parsed.entries) {
          if (entries.length >= maxUrls) break;
          if (claim(seenUrls, entry.url)) entries.push(entry);
        }
      } else if (depth >= maxDepth) {
        problems.push({ url: sitemap.url, detail: `sitemap index nested deeper than ${maxDepth} levels` });
      } else {
        for (const child of parsed.sitemaps) {
          if (seenSitemaps.size >= maxSitemaps) break;
          if (claim(seenSitemaps, child)) next.push({ url: child, required: true });
        }
      }
    }
    level = next;
  }
  return { entries, problems };
}

function claim(seen: Set<string>, value: string): boolean {
  if (seen.has(value)) return false;
  seen.add(value);
  return true;
}
