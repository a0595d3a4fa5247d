import { normalizeUrl } from './normalize-url.js';
import type { UrlFilter } from './url-patterns.js';

/** How a URL entered the crawl, which decides the rules it is held to. */
export type SeedKind = 'start' | 'listed' | 'discovered';

/** One URL waiting to be fetched. */
export interface FrontierItem {
  /** The normalised URL: identity for dedupe and storage. */
  key: string;
  /** The URL as found, fragment aside: fetched as written, so `/docs/` costs no redirect. */
  href: string;
  depth: number;
  kind: SeedKind;
}

/** The crawl's breadth-first queue and its memory of what was queued and emitted. */
export interface Frontier {
  /** Queues `href` unless seen, too deep, off-site or filtered out (the last two unless listed or the start). */
  add(href: string, depth: number, kind: SeedKind): void;
  next(): FrontierItem | undefined;
  isSameSite(url: string): boolean;
  /** Notes a URL reached another way (a redirect target, a canonical), so it is not fetched again. */
  markSeen(key: string): void;
  hasEmitted(key: string): boolean;
  markEmitted(key: string): void;
  /** URLs ever queued. */
  readonly found: number;
  /** URLs queued and not yet handed out. */
  readonly pending: number;
  readonly emitted: number;
}

/** A frontier for a site made of `siteHosts` (host with port, as `URL.host` spells it). */
export function createFrontier(options: { siteHosts: Set<string>; maxDepth: number; filter: UrlFilter }): Frontier {
  const queue: FrontierItem[] = [];
  let head = 0;
  const seen = new Set<string>();
  const emitted = new Set<string>();

  function isSameSite(url: string): boolean {
    return options.siteHosts.has(new URL(url).host);
  }

  return {
    add(href, depth, kind) {
      const key = normalizeUrl(href);
      if (!key || seen.has(key) || depth > options.maxDepth) return;
      if (kind === 'discovered' && !(isSameSite(key) && options.filter(key))) return;
      seen.add(key);
      queue.push({ key, href: stripFragment(href), depth, kind });
    },
    next() {
      const item = queue[head];
      if (!item) return undefined;
      // Drop the reference so a long crawl does not hold every item.
      queue[head++] = undefined as unknown as FrontierItem;
      return item;
    },
    isSameSite,
    markSeen: (key) => void seen.add(key),
    hasEmitted: (key) => emitted.has(key),
    markEmitted(key) {
      emitted.add(key);
      seen.add(key);
    },
    get found() {
      return queue.length;
    },
    get pending() {
      return queue.length - head;
    },
    get emitted() {
      return emitted.size;
    },
  };
}

function stripFragment(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}
