import { marked } from 'marked';
import { htmlEngine } from '../campaigns/render/liquid-engines.js';
import { liquidSpans } from '../campaigns/render/liquid-mask.js';

// Stands in for one Liquid span while Markdown is converted: letters and
// digits only, so Markdown neither escapes nor emphasises it.
const PLACEHOLDER = /GRIVOLIQUID(\d+)X/g;

/**
 * Markdown with Liquid made into an HTML template, at save time. Liquid is
 * kept as written: Markdown would otherwise escape the quotes of
 * `{{ name | default: "there" }}`. Markdown whose Liquid does not tokenize is
 * converted as is, and the template check then names the problem.
 */
export function markdownToHtmlTemplate(markdown: string): string {
  let spans: ReturnType<typeof liquidSpans>;
  try {
    spans = liquidSpans(htmlEngine, markdown);
  } catch {
    return marked.parse(markdown, { async: false });
  }
  let masked = '';
  let at = 0;
  spans.forEach(({ begin, end }, i) => {
    masked += `${markdown.slice(at, begin)}GRIVOLIQUID${i}X`;
    at = end;
  });
  masked += markdown.slice(at);
  const html = marked.parse(masked, { async: false });
  return html.replace(PLACEHOLDER, (_, i: string) => {
    const span = spans[Number(i)]!;
    return markdown.slice(span.begin, span.end);
  });
}
