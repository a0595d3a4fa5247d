import type { Passage } from '../search/passage.js';
import { scoreUnits } from './unit-scores.js';

const SNIPPET_CHARS = 240;

/**
 * The part of a passage that matches the question best, as a reader would
 * want to see it under a link: its best prose sentence (or list item) and
 * those after it, within ~240 characters; code is left to the page.
 */
export function bestSnippet(
  passage: Pick<Passage, 'text' | 'language' | 'terms' | 'headingPath' | 'answerTypes'>,
): string {
  const units = scoreUnits(passage).filter((u) => u.kind !== 'code' && u.kind !== 'label');
  if (units.length === 0) return cut(passage.text.replace(/\s+/g, ' ').trim(), SNIPPET_CHARS);
  const best = units.reduce((a, b) => (b.score > a.score ? b : a), units[0]!);
  let snippet = best.text;
  for (const next of units.slice(units.indexOf(best) + 1)) {
    if (snippet.length + 1 + next.text.length > SNIPPET_CHARS) break;
    snippet += ` ${next.text}`;
  }
  return cut(snippet, SNIPPET_CHARS);
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max - 1);
  const space = slice.lastIndexOf(' ');
  return `${space > max / 2 ? slice.slice(0, space) : slice}…`;
}
