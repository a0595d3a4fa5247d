import { compile, type DomNode, type FormatCallback } from 'html-to-text';
import type { LiquidSpan } from './liquid-mask.js';

// Liquid markup is swapped for placeholders while the HTML is converted, so
// the converter can neither wrap a tag across lines, uppercase it in a
// heading, decode entities inside it nor mistake `{% if a < b %}` for markup.
// Private-use characters cannot come from the converter itself.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

// A link around nothing but an image (a logo, a banner) has no words to show
// in plain text; the built-in formatter would print its bare URL.
const textAnchor: FormatCallback = (elem, walk, builder, formatOptions) => {
  if (!hasText(elem)) return;
  builder.options.formatters.anchor!(elem, walk, builder, formatOptions);
};

const convert = compile({
  // Wrapping here would be done on the template, before names and URLs of
  // other lengths are filled in; mail clients wrap plain text themselves.
  wordwrap: false,
  formatters: { textAnchor },
  selectors: [
    { selector: 'a', format: 'textAnchor', options: { hideLinkHrefIfSameAsText: true, noAnchorUrl: true } },
    { selector: 'img', format: 'skip' },
    // Email HTML lays out with tables; each cell is a paragraph, not a column.
    ...['table', 'tbody', 'thead', 'tfoot', 'tr'].map((selector) => ({ selector, format: 'block' })),
    ...['td', 'th'].map((selector) => ({
      selector,
      format: 'block',
      options: { leadingLineBreaks: 1, trailingLineBreaks: 1 },
    })),
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
});

/**
 * A plain-text template made from an HTML template: the text a reader would
 * see, links as `words [url]`, with the Liquid markup kept as written.
 * Markup in parts that have no text (attributes other than href, <head>,
 * images) is dropped with them.
 */
export function textTemplateFromHtml(source: string, spans: LiquidSpan[]): string {
  let html = '';
  let at = 0;
  spans.forEach(({ begin, end }, i) => {
    html += withoutMarkers(source.slice(at, begin)) + OPEN + i + CLOSE;
    at = end;
  });
  html += withoutMarkers(source.slice(at));
  return convert(html).replace(PLACEHOLDER, (_, i: string) => {
    const span = spans[Number(i)]!;
    return source.slice(span.begin, span.end);
  });
}

function withoutMarkers(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}

function hasText(node: DomNode): boolean {
  if (node.type === 'text') return /\S/.test(node.data ?? '');
  return (node.children ?? []).some(hasText);
}
