import { stemmer } from '@orama/stemmers/hungarian';

// Snowball's Hungarian stemmer (Orama's) takes nouns' case and possessive
// endings off but knows nothing of verbs: a verb's forms stay apart, and its
// bare stem loses letters that look like a case ending. fizet, fizetni,
// fizethet ("pay", "to pay", "can pay") gave fiz, fizetn, fizeth;
// kipróbálni and kipróbálhatod ("to try", "you can try") kiprobaln and
// kiprobalhat. The infinitive's -ni, the potential's -hat/-het with its
// personal ending, and the conditional's -ná/-né with one are taken off
// first, so every form reaches the stemmer as the bare stem does.
const INFINITIVE = /ni$/;
const POTENTIAL =
  /(?:hat|het)(?:ok|ek|ök|sz|unk|ünk|tok|tek|tök|nak|nek|om|em|öm|od|ed|öd|ja|i|juk|jük|játok|itek|ják|ik|nék|nánk|nátok|nának|né|ná)?$/;
const CONDITIONAL = /(?:ná|né)(?:m|k|d|nk|tok|tek|nak|nek)?$|(?:na|ne)(?:m|k|d|nk|tok|tek|nak|nek)$/;
const MIN_STEM = 3;

// Snowball also takes one ending of each kind and reads a stem's last letters
// as one when it can, so a word and its possessed or plural forms ended a step
// apart: bolt → bol but boltunk ("our shop") → bolt, lámpa → lamp but lámpák
// → lampa, and the plural owner's -tok/-tek/-tök ("your", to many) was not
// known (versenybringátok → versenybringat). So a light stemmer in the
// manner of Savoy's ("Light stemming approaches for the French, Portuguese,
// German and Hungarian languages", ACM SAC 2006) goes first: one case ending,
// then one possessive, then the plural, and the a or e a suffix lengthened
// (lámpá-tok) read short again; Snowball then stems what it leaves, unless
// that leaves fewer than three letters (kere, "wheel" without its -k, is not
// ke + -re). Replacing Snowball by it ranked as well or better but answered
// fewer questions and more off-topic ones (bench/README.md).
//
// Each ending with what must precede it: C a consonant, V a vowel; L a vowel
// other than a short a or e (which lengthen before a suffix: lámpát, not
// lámpat); P one of those other than i (the possessed plural's -i follows a
// vowel: lámpái; bicikli-m, not bicikl-im); H a consonant that needs a
// linking vowel before the accusative (-t bare follows l, r, n, s, z, j, y:
// üzlet is a word, üzl-et is not read).
type Follows = 'C' | 'V' | 'L' | 'P' | 'H' | '';
const endings = (list: string, follows: Follows) => list.split(' ').map((e): [string, Follows] => [e, follows]);
const longestFirst = (list: [string, Follows][]) => list.sort((a, b) => b[0].length - a[0].length);

const CASES = longestFirst([
  ...endings('ként nak nek val vel ért ról ről ban ben ból ből nál nél hoz hez höz tól től', ''),
  ...endings('vá vé ra re ba be ul ül ig', ''),
  ...endings('at et ot öt', 'H'),
  ...endings('on en ön', 'C'),
  ...endings('t n', 'L'),
]);
const POSSESSIVES = longestFirst([
  // The possessed plural (-i-, after a consonant -ai-/-ei-/-jai-/-jei-) with its owner's person.
  ...endings('jaitok jeitek aitok eitek jaink jeink aink eink jaim jeim jaid jeid jaik jeik', ''),
  ...endings('aim eim aid eid aik eik jai jei ai ei', ''),
  ...endings('itok itek ink im id ik i', 'P'),
  // One thing possessed: my, your, his, our, your (to many), their.
  ...endings('atok etek otok ötök', 'H'),
  ...endings('tok tek tök nk m d', 'L'),
  ...endings('unk ünk juk jük ja je', ''),
  ...endings('am em om öm ad ed od öd uk ük', 'C'),
]);
const PLURALS = longestFirst([...endings('ak ek ok ök', 'C'), ...endings('k', 'V')]);
const VOWEL = /[aáeéiíoóöőuúüű]/;
const SONORANT = /[lrnszjy]/;
// The instrumental's -val/-vel and the translative's -vá/-vé take a final consonant's likeness (kerékpárral).
const ASSIMILATED = /([^aáeéiíoóöőuúüű])\1(?:al|el|á|é)$/;
const LENGTHENED = { á: 'a', é: 'e' } as const;

function follows(letter: string, what: Follows): boolean {
  const vowel = VOWEL.test(letter);
  if (what === 'C') return !vowel;
  if (what === 'V') return vowel;
  if (what === 'L') return vowel && letter !== 'a' && letter !== 'e';
  if (what === 'P') return vowel && letter !== 'a' && letter !== 'e' && letter !== 'i';
  if (what === 'H') return !vowel && !SONORANT.test(letter);
  return true;
}

/** The word without the first of `list`'s endings it has, if enough is left (one letter more for a one-letter ending). */
function strip(word: string, list: [string, Follows][]): string {
  for (const [ending, what] of list) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length >= MIN_STEM + (ending.length === 1 ? 1 : 0) && follows(stem.at(-1)!, what)) return stem;
  }
  return word;
}

function lightStem(word: string): string {
  let stem = strip(word, CASES);
  const assimilated = stem === word ? ASSIMILATED.exec(word) : null;
  if (assimilated && assimilated.index + 1 >= MIN_STEM) stem = word.slice(0, assimilated.index + 1);
  stem = strip(strip(stem, POSSESSIVES), PLURALS);
  const last = stem.at(-1);
  return last === 'á' || last === 'é' ? stem.slice(0, -1) + LENGTHENED[last] : stem;
}

/** A lower-case Hungarian word's stem: its verb endings, then the light stemmer's, then Snowball's. */
export function hungarian(word: string): string {
  let base = word;
  for (const ending of [INFINITIVE, POTENTIAL, CONDITIONAL]) {
    const found = ending.exec(base);
    if (found && found.index >= MIN_STEM) {
      base = base.slice(0, found.index);
      break;
    }
  }
  const light = lightStem(base);
  const stem = stemmer(light);
  return stem.length >= MIN_STEM ? stem : light;
}
