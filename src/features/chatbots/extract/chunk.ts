import { splitText, type SplitSizes } from './split-text.js';
import type { Chunk, ExtractedPage, Section } from './types.js';

export type { Chunk } from './types.js';

/** Chunk sizes in characters; unset fields fall back to DEFAULT_CHUNK_OPTIONS. */
export interface ChunkOptions {
  targetChars?: number;
  maxChars?: number;
  overlapChars?: number;
  /** Sections without an anchor and with less own text than this are folded into their parent's chunk when it comes right before. */
  minSectionChars?: number;
}

export const DEFAULT_CHUNK_OPTIONS = {
  targetChars: 1200,
  maxChars: 1600,
  overlapChars: 200,
  minSectionChars: 200,
} as const;

/**
 * Cuts a page's sections into search/citation chunks.
 *
 * A chunk is cited by its heading path and anchor, so every chunk holds the
 * text of one section, or of one section and subsections it encloses: a
 * citation lands on the heading the quoted text is under. A section with an
 * anchor of its own, however short (a "Phone" heading over one line), starts
 * its own chunk(s); folding it into the previous one cited the previous
 * heading. Long sections are split (splitText) and every piece keeps the
 * section's heading path and anchor, with a sentence-aligned overlap. A short
 * section without an anchor (a heading with a line or two) is appended to its
 * parent's chunk when that comes right before — prefixed by its heading so the
 * words stay searchable — and the result still fits maxChars; otherwise it
 * stands alone (after a sibling, the sibling's heading would be cited).
 * Sections without text produce nothing.
 */
export function chunkSections(page: ExtractedPage, options: ChunkOptions = {}): Chunk[] {
  const { sizes, minSectionChars } = resolveOptions(options);
  const chunks: Chunk[] = [];
  for (const section of page.sections) {
    const text = section.text.trim();
    if (text === '') continue;
    const previous = chunks[chunks.length - 1];
    if (text.length < minSectionChars && previous && canAbsorb(previous, section, text, sizes.maxChars)) {
      previous.text += `\n\n${labelled(section, text)}`;
      continue;
    }
    for (const piece of splitText(text, sizes)) {
      chunks.push({ position: chunks.length, headingPath: section.headingPath, anchor: section.anchor, text: piece });
    }
  }
  return chunks;
}

function resolveOptions(options: ChunkOptions): { sizes: SplitSizes; minSectionChars: number } {
  const maxChars = Math.max(100, options.maxChars ?? DEFAULT_CHUNK_OPTIONS.maxChars);
  const targetChars = Math.min(
    maxChars,
    options.targetChars ?? Math.min(DEFAULT_CHUNK_OPTIONS.targetChars, Math.round(maxChars * 0.75)),
  );
  // Overlap must stay below the shortest cut (60 % of target) or splitting could stall.
  const overlapChars = Math.max(
    0,
    Math.min(options.overlapChars ?? DEFAULT_CHUNK_OPTIONS.overlapChars, Math.floor(targetChars * 0.4)),
  );
  const minSectionChars = Math.min(options.minSectionChars ?? DEFAULT_CHUNK_OPTIONS.minSectionChars, maxChars);
  return { sizes: { targetChars, maxChars, overlapChars }, minSectionChars };
}

// Only the parent's chunk: its heading and anchor enclose the section, so citing them stays right.
function canAbsorb(previous: Chunk, section: Section, text: string, maxChars: number): boolean {
  const path = section.headingPath;
  // A headingless lead-in must not swallow the first heading: that heading's anchor and path are worth more.
  if (section.anchor !== null || path.length < 2) return false;
  return (
    samePath(previous.headingPath, path.slice(0, -1)) &&
    previous.text.length + 2 + labelled(section, text).length <= maxChars
  );
}

function labelled(section: Section, text: string): string {
  const heading = section.headingPath[section.headingPath.length - 1];
  return heading ? `${heading}\n${text}` : text;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}
