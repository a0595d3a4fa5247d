// Bengali has no Snowball stemmer and none in node_modules. Its nouns take
// their number, classifier and case as suffixes, outermost last: সাইকেল
// "bicycle", সাইকেলটা "the bicycle", সাইকেলের "of the bicycle",
// সাইকেলগুলোতে "on the bicycles", দামেই "at the price itself". A light
// stemmer in the manner of Dolamic & Savoy's for Bengali (TALIP 2010) strips
// them, again and again while three characters remain, so a word and its
// forms meet. A suffix that the grammar attaches after a vowel (genitive র,
// locative তে and য়) or after a consonant (genitive ের, locative ে) is stripped
// only there, so বছর "year" and সময় "time" keep their last letter; none is
// stripped from inside a conjunct (ঘণ্টা "hour" is no ঘণ্ + টা).
// Long and short ী/ি, ূ/ু are folded first, as Lucene's BengaliNormalizer
// folds them: loanwords are spelt either way (ব্যাটারী, ব্যাটারি "battery").

type After = 'any' | 'vowel' | 'glide' | 'consonant' | 'emphatic';

const SUFFIXES: readonly (readonly [string, After])[] = [
  // plural, then a case
  ...['গুলোকে', 'গুলোতে', 'গুলোর', 'গুলো', 'গুলিকে', 'গুলিতে', 'গুলির', 'গুলি', 'গুলা', 'দেরকে', 'দের'].map(
    (s) => [s, 'any'] as const,
  ),
  // a classifier, then a case
  ...['টাকে', 'টাতে', 'টায়', 'টার', 'টিকে', 'টিতে', 'টির', 'টা', 'টি'].map((s) => [s, 'any'] as const),
  ['রা', 'any'],
  ['কে', 'any'],
  ['তে', 'vowel'],
  ['ের', 'consonant'],
  ['য়', 'glide'],
  ['র', 'vowel'],
  ['ে', 'consonant'],
  // the emphatic particles ("the price itself", "the bicycle too")
  ['ই', 'emphatic'],
  ['ও', 'emphatic'],
];
const MIN_STEM = 3;
const HASANTA = '\u09CD';
const VOWEL = /[\u0985-\u0994\u09BE-\u09CC]$/u;
// The glide য় also follows the anusvara: পার্কিংয়ের "of the parking".
const ANUSVARA = '\u0982';
const CONSONANT = /[\u0995-\u09B9\u09BC\u09CE\u09DC-\u09DF]$/u;
const E_SIGN = '\u09C7';
const LONG_VOWELS = /[\u0988\u098A\u09C0\u09C2]/g;
const SHORT_VOWEL: Record<string, string> = { ঈ: 'ই', ঊ: 'উ', '\u09C0': '\u09BF', '\u09C2': '\u09C1' };

function fits(stem: string, after: After): boolean {
  if (stem.length < MIN_STEM || stem.endsWith(HASANTA)) return false;
  if (after === 'vowel') return VOWEL.test(stem);
  if (after === 'glide') return VOWEL.test(stem) || stem.endsWith(ANUSVARA);
  if (after === 'consonant') return CONSONANT.test(stem);
  if (after === 'emphatic') return CONSONANT.test(stem) || stem.endsWith(E_SIGN);
  return true;
}

/** A lower-case Bengali word (NFKC) without its number, classifier, case and emphatic suffixes, long ী and ূ read short. */
export function bengali(word: string): string {
  let stem = word.replace(LONG_VOWELS, (c) => SHORT_VOWEL[c] ?? c);
  for (;;) {
    const found = SUFFIXES.find(([s, after]) => stem.endsWith(s) && fits(stem.slice(0, -s.length), after));
    if (!found) return stem;
    stem = stem.slice(0, -found[0].length);
  }
}
