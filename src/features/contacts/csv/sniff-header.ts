import { CR, FF, LF, QUOTE, SPACE, TAB, VT } from './char-codes.js';

/** The delimiters a header line is tested for, in order of preference on a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** No header line in this many characters means the file is not a CSV with a header (or a quote is never closed). */
export const MAX_HEADER_CHARS = 1_000_000;

/** What the start of a file says about its header line. */
export type HeaderSniff =
  | {
      kind: 'header';
      /** Where the header line starts, after any leading whitespace-only lines. */
      start: number;
      /** Line breaks before `start` (CRLF counts once), so the header is on line `lineBreaks + 1`. */
      lineBreaks: number;
      delimiter: string;
    }
  | { kind: 'empty' }
  | { kind: 'too-long' };

/**
 * Finds the header line at the start of `text` and its delimiter: the most
 * frequent of `,` `;` tab `|` outside quotes, `,` when there is none.
 * Returns undefined when the line is not complete yet and more text may come
 * (`final` false). Works on raw text: CR, LF and CRLF all end a line, and
 * only ASCII matters, so it gives the same answer on bytes read as latin1.
 */
export function sniffHeader(text: string, final: boolean): HeaderSniff | undefined {
  const n = text.length;
  let start = 0;
  let lineBreaks = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === CR || (c === LF && (i === 0 || text.charCodeAt(i - 1) !== CR))) {
      lineBreaks++;
      start = i + 1;
    } else if (c === LF) {
      start = i + 1;
    } else if (c !== SPACE && c !== TAB && c !== VT && c !== FF) {
      break;
    }
  }
  if (i === n) return final ? { kind: 'empty' } : n > MAX_HEADER_CHARS ? { kind: 'too-long' } : undefined;

  const counts = [0, 0, 0, 0];
  let inQuotes = false;
  let fieldStart = true;
  let end = -1;
  for (let j = start; j < n && end === -1; j++) {
    const c = text.charCodeAt(j);
    if (inQuotes) {
      if (c !== QUOTE) continue;
      if (j + 1 === n && !final) return undefined; // `""` or a closing quote: the next piece decides
      if (text.charCodeAt(j + 1) === QUOTE) j++;
      else inQuotes = false;
    } else if (c === LF || c === CR) {
      end = j;
    } else if (c === QUOTE && fieldStart) {
      inQuotes = true;
      fieldStart = false;
    } else {
      const d = c === 44 ? 0 : c === 59 ? 1 : c === TAB ? 2 : c === 124 ? 3 : -1;
      if (d !== -1) counts[d]!++;
      fieldStart = d !== -1;
    }
  }
  if (end === -1 && !final) return n - start > MAX_HEADER_CHARS ? { kind: 'too-long' } : undefined;
  let best = 0;
  for (let d = 1; d < counts.length; d++) if (counts[d]! > counts[best]!) best = d;
  return { kind: 'header', start, lineBreaks, delimiter: DELIMITERS[best]! };
}
