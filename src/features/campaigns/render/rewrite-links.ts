import { MASK } from './liquid-mask.js';

/** The variable holding the recipient's click-tracking URLs, by link index. */
export const CLICK_VARIABLE = '__click';

/** The campaign's tracked links, each distinct URL once, in order of first appearance. */
export interface LinkList {
  readonly urls: string[];
  /** The URL's index, adding it when new. */
  indexOf(url: string): number;
}

/** An empty link list. */
export function createLinkList(): LinkList {
  const urls: string[] = [];
  const indexes = new Map<string, number>();
  return {
    urls,
    indexOf(url) {
      let index = indexes.get(url);
      if (index === undefined) {
        index = urls.push(url) - 1;
        indexes.set(url, index);
      }
      return index;
    },
  };
}

// Patterns run on the masked source (see liquid-mask.ts). A quoted attribute
// value may hold a `>`; Liquid markup is all MASK characters, so it can
// neither end a tag nor open a quote.
const LINK_TAG = /<(?:a|area)(?=[\s/>\uE000])((?:[^<>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=\uE000]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const TEXT_URL = /(?<!\w)https?:\/\/[^\s<>"'[\]]+/gi;

/**
 * Points the http(s) href of every <a> and <area> at its click-tracking URL.
 * Hrefs holding Liquid markup (`{{ unsubscribe_url }}`, a URL built from
 * contact data) are left alone: the click redirect only knows the
 * campaign's fixed links, so it cannot send a click to a per-recipient one.
 * mailto:, tel: and #anchors are not web pages and are left alone too.
 */
export function rewriteHtmlLinks(source: string, masked: string, links: LinkList): string {
  const edits: Edit[] = [];
  for (const tag of masked.matchAll(LINK_TAG)) {
    const bodyStart = tag.index + tag[0].length - 1 - tag[1]!.length;
    for (const attribute of tag[1]!.matchAll(ATTRIBUTE)) {
      const value = attribute[2];
      if (attribute[1]!.toLowerCase() !== 'href' || value === undefined || value.includes(MASK)) continue;
      const quoted = value.startsWith('"') || value.startsWith("'");
      const url = hrefUrl(quoted ? value.slice(1, -1) : value);
      if (!/^https?:\/\//i.test(url)) continue;
      // The value is not inside Liquid, so masked and source agree here.
      const begin = bodyStart + attribute.index + attribute[0].length - value.length;
      // Escaped by the HTML engine like any output, which is right in an attribute.
      edits.push({ begin, end: begin + value.length, text: `"{{ ${CLICK_VARIABLE}[${links.indexOf(url)}] }}"` });
    }
  }
  return applyEdits(source, edits);
}

/**
 * Points every bare http(s) URL of a plain-text template at its
 * click-tracking URL. A URL that runs into Liquid markup is left alone, for
 * the same reason as in rewriteHtmlLinks.
 */
export function rewriteTextLinks(source: string, masked: string, links: LinkList): string {
  const edits: Edit[] = [];
  for (const match of masked.matchAll(TEXT_URL)) {
    if (match[0].includes(MASK)) continue;
    const url = trimTrailingPunctuation(match[0]);
    edits.push({
      begin: match.index,
      end: match.index + url.length,
      text: `{{ ${CLICK_VARIABLE}[${links.indexOf(url)}] }}`,
    });
  }
  return applyEdits(source, edits);
}

/** An href attribute's value as the URL a browser follows: references decoded, whitespace dropped. */
export function hrefUrl(value: string): string {
  const url = decodeReferences(value).replace(/[\t\n\r]/g, '');
  // Browsers strip C0 controls and spaces around a URL, and only those.
  let begin = 0;
  let end = url.length;
  while (begin < end && url.charCodeAt(begin) <= 0x20) begin++;
  while (end > begin && url.charCodeAt(end - 1) <= 0x20) end--;
  return url.slice(begin, end);
}

const NAMED_REFERENCES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

// Numeric references and the five XML ones: what an editor writes in a URL.
// Other named references are rare in URLs and stay as written.
function decodeReferences(value: string): string {
  return value.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED_REFERENCES.get(name.toLowerCase()) ?? whole;
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    },
  );
}

// "See https://example.com/a." ends a sentence, not the URL; a closing
// bracket belongs to the URL only when it has an opening one.
function trimTrailingPunctuation(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1]!;
    if ('.,;:!?*'.includes(last)) end--;
    else if (last === ')' && count(url.slice(0, end), '(') < count(url.slice(0, end), ')')) end--;
    else return url.slice(0, end);
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

interface Edit {
  begin: number;
  end: number;
  text: string;
}

function applyEdits(source: string, edits: Edit[]): string {
  let result = '';
  let at = 0;
  for (const { begin, end, text } of edits) {
    result += source.slice(at, begin) + text;
    at = end;
  }
  return result + source.slice(at);
}
