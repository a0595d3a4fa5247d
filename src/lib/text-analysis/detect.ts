import { francAll } from 'franc-min';
import { languageProfile, profileOfIso3, SUPPORTED_LANGUAGES } from './languages.js';
import { countFunctionWords } from './analyzer.js';

/** How much of a text the language checks read (its start): callers need not hand over more. */
export const LANGUAGE_SAMPLE_CHARS = 4000;
const SCRIPTS: [RegExp, string][] = [
  [/[\p{sc=Hiragana}\p{sc=Katakana}]/gu, 'ja'],
  [/\p{sc=Han}/gu, 'zh'],
  [/\p{sc=Thai}/gu, 'th'],
  [/\p{sc=Hangul}/gu, 'ko'],
  [/\p{sc=Greek}/gu, 'el'],
  [/\p{sc=Armenian}/gu, 'hy'],
  [/\p{sc=Georgian}/gu, 'ka'],
  [/\p{sc=Hebrew}/gu, 'he'],
  [/\p{sc=Bengali}/gu, 'bn'],
  [/\p{sc=Tamil}/gu, 'ta'],
  [/\p{sc=Lao}/gu, 'lo'],
  [/\p{sc=Khmer}/gu, 'km'],
  [/\p{sc=Myanmar}/gu, 'my'],
];
const LETTER = /\p{L}/gu;
// Only languages with an analysis of their own are worth telling apart.
const DETECTABLE = SUPPORTED_LANGUAGES.map((code) => languageProfile(code).iso3);

/**
 * The language of a page's text (a BCP 47 primary subtag, or `und`), for
 * pages that do not declare one. franc's trigram model decides among
 * languages of the same script; a script used by one language decides alone.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const byScript = dominantScript(sample);
  if (byScript) return byScript;
  const [best] = francAll(sample, { minLength: 20, only: DETECTABLE });
  return best && best[0] !== 'und' ? profileOfIso3(best[0]).code : 'und';
}

/** A page's language as its text alone tells it, and whether it tells it with confidence. */
export interface DetectedLanguage {
  language: string;
  /**
   * A script of one language, or running text in the language franc ranks
   * first: enough words, a tenth of them its function words. A few words, or
   * a list of names (a menu of Italian dishes on an English site), say
   * little: franc's trigrams misjudge them, and such a page is better read in
   * its site's language.
   */
  sure: boolean;
}

/** `detectLanguage`, with how far to trust it (see DetectedLanguage). */
export function detectPageLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const language = detectLanguage(sample);
  if (language === 'und') return { language, sure: false };
  if (dominantScript(sample)) return { language, sure: true };
  const words = wordsOf(sample);
  const sure = words.length >= MIN_WORDS_TO_OVERRULE && countFunctionWords(words, language) >= words.length / 10;
  return { language, sure };
}

// A page's text says it is in another language than the one it declares
// only when it has this many words, and this many times as many of that
// language's function words as of the declared one's: a page in one language
// quoting another, or in a close one (Croatian and Serbian, Spanish and
// Galician), keeps what it declares.
const MIN_WORDS_TO_OVERRULE = 40;
const OVERRULING_RATIO = 3;
// What of a page is read to check it: a couple of paragraphs, ~250 words.
const CHECK_CHARS = 1500;

/**
 * The language of a page that declares `declared` (its `<html lang>` or
 * `Content-Language`): that one, unless its text is plainly in another —
 * another script (a Thai page declared `en`), or far more of another
 * language's function words (a German page left at a theme's `en-US`).
 */
export function confirmLanguage(declared: string, text: string): string {
  const sample = text.slice(0, CHECK_CHARS);
  const byScript = dominantScript(sample);
  if (byScript) return byScript === declared || (CJK.has(byScript) && CJK.has(declared)) ? declared : byScript;
  const words = wordsOf(sample);
  if (words.length < MIN_WORDS_TO_OVERRULE) return declared;
  // Running text is a third to a half function words: a fifth of the
  // declared language's says it is in it, without asking franc.
  const own = countFunctionWords(words, declared);
  if (own >= words.length / 5) return declared;
  const [best] = francAll(sample, { minLength: 20, only: DETECTABLE });
  const detected = best && best[0] !== 'und' ? profileOfIso3(best[0]).code : declared;
  if (detected === declared) return declared;
  const other = countFunctionWords(words, detected);
  return other >= OVERRULING_RATIO * Math.max(own, 1) && other >= words.length / 10 ? detected : declared;
}

const CJK = new Set(['zh', 'ja']);

/**
 * The most likely of `candidates` (BCP 47 primary subtags) for a short text
 * such as a visitor's question, most likely first. Trigram statistics alone
 * misjudge a few words ("what's your phone number" reads as French), so the
 * language whose function words the text uses ("your", "wie ist eure") comes
 * first; franc's trigrams order languages the words do not tell apart.
 */
export function rankLanguages(text: string, candidates: readonly string[]): string[] {
  if (candidates.length <= 1) return [...candidates];
  const byScript = dominantScript(text);
  if (byScript && candidates.includes(byScript)) return [byScript, ...candidates.filter((c) => c !== byScript)];
  const only = candidates.map((c) => languageProfile(c).iso3).filter((iso3) => iso3 !== 'und');
  const trigrams = new Map(
    francAll(text, { minLength: 1, only }).map(([iso3, score]) => [profileOfIso3(iso3).code, score]),
  );
  const words = wordsOf(text);
  const score = (code: string) => countFunctionWords(words, code) + (trigrams.get(code) ?? 0);
  return [...candidates].sort((a, b) => score(b) - score(a));
}

/**
 * The language a visitor wrote in when it can be told with confidence, else
 * `fallback` (the site's): a script of one language, or more of another
 * language's function words than of the fallback's. Used to answer "not
 * found" in the visitor's language on a site in another.
 */
export function visitorLanguage(text: string, fallback: string): string {
  const byScript = dominantScript(text);
  if (byScript) return byScript;
  const words = wordsOf(text);
  const own = countFunctionWords(words, fallback);
  let best = { code: fallback, count: 0 };
  for (const code of rankLanguages(text, SUPPORTED_LANGUAGES)) {
    if (code === fallback) continue;
    const count = countFunctionWords(words, code);
    if (count > best.count) best = { code, count };
  }
  return best.count >= 2 && best.count > QUESTION_OVERRULING_RATIO * own ? best.code : fallback;
}

// Short function words are shared between languages ("do", "a", "to" and "i"
// are Slovak too): another language than the site's is the visitor's only
// with more than this many times as many of its own.
const QUESTION_OVERRULING_RATIO = 2;

const WORD = /[\p{L}\p{M}]+/gu;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

const ASCII_RUNS = /[^\u0080-\uffff]+/g;

// Kana means Japanese even among Han; otherwise a script that belongs to one
// language names it when it is most of the letters. The scripts are counted
// in what is not ASCII: on most pages, a few quotes and dashes.
function dominantScript(text: string): string | null {
  const other = text.replace(ASCII_RUNS, '');
  const letters = asciiLetters(text) + (other.match(LETTER)?.length ?? 0);
  if (letters === 0) return null;
  for (const [script, code] of SCRIPTS) {
    const count = other.match(script)?.length ?? 0;
    if (count / letters >= 0.3 || (code === 'ja' && count / letters >= 0.05)) return code;
  }
  return null;
}

function asciiLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    // Setting the case bit maps A–Z onto a–z, and nothing else onto them.
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) count++;
  }
  return count;
}
