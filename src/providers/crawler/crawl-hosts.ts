import type { FetchOptions, FetchResult } from './fetch-resource.js';
import { createHostGate, type HostGate } from './host-gate.js';
import { loadRobots, type Robots } from './robots.js';

/** Per-call fetch settings; the crawl fills in the rest. */
export type FetchExtras = Omit<FetchOptions, 'agent' | 'policy' | 'signal'>;

/** Every request of a crawl goes through here, so each host sees the same politeness. */
export interface CrawlHosts {
  /** The host's robots.txt, fetched once and shared. */
  robotsFor(origin: string): Promise<Robots>;
  /** Fetches `url` when its host's gate allows: per-host concurrency and crawl-delay. */
  fetch(url: string, extras: FetchExtras): Promise<FetchResult>;
}

/** Gates and robots.txt per origin, created as the crawl meets each one. */
export function createCrawlHosts(options: {
  concurrency: number;
  fetch: (url: string, extras: FetchExtras) => Promise<FetchResult>;
  signal: AbortSignal;
}): CrawlHosts {
  const gates = new Map<string, HostGate>();
  const robots = new Map<string, Promise<Robots>>();

  function gateFor(origin: string): HostGate {
    let gate = gates.get(origin);
    if (!gate) {
      gate = createHostGate(options.concurrency);
      gates.set(origin, gate);
    }
    return gate;
  }

  function fetchPolitely(url: string, extras: FetchExtras): Promise<FetchResult> {
    // An unparsable URL never reaches a host: fetchResource reports it straight away.
    if (!URL.canParse(url)) return options.fetch(url, extras);
    return gateFor(new URL(url).origin).run(() => options.fetch(url, extras), options.signal);
  }

  return {
    robotsFor(origin) {
      let pending = robots.get(origin);
      if (!pending) {
        // robots.txt may redirect anywhere (RFC 9309); the address policy still applies.
        pending = loadRobots(origin, (url) => fetchPolitely(url, {})).then((rules) => {
          gateFor(origin).setDelay(rules.crawlDelayMs);
          return rules;
        });
        robots.set(origin, pending);
      }
      return pending;
    },
    fetch: fetchPolitely,
  };
}
