// A section's text as the pieces a quote is made of: sentences (found by
// ICU's sentence segmenter in the page's language), list items, table rows
// and code blocks, in page order. Code is a unit of its own, never split or
// re-spaced; a short unpunctuated line before text (a "Note" label) is a label,
// unless it holds a datum ("Price €249.00", "Tel 01632 960 123"): that is text.
// Short lines one after another (an address, "Phone: …" and "Email: …" lines,
// a <dl>'s days and hours) head nothing: they are the text, and are quoted.

import { holdsAnyAnswerType } from '../search/answer-types.js';

/** One quotable piece of a section. */
export interface TextUnit {
  kind: 'sentence' | 'item' | 'row' | 'code' | 'label';
  text: string;
  /** Index of the block (line of a paragraph, list, table or code) it belongs to. */
  block: number;
}

const FENCE = '```';
const ITEM = /^\s*(?:[-*•–]|\d+[.)])\s/;
// Cells are joined by " | "; the text's own "|" was escaped (extract/text-builder.ts).
const ROW = / \| /;
const ESCAPED_PIPE = /\\\|/g;
const CONSOLE = /^(?:>>>|\.\.\.)(?: |$)/;
const TERMINAL = /[.!?。！？:;：；]["'”’)\]]*$/u;
// ICU breaks after every period before a capital; these do not end a sentence.
const ABBREVIATION =
  /(?:^|\s)(?:(?:\p{L}\.){1,3}|(?:mr|mrs|ms|dr|prof|st|vs|cf|approx|incl|nr|bzw|usw|ca|fig|vol|tel|fax)\.)\s*$/iu;

const segmenters = new Map<string, Intl.Segmenter>();

/** The units of `text` (a chunk's text) in page order. */
export function textUnits(text: string, language: string): TextUnit[] {
  const units: TextUnit[] = [];
  // Indices of the short unpunctuated lines: labels, or data when one follows another.
  const short = new Set<number>();
  let block = 0;
  let code: string[] | null = null;
  let paragraph: string[] = [];
  // Lines of a paragraph were separated by <br>: each is a block of its own, quoted on its own line.
  const flushParagraph = () => {
    for (const line of paragraph) {
      const text = unescapePipes(line.replace(/\s+/g, ' ').trim());
      if (text === '') continue;
      if (isShortLine(text)) {
        // A line holding a datum is text; it still marks the line before it as one of a run of short lines.
        short.add(units.length);
        units.push({ kind: holdsAnyAnswerType(text) ? 'sentence' : 'label', text, block });
      } else
        for (const sentence of splitSentences(text, language)) units.push({ kind: 'sentence', text: sentence, block });
      block++;
    }
    paragraph = [];
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (code !== null) {
      if (line.trim() === FENCE) {
        units.push({ kind: 'code', text: code.join('\n'), block: block++ });
        code = null;
      } else code.push(line);
    } else if (line.trim() === FENCE) {
      flushParagraph();
      code = [];
    } else if (CONSOLE.test(line.trim())) {
      // An interactive example (text trained before code was fenced): its lines up to a blank one.
      flushParagraph();
      const example = [line];
      while (i + 1 < lines.length && lines[i + 1]!.trim() !== '') example.push(lines[++i]!);
      units.push({ kind: 'code', text: example.join('\n'), block: block++ });
    } else if (line.trim() === '') {
      flushParagraph();
    } else if (ITEM.test(line) || ROW.test(line)) {
      if (paragraph.length > 0 && !ITEM.test(paragraph[0]!) && !ROW.test(paragraph[0]!)) flushParagraph();
      const text = ROW.test(line) ? line.trim() : unescapePipes(line.trim());
      units.push({ kind: ITEM.test(line) ? 'item' : 'row', text, block });
      if (i + 1 >= lines.length || !(ITEM.test(lines[i + 1]!) || ROW.test(lines[i + 1]!))) block++;
    } else paragraph.push(line);
  }
  if (code !== null) units.push({ kind: 'code', text: code.join('\n'), block: block++ });
  flushParagraph();
  // A label heads the text after it: one with nothing after it, or only another short line, is text.
  for (let i = 0; i < units.length; i++) {
    const next = units[i + 1];
    if (units[i]!.kind === 'label' && (next === undefined || short.has(i + 1))) units[i]!.kind = 'sentence';
  }
  return units;
}

/** The sentences of one line of prose, whitespace collapsed. */
export function splitSentences(text: string, language: string): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (ABBREVIATION.test(pending)) continue;
    if (pending.trim() !== '') sentences.push(pending.trim());
    pending = '';
  }
  if (pending.trim() !== '') sentences.push(pending.trim());
  return sentences;
}

// Outside a row, a "|" is plain text again; in a row, the escape tells it from the cells' separator.
function unescapePipes(text: string): string {
  return text.includes('\\|') ? text.replace(ESCAPED_PIPE, '|') : text;
}

function isShortLine(text: string): boolean {
  return !TERMINAL.test(text) && text.split(/\s+/).length <= 4 && text.length <= 40;
}
