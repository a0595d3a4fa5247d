import {
  attr,
  collapseText,
  findFirst,
  isElement,
  walkTree,
  type HtmlElement,
  type HtmlParent,
} from '../../../lib/html/dom.js';
import { ANCHOR_ATTR } from './clean-dom.js';
import { HEADING_TAG } from './heading-anchor.js';
import { isSeparateBox } from './layout-boxes.js';
import { TextBuilder } from './text-builder.js';
import type { Section } from './types.js';

// Elements that start a new block of text; everything else is inline.
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
// Elements without text worth indexing even when they sit inside the content.
const SKIPPED_TAGS = new Set(['img', 'picture', 'source', 'track', 'area', 'map', 'wbr']);
const TRAILING_PERMALINK = /\s*[¶§#]+$/;
// A section whose text is mostly link text is a table of contents, an index
// or a list of related pages: navigation, not an answer (Readability's link density).
const MAX_LINK_DENSITY = 0.6;
// Links that reach a person, not a page: a contact section's phone and email
// links are its text (a page of them was dropped as navigation).
const CONTACT_LINK = /^\s*(?:mailto|tel|sms|callto|fax|geo|skype|whatsapp):/i;
const isNavigationLink = (el: HtmlElement) =>
  el.name === 'a' && attr(el, 'href') !== '' && !CONTACT_LINK.test(attr(el, 'href'));
// Boxes inside a section (DocBook's and others' notes, tips, warnings): a
// heading in one titles the box, it does not start a section.
const ADMONITION = /(?:^|\s)(?:note|tip|hint|warning|caution|important|admonition|callout|sidebar)(?:\s|$)/i;

/** Sections of a cleaned content root, plus the first h1's text (the page's preferred title). */
export interface CollectedSections {
  sections: Section[];
  firstH1: string | null;
}

/** Walks the content root once, starting a new section at every non-empty heading. */
export function collectSections(root: HtmlParent): CollectedSections {
  const sections: Section[] = [];
  const headings: Array<{ level: number; text: string; anchor: string | null }> = [];
  type OpenSection = Omit<Section, 'text'> & {
    builder: TextBuilder;
    chars: number;
    linkChars: number;
    /** A heading's text resumed after a disclosure: kept only if it holds text. */
    resumed?: boolean;
  };
  const open = (headingPath: string[], anchor: string | null, resumed?: boolean): OpenSection => ({
    headingPath,
    anchor,
    builder: new TextBuilder(),
    chars: 0,
    linkChars: 0,
    resumed,
  });
  let current = open([], null);
  let linkDepth = 0;
  let firstH1: string | null = null;

  const closeSection = (): void => {
    current.builder.endBlock();
    const text = current.linkChars > MAX_LINK_DENSITY * current.chars ? '' : current.builder.toString();
    if (text !== '' || (current.headingPath.length > 0 && !current.resumed)) {
      sections.push({ headingPath: current.headingPath, anchor: current.anchor, text });
    }
  };

  const startSection = (level: number, text: string, anchor: string | null): void => {
    closeSection();
    while (headings.length > 0 && headings[headings.length - 1]!.level >= level) headings.pop();
    headings.push({ level, text, anchor });
    current = open(
      headings.map((h) => h.text),
      anchor,
    );
  };

  const openSection = (heading: HtmlElement): void => {
    const text = collapseText(heading).replace(TRAILING_PERMALINK, '');
    if (text === '') return;
    const level = Number(heading.name[1]);
    if (level === 1 && firstH1 === null) firstH1 = text;
    startSection(level, text, attr(heading, ANCHOR_ATTR) || null);
  };

  // A disclosure's summary (an FAQ's question: <details><summary>) titles
  // what it opens, one level below the heading it stands under; what follows
  // the disclosure belongs to that heading again. Each open disclosure maps
  // to how many headings stood above its summary.
  const disclosures = new Map<HtmlElement, number>();
  /** Whether the summary was read as a title (else it is walked: empty, or holding a heading of its own). */
  const openDisclosure = (summary: HtmlElement): boolean => {
    const details = summary.parent;
    if (!details || !isElement(details) || details.name !== 'details') return false;
    const text = collapseText(summary);
    if (text === '') return false;
    disclosures.set(details, headings.length);
    if (findFirst(summary, (el) => HEADING_TAG.test(el.name)) !== null) return false;
    const outer = headings.at(-1);
    startSection((outer?.level ?? 0) + 0.5, text, attr(details, 'id') || attr(summary, 'id') || null);
    return true;
  };
  const closeDisclosure = (details: HtmlElement): void => {
    closeSection();
    headings.length = Math.min(headings.length, disclosures.get(details)!);
    const outer = headings.at(-1);
    current = open(
      headings.map((h) => h.text),
      outer?.anchor ?? null,
      true,
    );
  };

  // Name–value lists (opening hours, specifications) read as tables, each name and its values one row.
  const pairLists = new Set<HtmlElement>();
  const isPairCell = (el: HtmlElement) => (el.name === 'dt' || el.name === 'dd') && pairLists.has(listOf(el)!);
  // Whether each table entered, innermost last, holds data; a layout table's cells are blocks.
  const tables: boolean[] = [];
  const isDataCell = (el: HtmlElement) => (el.name === 'td' || el.name === 'th') && tables.at(-1) !== false;
  let boxDepth = 0;
  // Most elements have no class: no test.
  const isBox = (el: HtmlElement) =>
    el.attribs.class !== undefined && el.name !== 'body' && ADMONITION.test(el.attribs.class);
  walkTree(root, {
    enter(el) {
      const builder = current.builder;
      if (isBox(el)) boxDepth++;
      const heading = HEADING_TAG.test(el.name);
      if (heading && boxDepth > 0) {
        // The box's title, as a line of its own ("Note").
        builder.endBlock();
        builder.addText(collapseText(el).replace(TRAILING_PERMALINK, ''));
        builder.endBlock();
        return false;
      }
      if (heading && !builder.inTableCell) {
        openSection(el);
        return false;
      }
      if (el.name === 'summary' && boxDepth === 0 && !builder.inTableCell && openDisclosure(el)) return false;
      if (SKIPPED_TAGS.has(el.name)) return false;
      if (isNavigationLink(el)) linkDepth++;
      if (el.name === 'br') return (builder.addLineBreak(), false);
      if (el.name === 'pre') return (builder.addPreformatted(readRawText(el)), false);
      if (el.name === 'ul' || el.name === 'ol') builder.openList(el.name === 'ol', Number(attr(el, 'start')) || 1);
      else if (el.name === 'li') builder.openListItem();
      else if (el.name === 'table') {
        tables.push(!isLayoutTable(el));
        if (tables.at(-1)) builder.openTable();
        else builder.endBlock();
      } else if (isDataCell(el)) builder.openCell();
      else if (el.name === 'dl' && isNameValueList(el)) {
        builder.openTable();
        pairLists.add(el);
      } else if (isPairCell(el)) {
        // A name starts the next row: "Monday | Closed".
        if (el.name === 'dt') builder.endBlock();
        builder.openCell();
      } else if (BLOCK_TAGS.has(el.name) || el.name === 'td' || el.name === 'th') builder.endBlock();
      else if (isSeparateBox(el)) builder.addText(' ');
      return true;
    },
    exit(el) {
      if (disclosures.has(el)) return closeDisclosure(el);
      const builder = current.builder;
      if (isBox(el)) boxDepth--;
      if (isNavigationLink(el)) linkDepth--;
      if (el.name === 'ul' || el.name === 'ol') builder.closeList();
      else if (el.name === 'li') builder.closeListItem();
      else if ((el.name === 'table' && tables.pop()) || pairLists.has(el)) builder.closeTable();
      else if (isDataCell(el) || isPairCell(el)) builder.closeCell();
      else if (BLOCK_TAGS.has(el.name) || el.name === 'td' || el.name === 'th') builder.endBlock();
      else if (isSeparateBox(el)) builder.addText(' ');
    },
    text: (data) => {
      const chars = data.trim().length;
      current.chars += chars;
      if (linkDepth > 0) current.linkChars += chars;
      current.builder.addText(data);
    },
  });
  closeSection();
  return { sections, firstH1 };
}

/**
 * A table that lays a page out rather than holding data (Readability's test,
 * in short): one marked so, or one holding headings or another table. Its
 * cells are blocks, and a heading in one starts a section, instead of the
 * whole page becoming one row.
 */
function isLayoutTable(table: HtmlElement): boolean {
  const role = attr(table, 'role').toLowerCase();
  if (role === 'presentation' || role === 'none') return true;
  return findFirst(table, (el) => el.name === 'table' || HEADING_TAG.test(el.name)) !== null;
}

// Blocks a definition may hold; one that holds any is prose (a glossary, an API reference), not a value.
const NOT_INLINE = new Set([...BLOCK_TAGS, 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A <dl> whose names and values are all inline text, none a block: a list of name–value pairs. */
function isNameValueList(dl: HtmlElement): boolean {
  const cells = dl.children.filter(isElement).flatMap((child) =>
    // HTML allows each name and its values to be wrapped in a <div>.
    child.name === 'div' ? child.children.filter(isElement) : [child],
  );
  return (
    cells.some((cell) => cell.name === 'dd') &&
    cells.every(
      (cell) => (cell.name === 'dt' || cell.name === 'dd') && findFirst(cell, (el) => NOT_INLINE.has(el.name)) === null,
    )
  );
}

/** The <dl> a <dt> or <dd> belongs to, through a wrapping <div>. */
function listOf(cell: HtmlElement): HtmlElement | null {
  const parent = cell.parent;
  if (!parent || !isElement(parent)) return null;
  const outer = parent.name === 'div' ? parent.parent : parent;
  return outer && isElement(outer) ? outer : null;
}

/** Text of a <pre> with its line structure intact: trailing spaces and outer blank lines dropped. */
function readRawText(pre: HtmlElement): string {
  const parts: string[] = [];
  walkTree(pre, {
    enter: (el) => (el.name === 'br' ? (parts.push('\n'), false) : true),
    text: (data) => parts.push(data),
  });
  return parts
    .join('')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
