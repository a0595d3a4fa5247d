// Character-level normalization shared by every language: what makes
// "Café", "cafe" and "CAFÉ" one term, and "٣" the digit 3.

const TURKIC = new Set(['tr', 'az']);
const ARABIC_MARKS = /[\u0640\u064B-\u065F\u0670]/g;
// Alef with hamza or madda as bare alef; the ya and kaf that Persian and Urdu
// keyboards type (ی, ک) and Arabic ones (ي, ك, ى) as one letter each.
const ARABIC_LETTERS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ی: 'ي', ک: 'ك' };
const ARABIC_FOLD = /[أإآٱىیک]/g;
const FOLDABLE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Common}\p{Script=Inherited}]+$/u;
const DIGIT = /\p{Nd}/gu;
// ASCII only: no code unit at or above U+0080.
const ASCII = /^[^\u0080-\uffff]*$/;

/** True when every character of `text` is ASCII. */
export const isAscii = (text: string): boolean => ASCII.test(text);

// Ukrainian and Belarusian write an apostrophe inside words (під'їзд, п’ять,
// мʼясо), typed as any of these: it is dropped, so the word stays whole and
// every way of typing it meets. No other language puts one between Cyrillic letters.
const CYRILLIC_APOSTROPHE = /['’ʼ](?<=\p{Script=Cyrillic}.)(?=\p{Script=Cyrillic})/gu;

/** Text with apostrophes inside Cyrillic words dropped (під'їхати → підїхати). */
export function joinApostrophes(text: string): string {
  return text.replace(CYRILLIC_APOSTROPHE, '');
}

// NFKC splits Thai's and Lao's sara am (ำ, ຳ) into a nikhahit and a sara aa,
// a spelling ICU's dictionary does not know: "สำหรับ" would segment as
// สําห|รับ, "ทำ" not as a word at all. The pairs are put back together.
const SPLIT_SARA_AM = /\u0E4D\u0E32|\u0ECD\u0EB2/g;
const SARA_AM: Record<string, string> = { '\u0E4D\u0E32': '\u0E33', '\u0ECD\u0EB2': '\u0EB3' };

/** Text in Unicode's compatibility form (NFKC: full-width letters, ligatures), Thai and Lao as they are typed. */
export function compatibilityForm(text: string): string {
  return text.normalize('NFKC').replace(SPLIT_SARA_AM, (pair) => SARA_AM[pair]!);
}

/** Lower-cases a word as its language does (Turkish İ → i, I → ı). */
export function lowerCase(word: string, language: string): string {
  return TURKIC.has(language) ? word.toLocaleLowerCase('tr') : word.toLowerCase();
}

/**
 * What a stemmer expects of a lower-case word: Greek's final sigma as σ,
 * Arabic and Persian without tatweel and vowel marks (Persian's ezafe hamza,
 * فروشندهٔ, and tanwin, لطفاً, which visitors seldom type), Polish without
 * diacritics but ł.
 */
export function prepareForStemming(word: string, language: string): string {
  if (language === 'el') return word.replaceAll('ς', 'σ');
  if (language === 'ar' || language === 'fa') return word.replace(ARABIC_MARKS, '');
  if (language === 'pl') return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return word;
}

/**
 * Folds what people type either way: accents on Latin and Greek letters
 * (é → e, ά → α, ş → s, ı → i), Cyrillic ё → е, Arabic-script alef, ya and kaf
 * variants (Persian ی and Arabic ي alike).
 * Marks that are letters' vowels (Devanagari, Thai) are kept.
 */
export function fold(word: string): string {
  // Most words of most sites: nothing to fold, and NFD and NFC would give them back as they are.
  if (ASCII.test(word)) return word;
  let folded = word;
  if (FOLDABLE.test(folded)) {
    folded = folded.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('ı', 'i').replaceAll('ς', 'σ').normalize('NFC');
  } else {
    folded = folded.replaceAll('ё', 'е').replace(ARABIC_FOLD, (c) => ARABIC_LETTERS[c] ?? c);
  }
  return folded;
}

const zeroOf = new Map<number, number>();

/** Decimal digits of any script as ASCII digits ("٣" → "3", "३" → "3"). */
export function asciiDigits(text: string): string {
  if (ASCII.test(text)) return text;
  return text.replace(DIGIT, (d) => {
    const code = d.codePointAt(0)!;
    if (code < 128) return d;
    let zero = zeroOf.get(code);
    if (zero === undefined) {
      // Unicode lays each script's digits 0–9 out consecutively.
      zero = code;
      while (code - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
      zeroOf.set(code, zero);
    }
    return String(code - zero);
  });
}
