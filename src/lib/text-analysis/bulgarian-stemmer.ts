import { stemmer } from '@orama/stemmers/bulgarian';

// Orama's Bulgarian stemmer is Lucene's (Nakov's light stemmer) ported with
// its Java char array kept as a string: where a plural or an "-ен" ending
// rewrites a letter (учебници → учебник, автобуси → автобух), it assigns to
// a string's index, which throws in a module. It is handed the word's
// letters as an array instead, which it rewrites as Lucene does.
type Letters = string[] & { substring(start: number, end: number): string };

/** A lower-case Bulgarian word's stem (Lucene's BulgarianStemmer). */
export function bulgarian(word: string): string {
  const letters = [...word] as Letters;
  letters.substring = (start, end) => letters.slice(start, end).join('');
  return stemmer(letters as unknown as string);
}
