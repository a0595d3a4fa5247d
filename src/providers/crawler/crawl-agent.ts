import { Agent } from 'undici';
import { createSafeLookup, type ResolveHost } from './safe-lookup.js';
import type { AddressPolicy } from './ssrf.js';

/** What a crawl's connection pool needs to know. */
export interface CrawlAgentOptions extends AddressPolicy {
  /** Replaces the system resolver; tests use it to play a hostile DNS. */
  resolveHost?: ResolveHost;
}

/**
 * One connection pool per crawl, so keep-alive connections are reused across
 * pages and closed together at the end. Every new connection goes through the
 * safe lookup; IP-literal hosts skip DNS, which is why `checkUrl` checks them.
 */
export function createCrawlAgent(options: CrawlAgentOptions): Agent {
  return new Agent({
    connect: { lookup: createSafeLookup({ allowPrivate: options.allowPrivate }, options.resolveHost), timeout: 10_000 },
    // Backstops only: each request carries its own total deadline as an abort signal.
    headersTimeout: 60_000,
    bodyTimeout: 60_000,
    keepAliveTimeout: 4_000,
  });
}
