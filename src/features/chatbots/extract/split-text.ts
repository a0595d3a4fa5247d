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

// A code block's opening or closing line (text-builder.ts fences code so).
const FENCE_LINE = /^[ \t]*```[ \t]*$/gm;
const FENCE = '```';
// What closing a piece's code block and opening it again in the next piece add.
const FENCE_ROOM = 2 * (FENCE.length + 1);
// A line of code: a cut there is worse than any outside code, better than none.
const CODE_LINE = 0.5;

/**
 * Cuts text into pieces of at most maxChars, preferring paragraph, then line,
 * then sentence, then word boundaries near targetChars. Only a single "word"
 * longer than maxChars (a URL, a base64 blob) is ever cut inside. A code
 * block is cut only when it is longer than a piece, between two of its lines,
 * and each piece then closes or opens it again with its own fence, so every
 * piece's code is a whole fenced block.
 */
export function splitText(text: string, sizes: SplitSizes): string[] {
  if (text.length <= sizes.maxChars) return [text];
  const fences = fenceLineEnds(text);
  const fits = fences.length > 0 ? { ...sizes, maxChars: sizes.maxChars - FENCE_ROOM } : sizes;
  const boundaries = findBoundaries(text, codeRanges(text, fences));
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > fits.maxChars) {
    const cut = chooseCut(boundaries, start, fits);
    const end = cut ? cut.start : hardCut(text, start + fits.maxChars);
    pieces.push(piece(text, start, end, fences));
    start = chooseOverlapStart(boundaries, start, end, fits.overlapChars) ?? (cut ? cut.end : end);
  }
  pieces.push(piece(text, start, text.length, fences));
  return pieces.filter((p) => p !== '');
}

/** text[start, end), trimmed, with a fence opening the code block it starts inside and closing the one it ends inside. */
function piece(text: string, start: number, end: number, fences: number[]): string {
  const open = (at: number) => fences.filter((lineEnd) => lineEnd <= at).length % 2 === 1;
  const opens = open(start);
  const closes = open(end);
  let body = text.slice(start, end);
  // A code line's indentation is the code's own.
  body = opens ? body.replace(/^\s*\n/, '').trimEnd() : body.trim();
  if (body === '') return '';
  return `${opens ? `${FENCE}\n` : ''}${body}${closes ? `\n${FENCE}` : ''}`;
}

/** Where each fence line ends, in order: a position after an odd number of them is inside code. */
function fenceLineEnds(text: string): number[] {
  return [...text.matchAll(FENCE_LINE)].map((m) => m.index + m[0].length);
}

/** The inside of each code block: from its opening line's end to its closing line's start. */
function codeRanges(text: string, fences: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < fences.length; i += 2) {
    const closing = fences[i + 1];
    ranges.push([fences[i]!, closing === undefined ? text.length : closing - FENCE.length]);
  }
  return ranges;
}

function findBoundaries(text: string, code: [number, number][]): Boundary[] {
  const found: Boundary[] = [];
  let block = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const start = match.index;
    const end = start + match[0].length;
    while (block < code.length && code[block]![1] < start) block++;
    const inside = block < code.length && start >= code[block]![0] && start < code[block]![1];
    const strength = match[1] !== undefined ? 3 : match[2] !== undefined ? 2 : match[3] !== undefined ? 1 : 0;
    if (!inside) found.push({ start, end, strength });
    // Inside code only between two of its lines: not right after the opening
    // fence nor right before the closing one (a piece would hold an empty block).
    // The next piece starts at its line's indentation, which is the code's own.
    else if (strength >= 2 && start > code[block]![0] && end < code[block]![1])
      found.push({ start, end: start + match[0].lastIndexOf('\n') + 1, strength: CODE_LINE });
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
