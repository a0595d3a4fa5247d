import { analyze } from '../../../lib/text-analysis/analyzer.js';
import { holdsAnswerType, namesKind } from '../search/answer-types.js';
import type { Passage } from '../search/passage.js';
import { textUnits, type TextUnit } from './units.js';

/** A unit of a passage with the share of the question it holds. */
export interface ScoredUnit extends TextUnit {
  /** Position in the passage. */
  index: number;
  /** idf-weighted share of the question's terms in the unit (0–1), plus ANSWER_TYPE_SHARE when it holds the kind of answer asked for. */
  score: number;
  /** The score without the answer type's share: how much of the question's words it holds or is introduced by. */
  topical: number;
  /** The question's terms it holds. */
  terms: Set<string>;
}

// The unit after a heading or a label says what it is about: a section's
// opening sentence (its heading, or a signature `str.split(sep=None)` before
// it), and the sentence under a short heading merged into the chunk ("Our
// address" above "Unit 4, Kirkstall Road"). It shares their score.
const INTRODUCED_SHARE = 0.8;
// A unit holding the kind of answer asked for ("email address?": the one with
// the address in it) counts as holding this much more of the question.
const ANSWER_TYPE_SHARE = 0.5;

/** A passage's units, each scored against the question's terms in the passage's language. */
export function scoreUnits(
  passage: Pick<Passage, 'text' | 'language' | 'terms' | 'headingPath' | 'answerTypes'>,
): ScoredUnit[] {
  const types = passage.answerTypes ?? [];
  // A word that only names the kind of answer asked for ("cost", "phone") is
  // what the answer's pattern scores: "how much does whitening cost" is
  // answered by the price of whitening, not by another price that "costs".
  const terms = types.length > 0 ? passage.terms.filter((t) => !namesKind(types, t.term)) : passage.terms;
  const weights = new Map<string, { term: string; idf: number }>();
  for (const t of terms) {
    for (const variant of t.variants) if (!weights.has(variant)) weights.set(variant, t);
    weights.set(t.term, t);
  }
  const total = terms.reduce((sum, t) => sum + t.idf, 0) || 1;
  const score = (text: string) => {
    const terms = new Set<string>();
    for (const found of analyze(text, passage.language)) {
      const term = weights.get(found);
      if (term) terms.add(term.term);
    }
    let sum = 0;
    for (const term of terms) sum += weights.get(term)!.idf;
    return { terms, score: sum / total };
  };
  // What introduces the next unit: the section's heading, then each label.
  let introduction = score(passage.headingPath.at(-1) ?? '').score;
  return textUnits(passage.text, passage.language).map((unit, index) => {
    const own = score(unit.text);
    if (unit.kind === 'label') {
      introduction = Math.max(introduction, own.score);
      return { ...unit, index, score: 0, topical: 0, terms: own.terms };
    }
    const inherited = INTRODUCED_SHARE * introduction;
    introduction = 0;
    const typed = holdsAnswerType(types, unit.text) ? ANSWER_TYPE_SHARE : 0;
    const topical = Math.max(own.score, inherited);
    return { ...unit, index, score: topical + typed, topical, terms: own.terms };
  });
}
