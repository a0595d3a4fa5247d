// Hebrew has no Snowball stemmer and no maintained JavaScript one. It marks
// plurals with a suffix (ים, ות) and writes five letters in another form at
// the end of a word (ך ם ן ף ץ); it also writes its article, prepositions
// and conjunctions onto the word (ה "the", ב "in", ל "to", מ "from", ו "and",
// ש "that": המחיר, במחיר), and without a dictionary a prefix cannot be told
// from a root letter (מחיר, "price", begins with מ). So the stem drops the
// plural and evens the final letters out, and each word is also indexed and
// asked without its first letter when that may be a prefix: המחיר gives
// המחיר and מחיר, מחיר gives מחיר and חיר, and the two meet on מחיר.
// Measured on the answers benchmark's Hebrew site against no stemming: MRR@3
// 0.419 → 0.453, page@3 31.7 → 41.7 %, answered 58.3 → 86.7 %, off-topic
// refused 95.0 → 85.0 %. Stripping prefixes instead (up to one, two or three
// letters) ranked worse (0.381–0.403) and conflated more.
const PREFIX_LETTERS = new Set(['ה', 'ב', 'ל', 'מ', 'ו', 'ש', 'כ']);
const PLURALS = ['ים', 'ות'];
const MIN_STEM = 3;
const FINAL_FORMS: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };
const FINAL = /[ךםןףץ]/g;

/** A lower-case Hebrew word without its plural ending, its final letters as ordinary ones. */
export function hebrew(word: string): string {
  const plural = PLURALS.find((p) => word.endsWith(p) && word.length - p.length >= MIN_STEM);
  return (plural ? word.slice(0, -plural.length) : word).replace(FINAL, (c) => FINAL_FORMS[c] ?? c);
}

/** A stemmed Hebrew word without its first letter when that may be a prefix (none when it cannot be). */
export function withoutPrefix(stem: string): string[] {
  return PREFIX_LETTERS.has(stem[0]!) && stem.length - 1 >= MIN_STEM ? [stem.slice(1)] : [];
}
