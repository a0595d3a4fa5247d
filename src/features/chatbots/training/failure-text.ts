/** A URL the crawl could not use, as the training run collects them. */
export interface Skipped {
  url: string;
  reason: string;
  detail: string;
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

/** The HTTP status a skip carries (`HTTP 403`, or `robots.txt unavailable (HTTP 500)`). */
const statusOf = (s: Skipped) => Number(/\bHTTP (\d{3})\b/.exec(s.detail)?.[1]) || undefined;

/** Why the site could not be reached at all: no answer, no such host, too slow. */
function unreachable(s: Skipped): 'dns' | 'down' | 'slow' | undefined {
  const text = `${s.reason} ${s.detail}`;
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return 'dns';
  if (s.reason === 'timeout' || /TIMEOUT|timed? ?out|no complete response/i.test(text)) return 'slow';
  if (s.reason === 'network_error' || /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|socket|fetch failed/.test(text))
    return 'down';
  return undefined;
}

/** The first sentence, what to check, for the most telling URL that produced no page. */
function plainReason(s: Skipped): string {
  const site = `${originOf(s.url)}/`;
  const status = statusOf(s);
  switch (unreachable(s)) {
    case 'dns':
      return `The address ${new URL(site).host} could not be found — check the spelling of the website URL.`;
    case 'down':
      return `The site did not answer at ${site} — is it online?`;
    case 'slow':
      return `The site at ${site} took too long to answer — try again when it is less busy.`;
  }
  if (s.reason === 'blocked_address')
    return `${site} is on a private network, which Grivo does not read. The operator of this Grivo can allow it with GRIVO_CRAWL_ALLOW_PRIVATE=true.`;
  if (status === 401 || status === 403 || status === 429)
    return `The site refused our crawler (HTTP ${status}) at ${s.url} — if it is your site, let the GrivoBot crawler in (a firewall or bot protection may block it).`;
  if (status === 404 || status === 410)
    return `No page was found (HTTP ${status}) at ${s.url} — check the website URL.`;
  if (status && status >= 500)
    return `The site had a server error (HTTP ${status}) at ${s.url} — it may be down or overloaded; try again later.`;
  if (s.reason === 'robots')
    return `The site's robots.txt does not let our crawler read ${s.url} — if it is your site, allow GrivoBot there.`;
  if (s.reason === 'noindex') return `The page at ${s.url} asks not to be indexed (noindex), so it was left out.`;
  if (s.reason === 'not_html') return `${s.url} is not a web page Grivo can read (it is not HTML).`;
  if (s.reason === 'excluded')
    return `Every page found was left out by the crawl's "Never these paths" or "Only these paths" settings.`;
  return `No pages could be read at ${s.url}.`;
}

/**
 * Why a training found no page, in plain words first (what to check), then
 * the technical detail for whoever needs it: the URLs and what the crawler got.
 */
export function noPagesMessage(skipped: readonly Skipped[]): string {
  if (skipped.length === 0)
    return 'No pages could be read: add a website URL, a sitemap or page URLs in the chatbot’s settings.';
  // The start page usually comes first; a site that did not answer explains every other skip.
  const telling = skipped.find((s) => unreachable(s)) ?? skipped[0]!;
  const examples = skipped.slice(0, 3).map((s) => `${s.url}: ${s.detail}`);
  const more = skipped.length > 3 ? `; and ${skipped.length - 3} more` : '';
  return `${plainReason(telling)} Technical detail: ${examples.join('; ')}${more}.`;
}
