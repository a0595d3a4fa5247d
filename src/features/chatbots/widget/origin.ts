/**
 * Whether a browser Origin (`https://shop.example.com`) is one the chatbot's
 * owner allowed: `example.com` allows that host on any port, `example.com:8080`
 * that port only, and `*.example.com` any subdomain (not the bare domain).
 */
export function isOriginAllowed(origin: string | undefined, allowedDomains: string[]): boolean {
  if (!origin || origin === 'null') return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const host = url.hostname.toLowerCase();
  const hostWithPort = url.host.toLowerCase();
  return allowedDomains.some((entry) => {
    const wildcard = entry.startsWith('*.');
    const pattern = wildcard ? entry.slice(2) : entry;
    const withPort = /:\d+$/.test(pattern);
    const candidate = withPort ? hostWithPort : host;
    return wildcard ? candidate.endsWith(`.${pattern}`) : candidate === pattern;
  });
}

/** A browser Origin as `https://host[:port]`, or undefined when it is not a web page's (no header, `null`, another scheme). */
export function siteOrigin(origin: string | undefined): string | undefined {
  if (!origin || origin.length > 300) return undefined;
  try {
    const url = new URL(origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
