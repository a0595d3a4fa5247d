// Greetings, thanks, goodbyes, "who are you?" and a plain "ok" or "yes":
// messages that ask nothing of the website. They get a short reply of the
// bot's own, in the language they were written in, instead of a search that
// can only fail.

import { fold } from '../../../lib/text-analysis/normalize.js';
import { LEXICON, type SmallTalkKind } from './small-talk-lexicon.js';
import { ACKNOWLEDGEMENTS } from './small-talk-acknowledgements.js';
import { ASIA_LEXICON } from './small-talk-lexicon-asia.js';

export type { SmallTalkKind };

// Words that may ride along ("hi there", "thanks so much", "hello bot"), and
// whom a greeting or thanks addresses ("hi guys", "danke euch", "merci à
// vous", "grazie a tutti"), accent-folded.
const FILLERS = new Set(
  [
    'there so much again bot chatbot a lot very ok okay oh and',
    'everyone all folks guys team mate mates buddy friend friends people sir madam', // English
    'zusammen leute euch ihnen alle allen', // German
    'vous tous les amis equipe', // French
    'chicos amigos todos equipo', // Spanish (and Portuguese todos, equipe)
    'ragazzi tutti voi', // Italian
    'pessoal gente', // Portuguese
    'allemaal jullie', // Dutch
  ].flatMap((words) => words.split(' ')),
);
const NOT_WORDS = /[^\p{L}\p{M}\p{N}]+/gu;

/** A phrase of the lexicon as written, or with its accents folded: people type "dekuji" for "děkuji". */
interface Form {
  words: string[];
  /** Its letters without spaces, which its length is measured by. */
  letters: string;
  /** The words joined by spaces: with the kind, the key of LANGUAGES_OF. */
  key: string;
}
interface Entry {
  written: Form;
  folded: Form;
  /** Written in a script without spaces, where a message is one "word" matched by its start. */
  spaceless: boolean;
  kind: SmallTalkKind;
  language: string;
}
const SPACELESS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const formOf = (words: string[]): Form => ({ words, letters: words.join(''), key: words.join(' ') });
// In the lexicon's order.
const ALL_KINDS: Record<string, Partial<Record<SmallTalkKind, string>>> = { ...LEXICON, ...ASIA_LEXICON };
for (const [language, acknowledgement] of Object.entries(ACKNOWLEDGEMENTS))
  ALL_KINDS[language] = { ...ALL_KINDS[language], acknowledgement };
const LISTED: Entry[] = Object.entries(ALL_KINDS).flatMap(([language, kinds]) =>
  Object.entries(kinds).flatMap(([kind, list]) =>
    list.split(',').map((phrase) => {
      const written = formOf(words(phrase));
      return {
        written,
        folded: formOf(written.words.map(fold)),
        spaceless: SPACELESS.test(written.letters),
        kind: kind as SmallTalkKind,
        language,
      };
    }),
  ),
);
// Longest phrases first, so "thank you very much" wins over "thank you"; of
// two as long, the one that is not a mere "ok" ("tak" thanks in Danish before
// "tak", yes, in Polish).
const ENTRIES = [...LISTED].sort(
  (a, b) =>
    b.written.letters.length - a.written.letters.length ||
    Number(a.kind === 'acknowledgement') - Number(b.kind === 'acknowledgement'),
);
// Every language that lists a phrase as that kind, in the lexicon's order, as written and
// as folded: "tak" is Danish thanks, and in "tak díky" a Czech "so"; "chào"
// is Vietnamese, "chao" Spanish.
const LANGUAGES_OF = { written: new Map<string, string[]>(), folded: new Map<string, string[]>() };
for (const entry of LISTED)
  for (const form of ['written', 'folded'] as const) {
    const key = `${entry.kind} ${entry[form].key}`;
    const languages = LANGUAGES_OF[form].get(key) ?? [];
    if (!languages.includes(entry.language)) LANGUAGES_OF[form].set(key, [...languages, entry.language]);
  }

// A message of nothing but these says hello or thanks in every language.
const EMOJI_KINDS: Record<string, SmallTalkKind> = { '👋': 'greeting', '🙏': 'thanks', '👍': 'thanks' };
const EMOJI_ONLY = /^(?:[\s!.]|👋|🙏|👍|\p{Emoji_Modifier}|\uFE0F)+$/u;

/**
 * What small talk a message is, and in which language (null when it has no
 * words: 👋, 🙏); null when it asks something else. A message whose phrases
 * are as much the site's language as any other's is in the site's ("ok",
 * "hallo" on a German site).
 */
export function smallTalk(
  message: string,
  botName = '',
  siteLanguage?: string,
): { kinds: SmallTalkKind[]; language: string | null } | null {
  const name = new Set(words(botName));
  let rest = words(message).filter((w) => !name.has(w));
  if (rest.length === 0) return emojiTalk(message);
  if (rest.join('').length > 60) return null;
  const kinds: SmallTalkKind[] = [];
  // The languages of each phrase found: the message's is the one most of them share.
  const phrases: string[][] = [];
  while (rest.length > 0) {
    // The longest phrase, as written or with accents folded ("dekuji"); as
    // written on a tie, so "chào" stays Vietnamese and not Spanish "chao".
    const folded = rest.map(fold);
    const asWritten = ENTRIES.find((e) => startsWith(rest, e.written, e.spaceless));
    const asFolded = ENTRIES.find((e) => startsWith(folded, e.folded, e.spaceless));
    const exact =
      asWritten !== undefined && (!asFolded || asFolded.folded.letters.length <= asWritten.written.letters.length);
    const entry = exact ? asWritten : asFolded;
    if (!entry) {
      if (!FILLERS.has(folded[0]!)) return null;
      rest = rest.slice(1);
      continue;
    }
    if (!kinds.includes(entry.kind)) kinds.push(entry.kind);
    // Its languages: those that write it so, then those whose phrase folds to it.
    const languages = new Set([
      ...(exact ? (LANGUAGES_OF.written.get(`${entry.kind} ${entry.written.key}`) ?? []) : []),
      ...(LANGUAGES_OF.folded.get(`${entry.kind} ${entry.folded.key}`) ?? []),
    ]);
    phrases.push([...languages]);
    rest = exact ? consume(rest, entry.written) : rest.slice(entry.folded.words.length);
  }
  if (phrases.length === 0) return null;
  // "ok, thanks" is thanks: an "ok" beside other small talk adds nothing to reply to.
  const replied = kinds.length > 1 ? kinds.filter((kind) => kind !== 'acknowledgement') : kinds;
  return { kinds: replied, language: sharedLanguage(phrases, siteLanguage) };
}

function emojiTalk(message: string): { kinds: SmallTalkKind[]; language: null } | null {
  if (!EMOJI_ONLY.test(message)) return null;
  const kinds = [...new Set([...message].flatMap((c) => EMOJI_KINDS[c] ?? []))];
  return kinds.length > 0 ? { kinds, language: null } : null;
}

/**
 * The language most phrases belong to; on a tie, the site's if it is one of
 * them, else the first phrase's first (Goddag, hvad hedder du? is Danish).
 */
function sharedLanguage(phrases: string[][], siteLanguage: string | undefined): string {
  const votes = (language: string) => phrases.filter((languages) => languages.includes(language)).length;
  const candidates = [...new Set(phrases.flat())];
  const best = candidates.reduce((most, language) => (votes(language) > votes(most) ? language : most), candidates[0]!);
  return siteLanguage !== undefined && votes(siteLanguage) === votes(best) ? siteLanguage : best;
}

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORDS, ' ').trim().split(/\s+/).filter(Boolean);
}

// Scripts without spaces put a whole message in one "word": their phrases match as prefixes of the letters.
function startsWith(rest: string[], phrase: Form, spaceless: boolean): boolean {
  return phrase.words.every((w, i) => rest[i] === w) || (spaceless && rest.join('').startsWith(phrase.letters));
}

function consume(rest: string[], phrase: Form): string[] {
  if (phrase.words.every((w, i) => rest[i] === w)) return rest.slice(phrase.words.length);
  const remaining = rest.join('').slice(phrase.letters.length);
  return remaining === '' ? [] : [remaining];
}
