import { stemmer } from 'stemmer';

// Words that carry no topic: function words, and the words people wrap a
// question in ("how do I…", "can you explain…"). Kept small on purpose: a
// longer list starts dropping words that are the topic on some site.
const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
  can could did do does doing done down during each few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just let me more most my myself no nor not of off on once only or other
  ought our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which while who whom whose why will
  with would you your yours yourself yourselves
  dont doesnt didnt isnt arent wasnt cant couldnt wont shouldnt im ive id youre thats whats hows
  also may might must shall get gets got make please tell explain mean means want need way ways use used using
  thing things someone something anything hi hello hey thanks thank`.split(/\s+/),
);

// A word, or identifiers joined by dots or underscores (`str.split`, `os.path`,
// `snake_case`, `3.11`). Apostrophes are removed first so "don't" is one word.
const TOKEN = /[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*/gu;
const APOSTROPHE = /(?<=\p{L})['’](?=\p{L})/gu;
const HAS_DIGIT = /\p{N}/u;

/**
 * The stemmed content terms of `text`, deduplicated, in order of first
 * appearance. Compound identifiers are kept whole (unstemmed) and also split
 * into their parts, so `str.split` matches both `str.split(...)` and
 * "the split method of str".
 */
export function contentTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const [token] of text.replace(APOSTROPHE, '').matchAll(TOKEN)) {
    const whole = token.toLowerCase();
    const words = splitIdentifier(token).map((part) => part.toLowerCase());
    const content = words.filter(isContentWord);
    // `e.g` and `i.e` are compounds of nothing: only keep a compound with content.
    if (content.length > 0 && (words.length > 1 || words[0] !== whole)) terms.add(whole);
    for (const word of content) terms.add(HAS_DIGIT.test(word) ? word : stemmer(word));
  }
  return [...terms];
}

/**
 * The words retrieval ORs together in a full-text query: lowercase, unstemmed
 * (the databases stem themselves), only [\p{L}\p{N}_], deduplicated, at most
 * `max`. Identifiers are split on dots and underscores.
 */
export function ftsQueryTerms(question: string, max = 12): string[] {
  const terms = new Set<string>();
  for (const [token] of question.replace(APOSTROPHE, '').matchAll(TOKEN)) {
    for (const part of token.toLowerCase().split(/[._]+/)) {
      if (part.length > 1 && isContentWord(part)) terms.add(part);
      if (terms.size === max) return [...terms];
    }
  }
  return [...terms];
}

/** Whether `word` (lowercase) is worth matching on: not a stopword, not a lone letter. */
export function isContentWord(word: string): boolean {
  if (word.length === 1) return HAS_DIGIT.test(word);
  return word.length > 0 && !STOPWORDS.has(word);
}

/** `os.path_join` → os, path, join; `readFile` → read, File. A plain word is its own only part. */
function splitIdentifier(token: string): string[] {
  return token
    .split(/[._]+/)
    .flatMap((part) => part.split(/(?<=\p{Ll})(?=\p{Lu})/u))
    .filter((part) => part !== '');
}
