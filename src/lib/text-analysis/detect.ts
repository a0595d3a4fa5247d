import { francAll } from 'franc-min';
import { languageProfile, profileOfIso3, SUPPORTED_LANGUAGES } from './languages.js';

const SAMPLE_CHARS = 4000;
const SCRIPTS: [RegExp, string][] = [
  [/[\p{sc=Hiragana}\p{sc=Katakana}]/u, 'ja'],
  [/\p{sc=Han}/u, 'zh'],
  [/\p{sc=Thai}/u, 'th'],
  [/\p{sc=Hangul}/u, 'ko'],
  [/\p{sc=Greek}/u, 'el'],
  [/\p{sc=Armenian}/u, 'hy'],
  [/\p{sc=Tamil}/u, 'ta'],
  [/\p{sc=Lao}/u, 'lo'],
  [/\p{sc=Khmer}/u, 'km'],
  [/\p{sc=Myanmar}/u, 'my'],
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
  const sample = text.slice(0, SAMPLE_CHARS);
  const byScript = dominantScript(sample);
  if (byScript) return byScript;
  const [best] = francAll(sample, { minLength: 20, only: DETECTABLE });
  return best && best[0] !== 'und' ? profileOfIso3(best[0]).code : 'und';
}

/**
 * The most likely of `candidates` (BCP 47 primary subtags) for a short text
 * such as a visitor's question, most likely first. Short texts are where
 * detection errs, so it only orders the languages a chatbot's pages are in.
 */
export function rankLanguages(text: string, candidates: readonly string[]): string[] {
  if (candidates.length <= 1) return [...candidates];
  const byScript = dominantScript(text);
  if (byScript && candidates.includes(byScript)) return [byScript, ...candidates.filter((c) => c !== byScript)];
  const only = candidates.map((c) => languageProfile(c).iso3).filter((iso3) => iso3 !== 'und');
  const scores = new Map(
    francAll(text, { minLength: 1, only }).map(([iso3, score]) => [profileOfIso3(iso3).code, score]),
  );
  return [...candidates].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
}

// Kana means Japanese even among Han; otherwise a script that belongs to one
// language names it when it is most of the letters.
function dominantScript(text: string): string | null {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return null;
  for (const [script, code] of SCRIPTS) {
    const count = text.match(new RegExp(script.source, 'gu'))?.length ?? 0;
    if (count / letters >= 0.3 || (code === 'ja' && count / letters >= 0.05)) return code;
  }
  return null;
}
