import { fold } from './normalize.js';

// Czech has no Snowball stemmer. nlp.js's, generated from an unofficial
// Snowball script, leaves a noun's cases apart (kolo, kole, kolem: the bike)
// and needs the diacritics people often leave out (objednávky, objednavky).
// This is the light stemmer of Dolamic & Savoy ("Indexing and stemming
// approaches for the Czech language", Information Processing & Management,
// 2009), the one Lucene and Elasticsearch use for Czech: it removes case
// endings and possessive suffixes, then evens out the consonant changes they
// cause (ž/h, č/k, št/sk) — here on words without their diacritics, so a
// question typed either way meets the page.

// Case endings without diacritics by the shortest word each applies to,
// longest first: a word keeps at least three letters.
const CASE_ENDINGS: [minLength: number, endings: string[]][] = [
  [8, ['atech']],
  [7, ['etem', 'atum']],
  [
    6,
    [
      'ech',
      'ich',
      'eho',
      'emi',
      'emu',
      'ete',
      'eti',
      'iho',
      'imi',
      'imu',
      'ach',
      'ata',
      'aty',
      'ych',
      'ama',
      'ami',
      'ove',
      'ovi',
      'ymi',
    ],
  ],
  [5, ['em', 'es', 'im', 'um', 'at', 'am', 'os', 'us', 'ym', 'mi', 'ou']],
  [4, ['a', 'e', 'i', 'o', 'u', 'y']],
];
// Possessive adjectives' suffixes (Petrov, Janin).
const POSSESSIVE = ['ov', 'in', 'uv'];

/** A lower-case Czech word, diacritics removed, without its case ending. */
export function czech(word: string): string {
  return normalizeEnd(removePossessive(removeCase(fold(word))));
}

function removeCase(word: string): string {
  for (const [minLength, endings] of CASE_ENDINGS) {
    if (word.length < minLength) continue;
    const ending = endings.find((e) => word.endsWith(e));
    if (ending) return word.slice(0, -ending.length);
  }
  return word;
}

function removePossessive(word: string): string {
  return word.length > 5 && POSSESSIVE.some((p) => word.endsWith(p)) ? word.slice(0, -2) : word;
}

// The consonant an ending changed, back as it was: ruce/ruka, noze/noha,
// jablecko/jablíčko; an e before the last consonant, which comes and goes
// (domeček, domečku: the little house), dropped.
function normalizeEnd(word: string): string {
  if (word.endsWith('ct')) return `${word.slice(0, -2)}ck`;
  if (word.endsWith('st')) return `${word.slice(0, -2)}sk`;
  const last = word.at(-1);
  if (last === 'c') return `${word.slice(0, -1)}k`;
  if (last === 'z') return `${word.slice(0, -1)}h`;
  if (word.length > 2 && word.at(-2) === 'e') return word.slice(0, -2) + last;
  return word;
}
