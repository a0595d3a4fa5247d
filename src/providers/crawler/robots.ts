import robotsParserModule from 'robots-parser';
import type { FetchResult } from './fetch-resource.js';

// The package's types declare an ES default export, but the package is CommonJS
// (`module.exports = fn`): under NodeNext a default import is the function itself.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

export const ROBOTS_USER_AGENT = 'GrivoBot';
const MAX_CRAWL_DELAY_MS = 10_000;

/** What one host's robots.txt lets GrivoBot do. */
export interface Robots {
  isAllowed(url: string): boolean;
  /** Minimum spacing between requests to the host, capped at 10 s. */
  crawlDelayMs: number;
  sitemaps: string[];
  /** Set when the whole host is off limits because robots.txt could not be read. */
  unavailable: string | null;
}

/**
 * Fetches and reads `origin`/robots.txt, following RFC 9309: a missing file
 * (any 4xx) allows everything; a server error or an unreachable server
 * disallows everything, because the site may be down or overloaded and its
 * rules unknown. A robots.txt at a blocked address allows everything here:
 * the pages themselves are then refused, with the clearer reason.
 */
export async function loadRobots(origin: string, fetchRobots: (url: string) => Promise<FetchResult>): Promise<Robots> {
  const robotsUrl = new URL('/robots.txt', origin).href;
  const result = await fetchRobots(robotsUrl);
  if (result.kind === 'ok') return parseRobots(robotsUrl, result.body);
  if (result.kind === 'skipped') {
    const clientError = result.reason === 'http_status' && (result.status ?? 0) < 500;
    const allowAll = clientError || result.reason === 'blocked_address' || result.reason === 'too_large';
    if (!allowAll) return disallowAll(`robots.txt unavailable (${result.detail})`);
  }
  return parseRobots(robotsUrl, '');
}

/** Reads a robots.txt body fetched from `robotsUrl`. */
export function parseRobots(robotsUrl: string, text: string): Robots {
  const robots = robotsParser(robotsUrl, text);
  const delaySeconds = robots.getCrawlDelay(ROBOTS_USER_AGENT) ?? 0;
  return {
    // `undefined` means the URL is on another origin: not this file's to forbid.
    isAllowed: (url) => robots.isAllowed(url, ROBOTS_USER_AGENT) !== false,
    crawlDelayMs: Number.isFinite(delaySeconds) ? Math.min(Math.max(delaySeconds, 0) * 1000, MAX_CRAWL_DELAY_MS) : 0,
    sitemaps: robots.getSitemaps(),
    unavailable: null,
  };
}

function disallowAll(reason: string): Robots {
  return { isAllowed: () => false, crawlDelayMs: 0, sitemaps: [], unavailable: reason };
}
