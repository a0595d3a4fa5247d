import { DomUtils } from 'htmlparser2';
import {
  attr,
  collapseText,
  findElements,
  walkTree,
  type HtmlDocument,
  type HtmlElement,
  type HtmlParent,
} from '../../../lib/html/dom.js';
import { findHeadingAnchor, HEADING_TAG } from './heading-anchor.js';

/** Attribute where the pre-cleaning anchor of each heading is recorded. */
export const ANCHOR_ATTR = 'data-grivo-anchor';

// Elements that never hold text a reader came for: scripts, embeds, form controls, site chrome.
const DROPPED_TAGS = new Set([
  'head',
  'title',
  'meta',
  'link',
  'base',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'svg',
  'audio',
  'video',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'datalist',
  'dialog',
  'nav',
  'aside',
  'menu',
]);
const DROPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'complementary',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
]);
// Tags that can carry site-wide classes (`<body class="cookie-consent-shown">`) and must never be dropped by class.
const PROTECTED_TAGS = new Set(['html', 'body', 'main', 'article']);

// Matched against "id class…". Vendor names match anywhere (`CybotCookiebotDialog`),
// generic words only as whole parts of a name separated by space, `-` or `_`.
const VENDOR_WIDGET =
  /onetrust|cookiebot|cookielaw|cookieconsent|usercentrics|didomi|gdpr|cc-(banner|window|revoke)|sharethis|addthis|a2a_kit/i;
const GENERIC_WIDGET =
  /(^|[\s_-])(cookies?|consent|breadcrumbs?|skip-?links?|skip-to-content|share|sharing|social-share|related|screen-reader-text|sr-only|visually-hidden|navheader|navfooter)([\s_-]|$)/i;
// An id names a widget only when it is short ("related-posts", "cookie-banner");
// a long one is a section's own name ("how-do-i-share-global-variables").
const WIDGET_ID_PARTS = 3;
// Inline elements and headings carry anchors named after their section, never widget markers.
const NEVER_BY_NAME = new Set(['a', 'span', 'code', 'em', 'strong', 'b', 'i', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Only used when no main/article exists and the whole body is the content root.
const LAYOUT_BLOCK =
  /(^|[\s_-])(header|footer|nav|navbar|navigation|menu|sidebar|masthead|pagination|pager|toc|topbar|comments?)([\s_-]|$)/i;
const CONTENT_HINT = /content|article|main|body|post|entry/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const SELF_LINK_TEXT = new Set(['¶', '#', '§', '🔗', '']);

/**
 * Removes navigation, site headers/footers, cookie banners, share/related widgets,
 * hidden and non-text elements in place, and records each heading's anchor first
 * (as ANCHOR_ATTR) because the ids it relies on may sit in what gets removed.
 */
export function removeBoilerplate(doc: HtmlDocument): void {
  const doomed: HtmlElement[] = [];
  let contentDepth = 0;
  const panels = disclosurePanels(doc);
  walkTree(doc, {
    enter(el) {
      if (HEADING_TAG.test(el.name)) recordAnchor(el);
      if (isBoilerplate(el, contentDepth > 0, panels)) {
        doomed.push(el);
        return false;
      }
      if (isContentRoot(el)) contentDepth++;
      return true;
    },
    exit(el) {
      if (isContentRoot(el)) contentDepth--;
    },
  });
  for (const el of doomed) DomUtils.removeElement(el);
}

/** Second pass for pages without main/article: drop blocks whose id/class names site chrome. */
export function removeLayoutBlocks(root: HtmlParent): void {
  const doomed: HtmlElement[] = [];
  walkTree(root, {
    enter(el) {
      const names = widgetNames(el);
      const chrome =
        !PROTECTED_TAGS.has(el.name) &&
        !NEVER_BY_NAME.has(el.name) &&
        !CONTENT_HINT.test(names) &&
        LAYOUT_BLOCK.test(names);
      if (chrome) doomed.push(el);
      return !chrome;
    },
  });
  for (const el of doomed) DomUtils.removeElement(el);
}

function recordAnchor(heading: HtmlElement): void {
  const anchor = findHeadingAnchor(heading);
  if (anchor) heading.attribs[ANCHOR_ATTR] = anchor;
  else delete heading.attribs[ANCHOR_ATTR];
}

function isBoilerplate(el: HtmlElement, insideContent: boolean, panels: DisclosurePanels): boolean {
  if (DROPPED_TAGS.has(el.name) && !isDisclosureToggle(el)) return true;
  if ((el.name === 'header' || el.name === 'footer') && !insideContent) return true;
  if (DROPPED_ROLES.has(attr(el, 'role').toLowerCase())) return true;
  if (isHidden(el) && !panels.has(el)) return true;
  if (el.name === 'a' && isInPageUtilityLink(el)) return true;
  if (PROTECTED_TAGS.has(el.name) || NEVER_BY_NAME.has(el.name)) return false;
  const { id, class: className } = el.attribs;
  if (id === undefined && className === undefined) return false;
  if (VENDOR_WIDGET.test(`${id ?? ''} ${className ?? ''}`)) return true;
  const names = widgetNames(el);
  return GENERIC_WIDGET.test(names) || /\bheaderlink\b/.test(names);
}

/** The class, and the id when it is short enough to be a widget's name. */
function widgetNames(el: HtmlElement): string {
  const id = attr(el, 'id');
  return id.split(/[\s_-]+/).filter(Boolean).length <= WIDGET_ID_PARTS
    ? `${id} ${attr(el, 'class')}`
    : attr(el, 'class');
}

// An accordion's or a tab's button (W3C's pattern: <h3><button aria-expanded
// aria-controls="a1">Question</button></h3>) holds the question or the tab's
// name, and the panel it opens, hidden until then, the answer a visitor reads.
interface DisclosurePanels {
  has(el: HtmlElement): boolean;
}

const isDisclosureToggle = (el: HtmlElement) => el.name === 'button' && el.attribs['aria-expanded'] !== undefined;

/** The hidden elements a visitor opens: tab panels, `hidden="until-found"`, and what a button's aria-controls names. */
function disclosurePanels(doc: HtmlDocument): DisclosurePanels {
  // Most pages hide nothing, or nothing with an id: the buttons are looked for only when asked.
  let controlled: Set<string> | undefined;
  return {
    has(el) {
      if (attr(el, 'hidden') === 'until-found' || attr(el, 'role').toLowerCase() === 'tabpanel') return true;
      const id = attr(el, 'id');
      if (id === '') return false;
      controlled ??= new Set(
        findElements(doc, (e) => e.attribs['aria-controls'] !== undefined).flatMap((e) =>
          attr(e, 'aria-controls').split(/\s+/),
        ),
      );
      return controlled.has(id);
    },
  };
}

function isHidden(el: HtmlElement): boolean {
  return (
    el.attribs.hidden !== undefined ||
    attr(el, 'aria-hidden').toLowerCase() === 'true' ||
    HIDDEN_STYLE.test(attr(el, 'style'))
  );
}

/** "¶"/"#" permalinks beside headings and "Skip to content" links: in-page links that are not prose. */
function isInPageUtilityLink(a: HtmlElement): boolean {
  if (!attr(a, 'href').startsWith('#')) return false;
  const text = collapseText(a);
  return SELF_LINK_TEXT.has(text) || /^skip to\b/i.test(text);
}

function isContentRoot(el: HtmlElement): boolean {
  const role = attr(el, 'role');
  return el.name === 'main' || el.name === 'article' || role === 'main' || role === 'article';
}
