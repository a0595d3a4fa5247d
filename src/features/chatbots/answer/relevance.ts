import type { Passage } from './passage.js';
import { contentTerms } from './terms.js';

/**
 * The least weighted share of a question's terms the best passage must hold
 * for the question to count as answered by the site. Above a half on purpose:
 * stemming makes "capital" and "capitalize" one term, so "what is the capital
 * of France?" finds half its terms in the docs of str.capitalize. A question
 * sharing one incidental word ("who won the football *world* cup") stays far
 * below; a two-word question needs both words, or its much longer one.
 */
export const RELEVANCE_THRESHOLD = 0.6;

/**
 * The weighted share of `questionTerms` (stemmed, as from contentTerms) found
 * in `passageText`, from 0 to 1. Longer terms weigh more, a cheap stand-in for
 * rarity: "str.split" or "comprehension" say more about a topic than "list".
 * A compound identifier counts as present when all its parts are, so
 * `str.split` is found in "the split() method of str".
 */
export function coverage(questionTerms: string[], passageText: string): number {
  return coverageIn(questionTerms, new Set(contentTerms(passageText)));
}

/** coverage() against terms already extracted, for scoring many texts against one question. */
export function coverageIn(questionTerms: string[], found: ReadonlySet<string>): number {
  let total = 0;
  let present = 0;
  for (const term of questionTerms) {
    const weight = termWeight(term);
    total += weight;
    if (isPresent(term, found)) present += weight;
  }
  return total === 0 ? 0 : present / total;
}

/** The best coverage of `question` among `passages`, each read as its title, headings and text. */
export function bestCoverage(question: string, passages: Passage[]): number {
  const terms = contentTerms(question);
  let best = 0;
  for (const passage of passages) best = Math.max(best, coverage(terms, passageContext(passage)));
  return best;
}

/**
 * Whether the retrieved passages answer `question` at all. Retrieval always
 * returns its nearest passages, even for "what is the capital of France?" on a
 * documentation site; this is what keeps those unanswered. A question with no
 * content words ("what is it?") is never relevant.
 */
export function isRelevant(question: string, passages: Passage[], threshold = RELEVANCE_THRESHOLD): boolean {
  return passages.length > 0 && bestCoverage(question, passages) >= threshold;
}

/** The passage as a reader sees it: where it is, then what it says. */
export function passageContext(passage: Pick<Passage, 'pageTitle' | 'headingPath' | 'text'>): string {
  return [passage.pageTitle, ...passage.headingPath, passage.text].join('\n');
}

/** A term's weight: its length, so long specific terms count more, within bounds. */
export function termWeight(term: string): number {
  return Math.min(Math.max(term.length, 2), 12);
}

function isPresent(term: string, found: ReadonlySet<string>): boolean {
  if (found.has(term) || hasStemSibling(term, found)) return true;
  const parts = term.split(/[._]+/).filter((part) => part !== '');
  // Parts were stemmed and filtered by contentTerms; re-derive them the same way.
  if (parts.length < 2 && parts[0] === term) return false;
  const partTerms = contentTerms(parts.join(' '));
  return partTerms.length > 0 && partTerms.every((part) => found.has(part));
}

/**
 * Porter stems "define" to defin but "definition" to definit: a found term
 * that extends the term (or is extended by it) by a short suffix counts, when
 * the shorter one is long enough not to be a mere prefix ("class" and "classifi" do).
 */
function hasStemSibling(term: string, found: ReadonlySet<string>): boolean {
  if (term.length < 5 || !/^\p{L}+$/u.test(term)) return false;
  for (const other of found) {
    const [short, long] = other.length < term.length ? [other, term] : [term, other];
    if (short.length >= 5 && long.length - short.length <= 3 && long.startsWith(short)) return true;
  }
  return false;
}
