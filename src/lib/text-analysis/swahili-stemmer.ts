// A light stemmer for Swahili, taking off what the grammar puts around a
// verb's root (Ashton's "Swahili Grammar"; the prefix stripping of the
// rule-based Swahili stemmers): the subject and tense prefixes (tu-na-
// "we …", m-na- "you …", a-li- "he …ed"), a relative and an object marker
// after them (tu-li-yo-ku-letea), the negative prefixes with their tenses
// (hazi-ja-fika), the habitual hu- and the infinitive ku-; then the verb's
// final vowel, its passive -w- and its applicative -i-/-e-, so tunatengeneza,
// mnatengeneza, kutengeneza, kutengenezwa and kutengenezea meet; and the
// enclitic -je "how" (tu-na-zima-je). A noun's locative -ni comes off first
// (duka-ni "at the shop"). A prefix comes off only if a root of four letters
// stays, so short words (kuna, wana, huku) stay whole. On the answers
// benchmark's Swahili site a three-letter root (tu-na-uza) gave page@3 56.7 %,
// answered 86.7 %, off-topic refused 76.7 %; four: 58.3, 85.0, 78.3 %.

// Not ku- (class 15) nor pa- (class 16): ku-li-pia would read as a tense where it is the infinitive of lipia.
const SUBJECTS = ['ni', 'u', 'a', 'tu', 'mu', 'm', 'wa', 'i', 'zi', 'ki', 'vi', 'li', 'ya'];
const TENSES = ['ngali', 'nge', 'na', 'li', 'ta', 'me', 'ki', 'ka'];
const NEGATIVES = ['hatu', 'hamu', 'ham', 'hawa', 'hau', 'hai', 'hazi', 'haki', 'havi', 'hali', 'haya', 'haku', 'hapa'];
const NEGATIVE_TENSES = ['ja', 'ta', 'ku'];
// ha- (he, she), hu- (you) and si- (I) negate only before a tense: alone they begin too many words.
const SHORT_NEGATIVES = ['ha', 'hu', 'si'];
const RELATIVES = ['vyo', 'cho', 'ye', 'yo', 'zo', 'lo', 'po', 'ko', 'mo'];
const OBJECTS = ['ni', 'ku', 'mw', 'm', 'tu', 'wa', 'ji', 'i', 'zi', 'ki', 'vi', 'li', 'ya'];

const ROOT = 4;

/** A lower-case Swahili word's stem: its verb prefixes and suffixes, or its locative -ni, off. */
export function swahili(word: string): string {
  const noun = withoutLocative(word);
  const root = verbRoot(noun);
  return root === null ? noun : withoutVerbSuffixes(root);
}

/** The word after its subject-tense (or negative, habitual, infinitive) prefixes and markers, or null. */
function verbRoot(word: string): string | null {
  for (const prefix of prefixes(word)) {
    // The enclitic -je "how" first, so its verb's root is what the markers are read before.
    const rest = word.slice(prefix.length).replace(/(?<=.{4})je$/, '');
    if (rest.length < ROOT) continue;
    return withoutObject(withoutRelative(rest));
  }
  return null;
}

/** The verb prefixes the word could begin with, the longest first. */
function prefixes(word: string): string[] {
  const found: string[] = [];
  for (const subject of SUBJECTS)
    if (word.startsWith(subject))
      for (const tense of TENSES) if (word.startsWith(tense, subject.length)) found.push(subject + tense);
  for (const negative of NEGATIVES)
    if (word.startsWith(negative)) {
      for (const tense of NEGATIVE_TENSES) if (word.startsWith(tense, negative.length)) found.push(negative + tense);
      found.push(negative);
    }
  for (const negative of SHORT_NEGATIVES)
    for (const tense of NEGATIVE_TENSES) if (word.startsWith(negative + tense)) found.push(negative + tense);
  if (word.startsWith('hu')) found.push('hu');
  if (word.startsWith('ku')) found.push('ku');
  else if (/^kw[aeio]/.test(word)) found.push('kw');
  return found.sort((a, b) => b.length - a.length);
}

function withoutRelative(rest: string): string {
  const relative = RELATIVES.find((r) => rest.startsWith(r) && rest.length - r.length >= ROOT);
  return relative ? rest.slice(relative.length) : rest;
}

function withoutObject(rest: string): string {
  const object = OBJECTS.find((o) => rest.startsWith(o) && rest.length - o.length >= ROOT);
  return object ? rest.slice(object.length) : rest;
}

/** A verb's final vowel, then its passive -w- and applicative -i-/-e-, off while two letters stay. */
function withoutVerbSuffixes(root: string): string {
  let stem = /[aei]$/.test(root) ? root.slice(0, -1) : root;
  if (stem.length > 2 && /[^aeiou]w$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.length > 2 && /[^aeiou][ie]$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

/** A noun's locative -ni (dukani, ofisini, mjini), off when a noun ending in a vowel stays. */
function withoutLocative(word: string): string {
  return word.length >= 5 && /[aeiou]ni$/.test(word) ? word.slice(0, -2) : word;
}
