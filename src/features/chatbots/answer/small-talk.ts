// Greetings, thanks, goodbyes and "who are you?": messages that ask nothing
// of the website. They get a short reply of the bot's own, in the language
// they were written in, instead of a search that can only fail.

import { fold } from '../../../lib/text-analysis/normalize.js';
import { LEXICON, type SmallTalkKind } from './small-talk-lexicon.js';

export type { SmallTalkKind };

// Words that may ride along: "hi there", "thanks so much", "hello bot".
const FILLERS = new Set([
  'there',
  'so',
  'much',
  'again',
  'bot',
  'chatbot',
  'everyone',
  'all',
  'folks',
  'a',
  'lot',
  'very',
  'ok',
  'okay',
  'oh',
  'and',
]);
const NOT_WORDS = /[^\p{L}\p{M}\p{N}]+/gu;

interface Entry {
  words: string[];
  /** The words with their accents folded: people type "dekuji" for "děkuji". */
  folded: string[];
  kind: SmallTalkKind;
  language: string;
}
const phrasesOf = (list: string) => list.split(',').map((p) => p.trim());
const ENTRIES: Entry[] = Object.entries(LEXICON)
  .flatMap(([language, kinds]) =>
    Object.entries(kinds).flatMap(([kind, list]) =>
      phrasesOf(list).map((p) => ({
        words: words(p),
        folded: words(p).map(fold),
        kind: kind as SmallTalkKind,
        language,
      })),
    ),
  )
  // Longest phrases first, so "thank you very much" wins over "thank you".
  .sort((a, b) => b.words.join('').length - a.words.join('').length);
// Every language that lists a phrase, in the lexicon's order, as written and
// as folded: "tak" is Danish thanks, and in "tak díky" a Czech "so"; "chào"
// is Vietnamese, "chao" Spanish.
const LANGUAGES_OF = { exact: new Map<string, string[]>(), folded: new Map<string, string[]>() };
for (const [language, kinds] of Object.entries(LEXICON))
  for (const phrase of Object.values(kinds).flatMap(phrasesOf))
    for (const [map, key] of [
      [LANGUAGES_OF.exact, words(phrase).join(' ')],
      [LANGUAGES_OF.folded, words(phrase).map(fold).join(' ')],
    ] as const) {
      const languages = map.get(key) ?? [];
      if (!languages.includes(language)) map.set(key, [...languages, language]);
    }

/** What small talk a message is, and in which language; null when it asks something else. */
export function smallTalk(message: string, botName = ''): { kinds: SmallTalkKind[]; language: string } | null {
  const name = new Set(words(botName));
  let rest = words(message).filter((w) => !name.has(w));
  if (rest.length === 0 || rest.join('').length > 60) return null;
  const kinds: SmallTalkKind[] = [];
  // The languages of each phrase found: the message's is the one most of them share.
  const phrases: string[][] = [];
  while (rest.length > 0) {
    // The longest phrase, as written or with accents folded ("dekuji"); as
    // written on a tie, so "chào" stays Vietnamese and not Spanish "chao".
    const folded = rest.map(fold);
    const asWritten = ENTRIES.find((e) => startsWith(rest, e.words));
    const asFolded = ENTRIES.find((e) => startsWith(folded, e.folded));
    const exact =
      asWritten !== undefined && (!asFolded || asFolded.folded.join('').length <= asWritten.words.join('').length);
    const entry = exact ? asWritten : asFolded;
    if (!entry) {
      if (!FILLERS.has(folded[0]!)) return null;
      rest = rest.slice(1);
      continue;
    }
    if (!kinds.includes(entry.kind)) kinds.push(entry.kind);
    // Its languages: those that write it so, then those whose phrase folds to it.
    const languages = new Set([
      ...(exact ? (LANGUAGES_OF.exact.get(entry.words.join(' ')) ?? []) : []),
      ...(LANGUAGES_OF.folded.get(entry.folded.join(' ')) ?? []),
    ]);
    phrases.push([...languages]);
    rest = exact ? consume(rest, entry.words) : rest.slice(entry.folded.length);
  }
  return phrases.length > 0 ? { kinds, language: sharedLanguage(phrases) } : null;
}

/** The language most phrases belong to; on a tie, the first phrase's first (Goddag, hvad hedder du? is Danish). */
function sharedLanguage(phrases: string[][]): string {
  const votes = (language: string) => phrases.filter((languages) => languages.includes(language)).length;
  const candidates = [...new Set(phrases.flat())];
  return candidates.reduce((best, language) => (votes(language) > votes(best) ? language : best), candidates[0]!);
}

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORDS, ' ').trim().split(/\s+/).filter(Boolean);
}

// Scripts without spaces put a whole message in one "word": match phrases as prefixes of the letters.
function startsWith(rest: string[], phrase: string[]): boolean {
  if (phrase.every((w, i) => rest[i] === w)) return true;
  return (
    /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u.test(phrase.join('')) &&
    rest.join('').startsWith(phrase.join(''))
  );
}

function consume(rest: string[], phrase: string[]): string[] {
  if (phrase.every((w, i) => rest[i] === w)) return rest.slice(phrase.length);
  const remaining = rest.join('').slice(phrase.join('').length);
  return remaining === '' ? [] : [remaining];
}
