import { Marked } from 'marked';

/** Markdown (or plain text) as HTML whose headings carry anchors. */
export function markdownHtml(text: string): string {
  const slug = headingIds();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(inner)}">${inner}</h${depth}>\n`;
      },
    },
  });
  return marked.parse(text, { async: false });
}

/** Anchors for a page's headings as GitHub makes them: lower case, letters, digits, - and _; repeats numbered. */
export function headingIds(): (html: string) => string {
  const seen = new Map<string, number>();
  return (html) => {
    const base =
      html
        .replace(/<[^>]*>/g, '')
        .replace(/&[#\w]+;/g, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
        .trim()
        .replace(/\s+/g, '-') || 'section';
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
