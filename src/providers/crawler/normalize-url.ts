import { isIP } from 'node:net';

// Query parameters that only say where a visitor came from: the same page either way.
const TRACKING_PARAMS = new Set(['gclid', 'fbclid', 'mc_cid', 'mc_eid', 'ref', '_hsenc', '_hsmi', 'msclkid', 'yclid']);
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * The one spelling of a page's URL, used as its identity for dedupe and
 * storage; `null` when `href` is not an http(s) URL. Lowercase scheme and
 * host (URL does that), no default port, no fragment, no tracking
 * parameters, remaining parameters sorted, `//` collapsed, percent escapes
 * in one case, and no trailing slash except on the root — `/docs/` and
 * `/docs` are one page. `index.html` is kept: it is not always the same
 * page as its directory.
 */
export function normalizeUrl(href: string, base?: string | URL): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  let path = normalizeEscapes(url.pathname.replace(/\/{2,}/g, '/'));
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  url.pathname = path;
  url.search = normalizeQuery(url.search);
  return url.href;
}

/** The start URL's host (with port) and its `www.` twin: the hosts that count as the same site. */
export function siteHostsOf(startUrl: string | URL): Set<string> {
  const url = new URL(startUrl);
  const hosts = new Set([url.host]);
  if (isIP(url.hostname.replace(/^\[|\]$/g, '')) !== 0 || !url.hostname.includes('.')) return hosts;
  hosts.add(url.host.startsWith('www.') ? url.host.slice(4) : `www.${url.host}`);
  return hosts;
}

function normalizeQuery(search: string): string {
  if (search.length <= 1) return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(pair.split('=')[0]!))
    .map(normalizeEscapes);
  // Sorting by name only keeps repeated names (a=1&a=2) in their meaningful order.
  kept.sort((a, b) => compare(a.split('=')[0]!, b.split('=')[0]!));
  return kept.length ? `?${kept.join('&')}` : '';
}

function isTrackingParam(rawName: string): boolean {
  let name: string;
  try {
    name = decodeURIComponent(rawName.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return false;
  }
  return name.startsWith('utm_') || TRACKING_PARAMS.has(name);
}

// %7e and %7E and ~ are the same character; only reserved ones stay escaped, in upper case.
function normalizeEscapes(text: string): string {
  return text.replace(/%[0-9a-fA-F]{2}/g, (encoded) => {
    const char = String.fromCharCode(parseInt(encoded.slice(1), 16));
    return UNRESERVED.test(char) ? char : encoded.toUpperCase();
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
