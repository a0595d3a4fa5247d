// Persian has no Snowball stemmer and no maintained JavaScript one (nlp.js's
// and natural's are empty). Its nouns and verbs take their endings as
// suffixes — plurals (ها، های، ات; not ان, which ends too many words),
// possessive and object pronouns (ش، م، ت، شان، تان، مان and the spoken شون،
// تون، مون), comparatives (تر، ترین) and the ezafe or indefinite ی — written joined or after a zero-width
// non-joiner (which the analyzer already splits at). This strips them, longest
// first, again and again while at least three letters remain, so that a word
// and its forms meet whatever they end in: باتری and باتریش (its battery),
// دختر and دخترم (my daughter). Stripping only once ranked the benchmark's
// Persian site a little better (MRR@3 0.625 against 0.589) but answered fewer
// of its questions (60.0 against 66.7 %) and leaves باتری (→ باتر) apart
// from باتریش (→ باتری).
// A verb's person is its ending too (می‌فروشیم "we sell", می‌فروشید "you
// sell", می‌فروشند "they sell"; spoken, the second plural as ین: دارین): the
// plural persons' endings are stripped as well, so a shop's "we" and its
// visitors' "you" are stripped alike (فروشیم, فروشید). With the ezafe and
// tanwin marks dropped (normalize.ts), on the answers benchmark's Persian
// site: MRR@3 0.586 → 0.594, page@3 51.7 → 55.0 %, answered 66.7 → 75.0 %,
// off-topic refused 85.0 → 83.3 % (held-out half: 0.563 → 0.592, 51.7 →
// 55.2 %, 65.5 → 72.4 %, 79.4 % unchanged).
const SUFFIXES = [
  'هایشان',
  'هایتان',
  'هایمان',
  'هاشون',
  'هاتون',
  'هامون',
  'ترین',
  'شان',
  'تان',
  'مان',
  'شون',
  'تون',
  'مون',
  'های',
  'ها',
  'تر',
  'ات',
  'ای',
  'ید',
  'یم',
  'ند',
  'ین',
  'ی',
  'ش',
  'م',
  'ت',
];
const MIN_STEM = 3;
const ARABIC_FORMS = /[يكى]/g;
const PERSIAN_FORM: Record<string, string> = { ي: 'ی', ى: 'ی', ك: 'ک' };

/** A lower-case Persian word without its inflectional suffix; Arabic ي and ك read as ی and ک. */
export function persian(word: string): string {
  let stem = word.replace(ARABIC_FORMS, (c) => PERSIAN_FORM[c] ?? c);
  for (;;) {
    const suffix = SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM);
    if (!suffix) return stem;
    stem = stem.slice(0, -suffix.length);
  }
}
