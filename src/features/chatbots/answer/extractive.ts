import type { Passage } from '../search/passage.js';
import { cut } from './snippet.js';
import { scoreUnits, type ScoredUnit } from './unit-scores.js';

/** Options of extractiveAnswer. */
export interface ExtractiveOptions {
  /** Rough length limit of the answer in characters, markers aside; 600 by default. */
  maxChars?: number;
}

// A code block longer than this is left on the page rather than quoted.
const MAX_CODE_CHARS = 800;
// A unit that introduces what follows it.
const INTRODUCES = /[:：]$/;
// A question: on a FAQ, the next entry's, whose answer is another topic.
const ASKS = /[?？؟]["'”’)\]]*$/u;

/**
 * The answer without a language model: whole units (sentences, list items,
 * code blocks) of the best section, quoted verbatim in the page's order
 * around the one that holds most of the question, ending with its [1]
 * marker. Empty when nothing can be quoted.
 *
 * Only the best section is quoted. The next section's best sentence was once
 * added when it held a question term the quote lacked, but on bench:answers
 * that sentence came from a section answering the question for 12 % of the
 * answers it was added to (13 % held-out), and no ranking feature tried (score
 * ratio, new terms' weight, coverage, same page) raised that above 19 %:
 * the other sections stay in `sources`, and the quote stays on one topic.
 */
export function extractiveAnswer(passages: Passage[], options: ExtractiveOptions = {}): string {
  const maxChars = options.maxChars ?? 600;
  const first = passages[0];
  if (!first) return '';
  const window = chooseWindow(scoreUnits(first), maxChars);
  if (window.length === 0) return '';
  return withMarker(format(window));
}

// The best unit, with its neighbours while they still hold the question (or
// continue it: the list or code a "…:" sentence introduces), in page order.
function chooseWindow(units: ScoredUnit[], maxChars: number): ScoredUnit[] {
  const quotable = units.filter((u) => u.kind !== 'label' && !(u.kind === 'code' && u.text.length > MAX_CODE_CHARS));
  // A label (a short heading inside the section) starts another topic: the quote goes on past it only for the question.
  const headed = new Set(units.filter((_, i) => units[i - 1]?.kind === 'label').map((u) => u.index));
  if (quotable.length === 0) return [];
  // A section found by its heading may hold the question nowhere in its text: quote its opening.
  const best = quotable.reduce((a, b) => (b.score > a.score ? b : a), quotable[0]!);
  const window = [best];
  let length = best.text.length;
  const fits = (unit: ScoredUnit) => length + unit.text.length <= maxChars;
  let before = quotable.indexOf(best) - 1;
  let after = quotable.indexOf(best) + 1;
  // What the best unit depends on: the sentence that introduces its list or code.
  const intro = quotable[before];
  if (
    (best.kind === 'item' || best.kind === 'code' || best.kind === 'row') &&
    intro &&
    INTRODUCES.test(intro.text) &&
    fits(intro)
  ) {
    window.unshift(intro);
    length += intro.text.length;
    before--;
  }
  for (;;) {
    const next = quotable[after];
    const previous = quotable[before];
    const last = window.at(-1)!;
    // A neighbour joins for the question's words, not for holding the kind of
    // answer asked for too (another time of day, under another heading).
    const continues =
      next !== undefined &&
      (next.topical > 0 ||
        (!headed.has(next.index) &&
          !ASKS.test(next.text) &&
          (INTRODUCES.test(last.text) || (next.kind === last.kind && next.kind !== 'sentence') || length < 120)));
    if (next && continues && fits(next)) {
      window.push(next);
      length += next.text.length;
      after++;
    } else if (
      previous &&
      previous.topical > 0 &&
      previous.kind !== 'code' &&
      // Nor does it reach back past the label the quote starts under.
      !headed.has(window[0]!.index) &&
      fits(previous)
    ) {
      window.unshift(previous);
      length += previous.text.length;
      before--;
    } else break;
  }
  if (window.length === 1 && best.text.length > maxChars) return [{ ...best, text: cut(best.text, maxChars) }];
  // A quote never ends on an introduction ("…the following structure:") whose list or code did not fit.
  while (window.length > 1 && INTRODUCES.test(window.at(-1)!.text)) window.pop();
  return window;
}

// Sentences of one block run on; list items, rows and blocks each take a line; code is fenced.
function format(units: ScoredUnit[]): string {
  let text = '';
  units.forEach((unit, i) => {
    const previous = units[i - 1];
    const body = unit.kind === 'code' ? `\`\`\`\n${unit.text}\n\`\`\`` : unit.text;
    if (!previous) text = body;
    // Chinese and Japanese sentences run on without a space after their full stop.
    else if (unit.kind === 'sentence' && previous.kind === 'sentence' && previous.block === unit.block)
      text += /[。！？]$/.test(previous.text) ? body : ` ${body}`;
    else text += `\n${body}`;
  });
  return text;
}

// The quote cites the first source.
function withMarker(text: string): string {
  return text.endsWith('```') ? `${text}\n[1]` : `${text} [1]`;
}
