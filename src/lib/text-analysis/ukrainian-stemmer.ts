import { stemmer } from '@orama/stemmers/ukrainian';

// Orama's Ukrainian stemmer (nlp.js's, the same rules) strips the endings
// Ukrainian shares with Russian but not its own verb endings, so a verb's
// forms stay apart: доставляєте, доставляють, доставляти ("you deliver",
// "they deliver", "to deliver") gave доставляєт, доставляют, доставл, and
// the -ува- verbs' infinitive met none of their present (ремонтувати /
// ремонтуєте: ремонтув / ремонтуєт). The present's and the future's
// personal endings are taken off first, what the stemmer leaves of -ува-
// and of -ія nouns' cases (гарантії, гарантією) after.
const PERSONAL_ENDING =
  /(?:тимемо|тимете|тимуть|тимеш|тиме|тиму|єте|ємо|єш|ють|ете|емо|еш|уть|ите|имо|иш|ить|ять|ать)$/;
const MIN_STEM = 3;

/** A lower-case Ukrainian word's stem. */
export function ukrainian(word: string): string {
  const ending = PERSONAL_ENDING.exec(word);
  const base = ending && ending.index >= MIN_STEM ? word.slice(0, ending.index) : word;
  let stem = stemmer(base);
  stem = stem.replace(/[ую]в$/, '');
  if (stem.length > 4) stem = stem.replace(/(?:іє|і|у|ю)$/, '');
  return stem;
}
