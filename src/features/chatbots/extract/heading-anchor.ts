import { DomUtils } from 'htmlparser2';
import { attr, isElement, measureText, walkTree, type HtmlElement } from '../../../lib/html/dom.js';

export const HEADING_TAG = /^h[1-6]$/;

// A heading wrapped like Sphinx's <section id="x"><span id="y"></span><h2> is
// reached through the wrapper's id; header/hgroup may sit in between.
const WRAPPER_TAGS = new Set(['section', 'div', 'article']);
const PASS_THROUGH_TAGS = new Set(['header', 'hgroup']);

/**
 * The fragment id that scrolls to a heading, tried in order: its own id, the id of
 * a section/div it opens, a permalink inside it (`href="#x"`, e.g. Sphinx's ¶ —
 * preferred over an inner id because it is the fragment the site itself hands
 * out, as with GitHub's `<a id="user-content-x" href="#x">`), an <a id|name>
 * inside it, or an empty <a name>/<span id> right before it.
 * Must run on the untouched DOM: the permalink is removed as boilerplate later.
 */
export function findHeadingAnchor(heading: HtmlElement): string | null {
  return (
    nonEmpty(attr(heading, 'id')) ??
    findWrapperId(heading) ??
    findSelfLink(heading) ??
    findInnerAnchor(heading) ??
    findPrecedingMarker(heading)
  );
}

// DocBook puts the id four levels up: div.sect2#id > div.titlepage > div > div > h2.
function findWrapperId(heading: HtmlElement): string | null {
  let child: HtmlElement = heading;
  for (let hops = 0; hops < 4; hops++) {
    const parent = child.parent;
    if (!parent || !isElement(parent) || !opensWith(parent, child)) return null;
    const wrapper = parent;
    const id = nonEmpty(attr(wrapper, 'id'));
    if (id && (WRAPPER_TAGS.has(wrapper.name) || PASS_THROUGH_TAGS.has(wrapper.name))) return id;
    if (!PASS_THROUGH_TAGS.has(wrapper.name) && wrapper.name !== 'div') return null;
    child = wrapper;
  }
  return null;
}

/** True when nothing visible precedes child inside parent, so `#parent-id` lands on child. */
function opensWith(parent: HtmlElement, child: HtmlElement): boolean {
  for (const sibling of parent.children) {
    if (sibling === child) return true;
    if (!isElement(sibling)) {
      if (DomUtils.isText(sibling) && sibling.data.trim() !== '') return false;
      continue;
    }
    if (HEADING_TAG.test(sibling.name) || measureText(sibling) > 0) return false;
  }
  return false;
}

function findInnerAnchor(heading: HtmlElement): string | null {
  let found: string | null = null;
  walkTree(heading, {
    enter: (el) => {
      if (found) return false;
      if (el.name === 'a') found = nonEmpty(attr(el, 'id')) ?? nonEmpty(attr(el, 'name'));
      return !found;
    },
  });
  return found;
}

function findSelfLink(heading: HtmlElement): string | null {
  let found: string | null = null;
  walkTree(heading, {
    enter: (el) => {
      if (found) return false;
      const href = attr(el, 'href');
      if (el.name === 'a' && href.startsWith('#') && href.length > 1) found = decodeFragment(href.slice(1));
      return !found;
    },
  });
  return found;
}

function findPrecedingMarker(heading: HtmlElement): string | null {
  const previous = DomUtils.prevElementSibling(heading);
  if (!previous || (previous.name !== 'a' && previous.name !== 'span') || measureText(previous, 1) > 0) return null;
  return nonEmpty(attr(previous, 'id')) ?? nonEmpty(attr(previous, 'name'));
}

function decodeFragment(fragment: string): string | null {
  try {
    return nonEmpty(decodeURIComponent(fragment));
  } catch {
    return nonEmpty(fragment);
  }
}

function nonEmpty(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
