import { DomUtils, parseDocument } from 'htmlparser2';

// htmlparser2 builds a domhandler tree but only re-exports the classes, not the
// types; derive them here so no other file depends on domhandler directly.
export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;
export type HtmlParent = HtmlDocument | HtmlElement;
export type HtmlAnyNode = HtmlNode | NonNullable<HtmlNode['parent']>;

// XHTML (DocBook, older generators) writes empty elements as `<a id="x"/>`;
// read as HTML, that <a> would swallow the heading and text after it.
const XHTML =
  /^\s*(?:<\?xml\b|<!DOCTYPE html PUBLIC "-\/\/W3C\/\/DTD XHTML)|<html[^>]*\sxmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/i;

export const parseHtml = (html: string): HtmlDocument =>
  parseDocument(html, { recognizeSelfClosing: XHTML.test(html.slice(0, 2000)) });

export const isElement = (node: HtmlAnyNode): node is HtmlElement => DomUtils.isTag(node);

/** Raw text of a text node, or null for anything else (comments, directives, elements). */
export function textOf(node: HtmlNode): string | null {
  return DomUtils.isText(node) ? node.data : null;
}

export function attr(el: HtmlElement, name: string): string {
  return el.attribs[name] ?? '';
}

/** Visitor for walkTree: return false from enter() to skip an element's subtree. */
export interface TreeVisitor {
  enter(el: HtmlElement): boolean;
  exit?(el: HtmlElement): void;
  text?(data: string): void;
}

/**
 * Depth-first walk that follows the tree's parent/sibling links instead of
 * recursing or keeping a stack: malformed pages (thousands of unclosed <div>)
 * nest deeper than the call stack allows, and allocating per node was the main
 * cost on 2 MB pages.
 */
export function walkTree(root: HtmlParent, visitor: TreeVisitor): void {
  let node: HtmlAnyNode | null = root.children[0] ?? null;
  while (node !== null) {
    if (isElement(node)) {
      if (visitor.enter(node)) {
        const first: HtmlNode | undefined = node.children[0];
        if (first) {
          node = first;
          continue;
        }
        visitor.exit?.(node);
      }
    } else if (visitor.text && DomUtils.isText(node)) {
      visitor.text(node.data);
    }
    while (node.next === null) {
      const parent: HtmlAnyNode | null = node.parent;
      if (parent === null || parent === root || !isElement(parent)) return;
      visitor.exit?.(parent);
      node = parent;
    }
    node = node.next;
  }
}

/**
 * First element under root that satisfies test, not looking inside elements for
 * which skip returns true. Replaces DomUtils.findOne, which recurses.
 */
export function findFirst(
  root: HtmlParent,
  test: (el: HtmlElement) => boolean,
  skip: (el: HtmlElement) => boolean = () => false,
): HtmlElement | null {
  let found: HtmlElement | null = null;
  walkTree(root, {
    enter: (el) => {
      if (found === null && test(el)) found = el;
      return found === null && !skip(el);
    },
  });
  return found;
}

/** Elements under root (root excluded) that satisfy test, in document order. */
export function findElements(root: HtmlParent, test: (el: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  walkTree(root, { enter: (el) => (test(el) && found.push(el), true) });
  return found;
}

/**
 * Count of non-whitespace-ish text characters, used to compare content
 * candidates; counted only until it reaches `atLeast`, for a caller that needs
 * to know no more (then it is at least that, not the whole count).
 */
export function measureText(root: HtmlParent, atLeast = Number.POSITIVE_INFINITY): number {
  let total = 0;
  walkTree(root, {
    enter: () => total < atLeast,
    text: (data) => {
      if (total < atLeast) total += data.trim().length;
    },
  });
  return total;
}

/** Whitespace-normalised text content (for headings and titles). */
export function collapseText(root: HtmlParent): string {
  const parts: string[] = [];
  walkTree(root, { enter: () => true, text: (data) => parts.push(data) });
  return normaliseInline(parts.join(''));
}

// Whitespace to collapse: a run of it, or one character of it other than a
// space (a lone space is already what the run would become: left alone, the
// text is copied in far fewer pieces).
const COLLAPSIBLE = /[\s\u00a0]{2,}|(?! )[\s\u00a0]/g;

/** Collapse runs of whitespace (incl. NBSP) to one space and drop soft hyphens / zero-width chars. */
export function normaliseInline(text: string): string {
  return text
    .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(COLLAPSIBLE, ' ')
    .trim();
}
