import { attr, isElement, type HtmlElement } from '../../../lib/html/dom.js';

// Inline elements side by side with nothing between them run together when
// read as text (<span>Phone</span><span>0123</span>: "Phone0123"), and must
// wherever HTML would render them so (<b>Hel</b>lo, a highlighted signature's
// <span>join</span><span>(</span>). What a page shows as separate boxes is
// told by what its markup says of the layout, since its style sheets are not
// read: a flex or grid container (by its inline style or a utility class that
// frameworks name so: Tailwind's flex/grid, Bootstrap's d-flex/row/hstack,
// Bulma's columns), an element styled as a block of its own, or an ARIA
// table's cells and rows.
const LAYOUT_STYLE = /(?:^|;)\s*display\s*:\s*(?:inline-)?(?:flex|grid)\b/i;
const BOX_STYLE =
  /(?:^|;)\s*display\s*:\s*(?:block|inline-block|flex|inline-flex|grid|inline-grid|list-item|table-cell)\b/i;
const LAYOUT_CLASS =
  /(?:^|\s)(?:(?:d-|is-)?(?:inline-)?(?:flex|grid)|flex-(?:row|col|column)|grid-[xy]|row|columns|[hv]stack)(?=\s|$)/;
const BOX_ROLES = new Set(['row', 'cell', 'gridcell', 'columnheader', 'rowheader']);

/** Whether an inline element shows as a box of its own, so its text is a word apart from its neighbours'. */
export function isSeparateBox(el: HtmlElement): boolean {
  const { style, role } = el.attribs;
  if ((style !== undefined && BOX_STYLE.test(style)) || (role !== undefined && BOX_ROLES.has(role))) return true;
  const parent = el.parent;
  if (!parent || !isElement(parent)) return false;
  // Most elements have neither: no test.
  const layout = parent.attribs.style !== undefined && LAYOUT_STYLE.test(attr(parent, 'style'));
  return layout || (parent.attribs.class !== undefined && LAYOUT_CLASS.test(attr(parent, 'class')));
}
