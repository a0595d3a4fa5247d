// Greetings, thanks, goodbyes and "who are you?": messages that ask nothing
// of the website. They get a short reply of the bot's own, in the language
// they were written in, instead of a search that can only fail.

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
  kind: SmallTalkKind;
  language: string;
}
const ENTRIES: Entry[] = Object.entries(LEXICON)
  .flatMap(([language, kinds]) =>
    Object.entries(kinds).flatMap(([kind, phrases]) =>
      phrases.map((p) => ({ words: words(p), kind: kind as SmallTalkKind, language })),
    ),
  )
  // Longest phrases first, so "thank you very much" wins over "thank you".
  .sort((a, b) => b.words.join('').length - a.words.join('').length);

/** What small talk a message is, and in which language; null when it asks something else. */
export function smallTalk(message: string, botName = ''): { kinds: SmallTalkKind[]; language: string } | null {
  const name = new Set(words(botName));
  let rest = words(message).filter((w) => !name.has(w));
  if (rest.length === 0 || rest.join('').length > 60) return null;
  const kinds: SmallTalkKind[] = [];
  let language: string | null = null;
  while (rest.length > 0) {
    if (FILLERS.has(rest[0]!)) {
      rest = rest.slice(1);
      continue;
    }
    const entry = ENTRIES.find((e) => startsWith(rest, e.words));
    if (!entry) return null;
    if (!kinds.includes(entry.kind)) kinds.push(entry.kind);
    language ??= entry.language;
    rest = consume(rest, entry.words);
  }
  return language ? { kinds, language } : null;
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
