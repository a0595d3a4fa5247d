import { stemmer } from '@orama/stemmers/bulgarian';

// Orama's Bulgarian stemmer is Lucene's (Nakov's light stemmer) ported with
// its Java char array kept as a string: where a plural or an "-ен" ending
// rewrites a letter (учебници → учебник, автобуси → автобух), it assigns to
// a string's index, which throws in a module. It is handed the word's
// letters as an array instead, which it rewrites as Lucene does.
type Letters = string[] & { substring(start: number, end: number): string };

// Lucene's stemmer (Savoy's light stemmer) strips a noun's or adjective's
// article and plural, not a verb's person: the present's 2nd person plural
// (доставяте, "you deliver") loses its "-те" as an article and its vowel,
// to достав, while the 1st person (доставям, доставяме: "we deliver", as a
// site speaks) keeps "-ям" and the 3rd plural (продават) keeps "-ат". So
// the stem also drops the present's person endings that remain (1st
// -ам/-ям/-ем/-им, 2nd singular -аш/-яш/-еш/-иш, 3rd plural -ат), keeping
// at least three letters: the endings of the present in Bulgarian grammar,
// as an inflectional stemmer strips them (Nakov's BulStem).
const PERSON_ENDING = /^(.{3,}?)(?:[ая][мш]|ат|[еи][мш])$/u;

// Lucene rewrites a plural's last consonant back to the singular's
// (ученици → ученик, монаси → монах), but a noun whose singular ends in that
// consonant (седмица, страница, автобус) then parts from its own plural
// (седмиц, седмик). The alternation к/ц, г/з, х/с of Bulgarian's plurals
// (ръка, ръце) is evened out at the stem's end instead: both meet.
const VELAR: Readonly<Record<string, string>> = { ц: 'к', з: 'г', с: 'х' };

/** A lower-case Bulgarian word's stem: Lucene's BulgarianStemmer, then a verb's person ending. */
export function bulgarian(word: string): string {
  const letters = [...word] as Letters;
  letters.substring = (start, end) => letters.slice(start, end).join('');
  const stem = stemmer(letters as unknown as string);
  const verb = PERSON_ENDING.exec(stem);
  const found = verb ? lastRewrites(verb[1]!) : stem;
  const last = found.at(-1) ?? '';
  return found.slice(0, -1) + (VELAR[last] ?? last);
}

/**
 * Lucene's last two rewrites, which a person ending hid: "-ен" to "-н"
 * (отменим → отмн, as отмени), then the fleeting "ъ" before the last
 * consonant (препоръчам → препорч, as препоръчате).
 */
function lastRewrites(stem: string): string {
  const en = stem.length > 4 && stem.endsWith('ен') ? `${stem.slice(0, -2)}н` : stem;
  return en.length > 5 && en[en.length - 2] === 'ъ' ? en.slice(0, -2) + en.slice(-1) : en;
}
