import {
  attr,
  findFirst,
  measureText,
  walkTree,
  type HtmlDocument,
  type HtmlElement,
  type HtmlParent,
} from '../../../lib/html/dom.js';
import { removeLayoutBlocks } from './clean-dom.js';

// Wrapper ids/classes that content management systems and doc generators put
// around the article when they do not use <main>/<article>.
const CONTENT_NAME =
  /(?:^|\s)(content|main|main-content|maincontent|page-content|site-content|post|post-content|post-body|entry|entry-content|article|article-body|article-content|story-body|markdown-body|prose|docs-content|doc-content|documentation|body-content)(?:\s|$)/i;

// A candidate is trusted when it holds a real article's worth of text or a fair
// share of the page, or the page's title (its first <h1>) and text after it;
// below that a mislabelled shell (an empty <main> filled by JavaScript, a
// hero banner) would hide the text, so fall back to the body. A short page
// (a privacy notice of two sentences) in a page builder's chrome of
// unnamed blocks (a cookie notice, footer widgets, a copyright line) was read
// whole, and its chrome quoted.
const ENOUGH_CHARS = 500;
const ENOUGH_SHARE = 0.25;

interface Candidates {
  mains: HtmlElement[];
  articles: HtmlElement[];
  named: HtmlElement[];
}

/**
 * Picks the element holding the page's main content on an already cleaned DOM:
 * <main>/[role=main], else the dominant <article>, else a content-named wrapper,
 * else the body with layout blocks (header/footer/sidebar classes) removed.
 */
export function selectMainContent(doc: HtmlDocument): HtmlParent {
  const body: HtmlParent = findFirst(doc, (el) => el.name === 'body') ?? doc;
  // Measured only when a candidate is short: the walk costs ~10 ms on a 2 MB page.
  let bodyLength: number | undefined;
  let title: { el: HtmlElement; length: number } | null | undefined;
  const holdsTitle = ({ el, length }: Measured): boolean => {
    if (title === undefined) {
      const h1 = findFirst(body, (e) => e.name === 'h1');
      title = h1 && { el: h1, length: measureText(h1) };
    }
    return title !== null && length > title.length && contains(el, title.el);
  };
  const trusted = (candidate: Measured): boolean =>
    candidate.length >= ENOUGH_CHARS ||
    (candidate.length > 0 && candidate.length >= (bodyLength ??= measureText(body)) * ENOUGH_SHARE) ||
    holdsTitle(candidate);
  const { mains, articles } = collectCandidates(body, false);

  const main = pickLargest(mains);
  if (main && trusted(main)) return main.el;
  const article = pickDominant(articles);
  if (article && trusted(article)) return article.el;
  // Content-named wrappers are looked for only now: most pages have a main or an article.
  const wrapper = pickTightest(collectCandidates(body, true).named);
  if (wrapper && trusted(wrapper)) return wrapper.el;

  removeLayoutBlocks(body);
  return body;
}

function collectCandidates(body: HtmlParent, named: boolean): Candidates {
  const found: Candidates = { mains: [], articles: [], named: [] };
  walkTree(body, {
    enter(el) {
      const role = attr(el, 'role');
      if (el.name === 'main' || role === 'main') found.mains.push(el);
      else if (el.name === 'article' || role === 'article') found.articles.push(el);
      else if (named && (attr(el, 'itemprop') === 'articleBody' || hasContentName(el))) found.named.push(el);
      return true;
    },
  });
  return found;
}

interface Measured {
  el: HtmlElement;
  length: number;
}

// A lone candidate is compared with no other, only with ENOUGH_CHARS (and, when
// shorter, with the body): its text is counted up to ENOUGH_CHARS, which on a
// documentation page saves a walk of the whole content.
function measureAll(elements: HtmlElement[]): Measured[] {
  if (elements.length === 1) return [{ el: elements[0]!, length: measureText(elements[0]!, ENOUGH_CHARS) }];
  return elements.map((el) => ({ el, length: measureText(el) })).sort((a, b) => b.length - a.length);
}

function pickLargest(elements: HtmlElement[]): Measured | undefined {
  return measureAll(elements)[0];
}

/** The largest article, unless another article outside it is comparable (a listing page, not one article). */
function pickDominant(elements: HtmlElement[]): Measured | undefined {
  const [largest, ...rest] = measureAll(elements);
  if (!largest) return undefined;
  const rival = rest.find((other) => !contains(largest.el, other.el) && other.length >= largest.length * 0.3);
  return rival ? undefined : largest;
}

/** The innermost content wrapper that still holds most of the largest one's text. */
function pickTightest(elements: HtmlElement[]): Measured | undefined {
  const measured = measureAll(elements);
  const largest = measured[0];
  if (!largest) return undefined;
  const inner = measured.filter((m) => contains(largest.el, m.el) && m.length >= largest.length * 0.7);
  return inner[inner.length - 1] ?? largest;
}

function hasContentName(el: HtmlElement): boolean {
  const { id, class: className } = el.attribs;
  return (id !== undefined || className !== undefined) && CONTENT_NAME.test(`${id ?? ''} ${className ?? ''}`);
}

function contains(ancestor: HtmlElement, el: HtmlElement): boolean {
  for (let node = el.parent; node; node = node.parent) if (node === ancestor) return true;
  return false;
}
