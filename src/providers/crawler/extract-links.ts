import { walkTree, type HtmlDocument } from '../../lib/html/dom.js';

/** What a page says about where to go next and how it wants to be treated. */
export interface PageLinks {
  /** Absolute http(s) URLs, fragment removed, in document order, each once. */
  links: string[];
  /** The `<link rel=canonical>` target, absolute, or null. */
  canonical: string | null;
  /** `<meta name=robots|grivobot content=noindex>` (or `none`). */
  noindex: boolean;
  /** `<meta name=robots|grivobot content=nofollow>` (or `none`). */
  nofollow: boolean;
}

const ROBOTS_META_NAMES = new Set(['robots', 'grivobot']);

/**
 * Pulls links and robots directives out of a parsed page, in document order,
 * so the crawl and the page's extraction share one parse. Relative links
 * resolve against `<base href>` when there is one, else against `pageUrl` —
 * which must be the URL after redirects.
 */
export function extractLinks(document: HtmlDocument, pageUrl: string): PageLinks {
  let base = pageUrl;
  let sawBase = false;
  const links = new Set<string>();
  let canonical: string | null = null;
  let noindex = false;
  let nofollow = false;
  // A page links mostly to its own sections and a few pages' (`stdtypes.html#str.split`):
  // each target without its fragment is resolved once.
  let resolved = new Map<string, string | null>();
  const resolveLink = (href: string): string | null => {
    const target = href.trim().split('#', 1)[0]!;
    let url = resolved.get(target);
    if (url === undefined) {
      url = resolveHttp(target, base);
      resolved.set(target, url);
    }
    return url;
  };

  walkTree(document, {
    enter({ name, attribs: attributes }) {
      if (name === 'a' || name === 'area') {
        const url = attributes.href === undefined ? null : resolveLink(attributes.href);
        if (url) links.add(url);
      } else if (name === 'base' && !sawBase && attributes.href !== undefined) {
        // Only the first <base> counts, as in browsers.
        sawBase = true;
        base = resolveHttp(attributes.href, pageUrl) ?? pageUrl;
        resolved = new Map();
      } else if (
        name === 'link' &&
        canonical === null &&
        attributes.href !== undefined &&
        hasToken(attributes.rel, 'canonical')
      ) {
        canonical = resolveHttp(attributes.href, base);
      } else if (name === 'meta') {
        const metaName = attributes.name?.toLowerCase();
        if (metaName && ROBOTS_META_NAMES.has(metaName)) {
          const directives = (attributes.content ?? '').toLowerCase().split(/[\s,]+/);
          if (directives.includes('noindex') || directives.includes('none')) noindex = true;
          if (directives.includes('nofollow') || directives.includes('none')) nofollow = true;
        } else if (attributes['http-equiv']?.toLowerCase() === 'refresh') {
          // <meta http-equiv=refresh content="0; url=/next"> is a link a visitor follows.
          const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attributes.content ?? '')?.[1];
          const url = target ? resolveHttp(target.trim(), base) : null;
          if (url) links.add(url);
        }
      }
      return true;
    },
  });
  return { links: [...links], canonical, noindex, nofollow };
}

/** `href` resolved against `base`, without fragment; null for javascript:, mailto:, tel: and the like. */
function resolveHttp(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}

function hasToken(list: string | undefined, token: string): boolean {
  return (list ?? '').toLowerCase().split(/\s+/).includes(token);
}
