import { createHash } from 'node:crypto';

// A chunk's text is blocks (paragraphs, lists, tables, code) separated by a
// blank line (see TextBuilder). The same block on many of a site's pages is
// its chrome: a cookie notice, a tagline, a newsletter box, a footer widget.

const BLOCK_BREAK = '\n\n';
const FENCE = '```';
// Shorter blocks are labels ("Note", "Parameters", "See also"): repeated on
// many pages of any documentation, and no chrome worth finding.
const MIN_BLOCK_CHARS = 12;

/** The blocks of a chunk's text, in order; a code block whole, however many blank lines it holds. */
export function textBlocks(text: string): string[] {
  const blocks: string[] = [];
  let open: string[] | null = null;
  for (const part of text.split(BLOCK_BREAK)) {
    if (open) {
      open.push(part);
      if (fences(part) % 2 === 1) {
        blocks.push(open.join(BLOCK_BREAK));
        open = null;
      }
    } else if (fences(part) % 2 === 1) open = [part];
    else blocks.push(part);
  }
  if (open) blocks.push(open.join(BLOCK_BREAK));
  return blocks;
}

const fences = (part: string) => part.split(FENCE).length - 1;

/**
 * A block's key: a short hash of its text, case and spacing aside (the same
 * footer on every page, however its markup is indented), or null for a label
 * too short to tell chrome from content.
 */
export function blockKey(block: string): string | null {
  const normalized = block.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (normalized.length < MIN_BLOCK_CHARS) return null;
  // 72 bits: no two of a site's blocks will share one.
  return createHash('sha256').update(normalized).digest('base64url').slice(0, 12);
}

/** The distinct keys of the blocks of a page's chunks, sorted. */
export function pageBlockKeys(texts: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const text of texts)
    for (const block of textBlocks(text)) {
      const key = blockKey(block);
      if (key !== null) keys.add(key);
    }
  return [...keys].sort();
}

/** The text without the blocks whose key is in `cut`; '' when nothing but labels is left. */
export function cutBlocks(text: string, cut: ReadonlySet<string>): string {
  if (cut.size === 0) return text;
  const blocks = textBlocks(text).map((block) => ({ block, key: blockKey(block) }));
  const kept = blocks.filter(({ key }) => key === null || !cut.has(key));
  if (kept.length === blocks.length) return text;
  // What is left of a block cut around it, when only labels are (the cookie
  // notice's "Learn more"), went with it: no answer stands in a label alone.
  if (kept.every(({ key }) => key === null)) return '';
  return kept
    .map(({ block }) => block)
    .join(BLOCK_BREAK)
    .trim();
}
