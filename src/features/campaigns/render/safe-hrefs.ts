// Contact data is HTML-escaped in the HTML part, which keeps it inside the
// attribute it lands in, but says nothing about what a URL does:
// `href="{{ attributes.site }}"` with `javascript:…` in the data would still
// be a link that runs script. So after rendering, every href whose URL names
// a scheme must name one of these; others are replaced by "#".
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

const HREF = /(\s(?:xlink:)?href\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi;
const CHARACTER_REFERENCE = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi;
const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
};
// Browsers drop these anywhere in a URL before reading its scheme.
// eslint-disable-next-line no-control-regex
// Browsers drop control characters and spaces from a URL's scheme, so they are dropped before it is checked.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The URL an attribute value stands for, as a browser reads its scheme. */
function urlOf(value: string): string {
  const unquoted = value.startsWith('"') || value.startsWith("'") ? value.slice(1, -1) : value;
  return unquoted
    .replace(CHARACTER_REFERENCE, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return NAMED[name.toLowerCase()] ?? whole;
    })
    .replace(IGNORED, '');
}

/** True when a URL is relative or names an allowed scheme. */
export function isSafeUrl(url: string): boolean {
  const scheme = SCHEME.exec(urlOf(url))?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/** Rendered HTML with every href of an unsafe scheme (javascript:, data:, vbscript:…) replaced by "#". */
export function safeHrefs(html: string): string {
  if (!/href/i.test(html)) return html;
  return html.replace(HREF, (whole, prefix: string, value: string) => (isSafeUrl(value) ? whole : `${prefix}"#"`));
}
