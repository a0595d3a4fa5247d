/** Sizes for cutting one long text; all in UTF-16 characters. */
export interface SplitSizes {
  /** Preferred piece length; cuts are looked for from 60 % of it up to maxChars. */
  targetChars: number;
  maxChars: number;
  /** Up to this much of a piece's tail (whole sentences only) is repeated at the next piece's start. */
  overlapChars: number;
}

interface Boundary {
  /** Where the separator starts: a piece ending here ends cleanly. */
  start: number;
  /** Where the separator ends: a piece starting here starts cleanly. */
  end: number;
  /** 3 paragraph, 2 line, 1 sentence, 0 word. */
  strength: number;
}

// One alternative per boundary kind, strongest first. A sentence ends at . ! ? …
// optionally followed by closing quotes/brackets; CJK full stops need no space.
const BOUNDARY = /(\n[ \t]*\n\s*)|([ \t]*\n[ \t]*)|((?<=[.!?…][)"'”’\]]*)[ \t]+|(?<=[。！？])(?=\S))|([ \t]+)/g;

/**
 * Cuts text into pieces of at most maxChars, preferring paragraph, then line,
 * then sentence, then word boundaries near targetChars. Only a single "word"
 * longer than maxChars (a URL, a base64 blob) is ever cut inside.
 */
export function splitText(text: string, sizes: SplitSizes): string[] {
  if (text.length <= sizes.maxChars) return [text];
  const boundaries = findBoundaries(text);
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > sizes.maxChars) {
    const cut = chooseCut(boundaries, start, sizes);
    const end = cut ? cut.start : hardCut(text, start + sizes.maxChars);
    pieces.push(text.slice(start, end).trim());
    start = chooseOverlapStart(boundaries, start, end, sizes.overlapChars) ?? (cut ? cut.end : end);
  }
  pieces.push(text.slice(start).trim());
  return pieces.filter((piece) => piece !== '');
}

function findBoundaries(text: string): Boundary[] {
  const found: Boundary[] = [];
  for (const match of text.matchAll(BOUNDARY)) {
    const strength = match[1] !== undefined ? 3 : match[2] !== undefined ? 2 : match[3] !== undefined ? 1 : 0;
    found.push({ start: match.index, end: match.index + match[0].length, strength });
  }
  return found;
}

function chooseCut(boundaries: Boundary[], start: number, sizes: SplitSizes): Boundary | null {
  const lowest = start + Math.floor(sizes.targetChars * 0.6);
  const highest = start + sizes.maxChars;
  const ideal = start + sizes.targetChars;
  let best: Boundary | null = null;
  let fallback: Boundary | null = null;
  for (let i = firstAfter(boundaries, start); i < boundaries.length; i++) {
    const b = boundaries[i]!;
    if (b.start > highest) break;
    if (b.start <= start) continue;
    fallback = b;
    if (b.start < lowest) continue;
    const better =
      !best ||
      b.strength > best.strength ||
      (b.strength === best.strength && Math.abs(b.start - ideal) < Math.abs(best.start - ideal));
    if (better) best = b;
  }
  return best ?? fallback;
}

/** Earliest sentence-or-stronger boundary within overlapChars before end, so the next piece starts on a sentence. */
function chooseOverlapStart(
  boundaries: Boundary[],
  pieceStart: number,
  end: number,
  overlapChars: number,
): number | null {
  if (overlapChars <= 0) return null;
  for (let i = firstAfter(boundaries, end - overlapChars); i < boundaries.length; i++) {
    const b = boundaries[i]!;
    if (b.end >= end) return null;
    if (b.strength >= 1 && b.end > pieceStart && b.end >= end - overlapChars) return b.end;
  }
  return null;
}

/** Index of the first boundary starting at or after position (binary search). */
function firstAfter(boundaries: Boundary[], position: number): number {
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (boundaries[mid]!.start < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Cut position for an unbreakable run, moved back so a surrogate pair stays whole. */
function hardCut(text: string, position: number): number {
  const code = text.charCodeAt(position - 1);
  return code >= 0xd800 && code <= 0xdbff ? position - 1 : position;
}
