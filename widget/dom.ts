// The only way the widget makes DOM: elements and text nodes. Data from the
// server never reaches innerHTML, so a trained page holding <script> or an
// onerror attribute stays inert text.

type Child = Node | string | null | undefined | false;

/** An element with constant attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Record<string, string> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) for (const name of Object.keys(attrs)) el.setAttribute(name, attrs[name] as string);
  for (const child of children) if (child) el.append(child);
  return el;
}

const FENCE = /```\n?([\s\S]*?)\n?```/g;

/** An answer as text, its ``` fenced code blocks as <pre>: text nodes only, never HTML. */
export function answerNodes(answer: string): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const match of answer.matchAll(FENCE)) {
    if (match.index > at) nodes.push(document.createTextNode(answer.slice(at, match.index).replace(/\n$/, '')));
    nodes.push(h('pre', null, h('code', null, match[1] ?? '')));
    at = match.index + match[0].length;
  }
  if (at < answer.length) nodes.push(document.createTextNode(answer.slice(at).replace(/^\n/, '')));
  return nodes;
}

/** The URL when it is http(s), else null: no javascript:, data: or relative links. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** A 24×24 stroked icon from a constant path. */
export function icon(path: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const p = document.createElementNS(SVG, 'path');
  p.setAttribute('d', path);
  svg.append(p);
  return svg;
}

export const CHAT_ICON = 'M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z';
export const CLOSE_ICON = 'M6 6l12 12M18 6L6 18';
export const SEND_ICON = 'M4 12l16-8-6 16-2.5-6.5z';
// Drawn thumb up; "Not helpful" shows it flipped (styles.ts).
export const THUMB_ICON = 'M7 10v11H3V10zm0 0l4-8c1.7 0 3 1.3 3 3v4h5a2 2 0 0 1 2 2.3l-1.3 7.5a2 2 0 0 1-2 1.2H7';
