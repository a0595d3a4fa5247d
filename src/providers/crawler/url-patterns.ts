/** Decides from include / exclude patterns whether a URL belongs in the crawl. */
export type UrlFilter = (url: string) => boolean;

/**
 * Builds the filter for `include` / `exclude` path patterns. `*` matches any
 * run of characters, including `/`; a pattern matches the whole path, or the
 * whole path plus query. A pattern ending in `/*` also matches the bare
 * directory (`/docs/*` matches `/docs`), because normalised URLs drop the
 * trailing slash. No include patterns means everything is included; an
 * exclude match always wins.
 */
export function createUrlFilter(include: string[] = [], exclude: string[] = []): UrlFilter {
  const includes = include.filter((pattern) => pattern.trim() !== '').map(compilePattern);
  const excludes = exclude.filter((pattern) => pattern.trim() !== '').map(compilePattern);
  return function passesFilter(href) {
    const url = new URL(href);
    const targets = url.search ? [url.pathname, url.pathname + url.search] : [url.pathname];
    const matches = (pattern: RegExp) => targets.some((target) => pattern.test(target));
    if (excludes.some(matches)) return false;
    return includes.length === 0 || includes.some(matches);
  };
}

function compilePattern(raw: string): RegExp {
  let pattern = raw.trim();
  // Accept "docs/*" as "/docs/*"; a leading * already matches any prefix.
  if (!pattern.startsWith('/') && !pattern.startsWith('*')) pattern = `/${pattern}`;
  const directory = pattern.endsWith('/*');
  const body = (directory ? pattern.slice(0, -2) : pattern).split('*').map(escapeRegExp).join('.*');
  return new RegExp(`^${body}${directory ? '(?:/.*)?' : ''}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
