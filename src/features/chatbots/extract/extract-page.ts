import {
  attr,
  collapseText,
  findFirst,
  parseHtml,
  type HtmlDocument,
  type HtmlElement,
} from '../../../lib/html/dom.js';
import { removeBoilerplate } from './clean-dom.js';
import { selectMainContent } from './select-main.js';
import { collectSections } from './collect-sections.js';
import type { ExtractedPage } from './types.js';

export type { ExtractedPage, Section } from './types.js';

// Separator before a site suffix: "Page — Python 3.11.2 documentation", "Page | Acme".
const TITLE_SEPARATOR = /\s(?:[|—–·•»]|::|-)\s/g;

/**
 * Main content of an HTML page as heading-delimited plain-text sections.
 *
 * Uses htmlparser2 plus its own cleaning and main-content selection instead of
 * linkedom + Readability: on the Python docs' stdtypes.html (700 KB) Readability
 * alone takes ~700 ms and linkedom's parse ~100 ms, against ~30 ms for
 * htmlparser2, and Readability rewrites the heading structure and ids that
 * sections and `#anchor` citations depend on. Sites here are mostly
 * documentation and marketing pages that mark up their chrome (nav, header,
 * footer, role=navigation) or wrap content in main/article, which is what the
 * cleaning relies on; for the rest the body minus layout-named blocks is used.
 * Given a parsed document (the crawl's, its links read), it reads that one
 * instead of parsing again, and changes it.
 */
export function extractPage(html: string | HtmlDocument, url: string): ExtractedPage {
  const doc = typeof html === 'string' ? parseHtml(html) : html;
  const head = readHead(doc);
  removeBoilerplate(doc);
  const { sections, firstH1 } = collectSections(selectMainContent(doc));
  const textLength = sections.reduce((sum, section) => sum + section.text.length, 0);
  const title = firstH1 ?? head.ogTitle ?? cleanDocumentTitle(head.title);
  return { title: title ?? titleFromUrl(url), titleFromUrl: title === null, lang: head.lang, sections, textLength };
}

interface HeadFields {
  title: string | null;
  ogTitle: string | null;
  lang: string | null;
}

function readHead(doc: HtmlDocument): HeadFields {
  const html = findFirst(
    doc,
    (el) => el.name === 'html',
    () => true,
  );
  // Pages without <head> put <title> and <meta> straight in the document; never look inside the body.
  const head =
    findFirst(
      html ?? doc,
      (el) => el.name === 'head',
      () => true,
    ) ??
    html ??
    doc;
  const inHead = (test: (el: HtmlElement) => boolean) => findFirst(head, test, (el) => el.name === 'body');
  const titleEl = inHead((el) => el.name === 'title');
  const ogTitle = inHead((el) => el.name === 'meta' && attr(el, 'property') === 'og:title');
  const langMeta = inHead((el) => el.name === 'meta' && attr(el, 'http-equiv').toLowerCase() === 'content-language');
  return {
    title: nonEmpty(titleEl ? collapseText(titleEl) : ''),
    ogTitle: nonEmpty(ogTitle ? attr(ogTitle, 'content') : ''),
    lang: nonEmpty(
      (html && (attr(html, 'lang') || attr(html, 'xml:lang'))) || (langMeta ? attr(langMeta, 'content') : ''),
    ),
  };
}

/** Drops the part after the last " — " / " | " / " - " (the site name), unless too little would remain. */
export function cleanDocumentTitle(title: string | null): string | null {
  if (!title) return null;
  let cut = -1;
  for (const match of title.matchAll(TITLE_SEPARATOR)) cut = match.index;
  const cleaned = cut >= 0 ? title.slice(0, cut).trim() : title;
  return cleaned.length >= 2 ? cleaned : title;
}

/** A page's name from its URL: its last path segment without extension, or its host. */
export function titleFromUrl(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const last = pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last).replace(/\.[a-z0-9]+$/i, '') : hostname;
  } catch {
    return url;
  }
}

function nonEmpty(value: string): string | null {
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}
