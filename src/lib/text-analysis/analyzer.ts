import { languageProfile, type LanguageProfile } from './languages.js';
import {
  asciiDigits,
  compatibilityForm,
  fold,
  isAscii,
  joinApostrophes,
  lowerCase,
  prepareForStemming,
} from './normalize.js';
import { SyllablePairs } from './syllable-pairs.js';

// Scripts written without spaces between words.
const SEGMENTED_CHARS = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}ー々〆`;
const WORD_CHAR = String.raw`[[\p{L}\p{M}\p{N}_]--[${SEGMENTED_CHARS}]]`;
// A run of a spaceless script, or a word: letters, marks and digits, possibly
// joined into a compound by . - / : or _ with no space (`str.split`,
// `apt-get`, `/etc/apt/sources.list`, `max_tokens`, `3.11`), or by an
// apostrophe (`don't`, `l'ordinateur`), which apostrophePieces takes apart.
const TOKEN = new RegExp(String.raw`([${SEGMENTED_CHARS}]+)|(${WORD_CHAR}+(?:[.\-\/:_'’]${WORD_CHAR}+)*)`, 'gv');
// TOKEN's words where the text is ASCII, whose letters, marks and digits are
// these: a plain class is several times faster than Unicode properties.
const ASCII_WORD = /[A-Za-z0-9_]+(?:[.\-/:_'][A-Za-z0-9_]+)*/g;
const APOSTROPHE = /['’]/;
const PART_SEPARATOR = /[.\-/:_]+/;
const CAMEL_CASE = /(?<=\p{Ll})(?=\p{Lu})/u;
// A word the two splits above leave whole (they split ASCII only at . - / : _ and a-z A-Z).
const ONE_PART = /^(?:[A-Z]+[a-z0-9]*|[a-z0-9]+)$/;
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;
const HAS_DIGIT = /\p{N}/u;
const HYPHENATED_WORD = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+){1,2}$/u;
const MAX_TERM_LENGTH = 64;
const TERM_CACHE_LIMIT = 200_000;
/** Marks a word's accent-folded form where accents tell words apart: never the start of a term otherwise. */
const UNACCENTED = '~';

/**
 * The version of what analyze() makes of text. Raise it with any change that
 * gives some text other terms (a stemmer, a stopword list, a new language):
 * chatbots indexed with an older version are then re-analyzed in the
 * background, so their index and their visitors' questions keep meeting.
 * 1: what migration 0006 and every release until Polish stemming wrote;
 * 2: Polish stemmed; 3: Vietnamese words keep their accents; 4: Czech,
 * Slovak, Slovenian, Croatian, Bosnian, Catalan, Basque, Galician, Estonian,
 * Latvian, Afrikaans, Swahili, Tagalog, Hebrew, Persian, Bengali, Marathi;
 * 5: Korean words followed by their syllable bigrams; 6: Persian ی and ک
 * folded with Arabic ي and ك, question words for Indonesian, Ukrainian,
 * Bulgarian, Norwegian, Finnish, Hungarian and Romanian, and colloquial ones
 * for German, Turkish, Arabic, Hindi, Polish, Czech, Vietnamese, Persian,
 * Korean and Greek; 7: stopwords-iso's Ukrainian list for Orama's garbled
 * one, short hiragana pieces (Japanese particles and inflections) dropped, a
 * compound of function words (est-ce) dropped whole; 8: a hyphenated word
 * also read joined (e-bike → ebike); 9: Persian suffixes stripped, English
 * now, just, really, also and Indonesian cara, sekarang dropped from
 * questions; 10: Czech and Slovak stemmed by Dolamic & Savoy's light Czech
 * stemmer on words without diacritics, Hebrew plurals and final letters
 * evened out and each Hebrew word also read without a possible prefix,
 * apostrophes inside Ukrainian words dropped; 11: Ukrainian verbs' personal
 * endings stripped (ukrainian-stemmer.ts); 12: Hungarian verbs' infinitive,
 * potential and conditional endings stripped (hungarian-stemmer.ts), more
 * Hungarian and Finnish question words; 13: English contractions read as
 * the language writes them (don't, doesn't: nothing; it's, we're, Python's:
 * the word before), where `doesn`, `isn` and `won` were terms; 14: Georgian
 * (its script) read as a language of its own; 15: Thai's and Lao's sara am
 * put back together after NFKC, so ICU's dictionary segments their words;
 * 16: a Turkish proper noun read without the suffix its apostrophe sets off
 * (İstanbul'da: istanbul, where `da` was a term), and an Arabic stem also
 * read without its present tense's person prefix (تبيع: also بيع); 17:
 * Persian verbs' plural persons stripped and its ezafe and tanwin marks
 * dropped, Finnish verbs' plural persons taken off before stemming, more
 * Ukrainian and Greek pronouns and Slovenian "have" dropped
 * (function-words.ts); 18: English stemmed by Snowball's English stemmer
 * (Porter2), where Orama's Porter stemmer cut "exception" to `excep`, an
 * acronym's plural without its s ("pdfs"), and a number of one-digit parts
 * (`0.1`) kept whole as well as in parts; 19: each two neighbouring
 * Vietnamese syllables also read as a term (giao+hàng), after the text's own
 * (syllable-pairs.ts); 20: Bulgarian verbs' present person endings stripped
 * after Lucene's stemmer, and a stem's last к/ц, г/з, х/с evened out
 * (bulgarian-stemmer.ts); Bengali nouns' number, classifier, case and
 * emphatic suffixes stripped and long ী, ূ read short (bengali-stemmer.ts),
 * its "you" (আপনারা, আপনাদের), colloquial একটা and সাথে dropped; 21:
 * Hungarian nouns' case, possessive and plural endings taken off by a light
 * stemmer in Savoy's manner before Snowball's (hungarian-stemmer.ts);
 * Tagalog stemmed (nlp.js's stemmer, its infixes only before a vowel:
 * tagalog-stemmer.ts), its "you" (kayo, nyo), particles (po, ba, lang) and
 * every function word's form with the linker -ng (kayong, pong) dropped;
 * Latvian stemmed (latvian-stemmer.ts: Kreslins' case endings, a verb's
 * person and infinitive) and its pronouns dropped (function-words.ts); 22:
 * Estonian stemmed (estonian-stemmer.ts: the cases' and a verb's endings,
 * the stem's grades met), its pronouns and forms of olema dropped;
 * Swahili stemmed (swahili-stemmer.ts: a verb's subject, tense, object
 * prefixes and suffixes, a noun's locative -ni) and its pronouns,
 * possessives and demonstratives dropped (function-words.ts).
 */
export const ANALYZER_VERSION = 22;

/** Options of analyze(). */
export interface AnalyzeOptions {
  /** A visitor's question: its question words ("how do I") are dropped too. */
  query?: boolean;
  /** A question typed without a single accent, in a language whose index keeps them: met by the words' folded forms. */
  unaccented?: boolean;
  /**
   * Another language whose stopwords and question words are dropped as well:
   * a question read in a second language keeps none of the first's function
   * words ("la", "de" of a Spanish question read as English).
   */
  alsoDrop?: string;
}

interface Analysis {
  profile: LanguageProfile;
  stopwords: Set<string>;
  questionWords: Set<string>;
  /** Each word's terms as found in text and in questions: most words recur. */
  terms: { index: Map<string, string[]>; query: Map<string, string[]>; unaccented: Map<string, string[]> };
  /**
   * Each lower-case word's stem, folded (null when the stem is empty): the
   * words above are as typed, and `The`, `the`, `os.path` and `path` share
   * the stemming of their parts.
   */
  stems: Map<string, string | null>;
  /**
   * Where accents tell words apart, the question words as typed without them:
   * all a question typed so drops. Its stopwords, folded, would swallow
   * content words (của "of" folds to cua, "crab").
   */
  unaccentedQuestionWords: Set<string>;
  segmenter: Intl.Segmenter;
}

const analyses = new Map<string, Analysis>();

/**
 * The index terms of `text` in `language` (a BCP 47 tag), in order:
 * Unicode-normalized, lower-cased, stopwords dropped, stemmed with the
 * language's Snowball stemmer, then accent-folded. Spaceless scripts are cut
 * into words by ICU's segmenter. A compound (`str.split`, `apt-get`,
 * `readFile`) is kept whole, unstemmed, and followed by its analyzed parts.
 * Indexing and questions go through this same function, so they meet.
 */
export function analyze(text: string, language: string | null | undefined, options: AnalyzeOptions = {}): string[] {
  const analysis = analysisFor(language);
  const other =
    options.alsoDrop !== undefined && options.alsoDrop !== analysis.profile.code
      ? analysisFor(options.alsoDrop)
      : undefined;
  if (options.query && analysis.profile.accentsTellWordsApart && options.unaccented === undefined)
    return analyze(text, language, { ...options, unaccented: fold(text.toLowerCase()) === text.toLowerCase() });
  const terms: string[] = [];
  // ASCII text is its own NFKC form, with no Cyrillic apostrophe and no spaceless run.
  const ascii = isAscii(text);
  const tokens = ascii ? ASCII_WORD : TOKEN;
  const normalized = ascii ? text : joinApostrophes(compatibilityForm(text));
  const pairs = analysis.profile.syllablePairs
    ? new SyllablePairs(options.unaccented ? UNACCENTED : '', (words) => isDropped(words, analysis, options))
    : undefined;
  tokens.lastIndex = 0;
  // exec, not matchAll: its iterator costs as much as the matching on a page's worth of words.
  for (let match = tokens.exec(normalized); match !== null; match = tokens.exec(normalized)) {
    const run = ascii ? undefined : match[1];
    const word = ascii ? match[0] : match[2];
    const before = terms.length;
    if (run !== undefined) segmentRun(run, analysis, options, terms);
    else if (word !== undefined) {
      for (const piece of APOSTROPHE.test(word) ? apostrophePieces(word, analysis) : [word]) {
        const dropped =
          other &&
          piece.split(PART_SEPARATOR).every((part) => isDropped(lowerCase(part, other.profile.code), other, options));
        if (!dropped) analyzeWord(piece, analysis, options, terms);
      }
    }
    pairs?.next(normalized, match[0], match.index, terms, before);
  }
  // A pair's terms follow the text's words, so the words' positions (their
  // distances, their phrases) stay as they are.
  if (pairs) for (const pair of pairs.found) terms.push(pair);
  // Where accents tell words apart (Vietnamese cửa "door", cua "crab") they
  // stay, and the index holds the words also as typed without them, marked
  // apart and after them (so neither sequence breaks the other's phrases): a
  // question with accents means the words it writes, a question typed
  // without any means every word that folds to what it typed.
  return analysis.profile.accentsTellWordsApart && !options.query ? [...terms, ...terms.map(unaccented)] : terms;
}

/**
 * The words of a token written with apostrophes: those on each side (French
 * l'ordinateur: l, ordinateur; Turkish İstanbul'da: istanbul, da), but where
 * the language contracts words so (English don't, it's), what its profile
 * reads of the contraction.
 */
function apostrophePieces(token: string, analysis: Analysis): string[] {
  const pieces = token.split(APOSTROPHE);
  if (pieces.length === 2) {
    const read = analysis.profile.contraction?.(pieces[0]!, pieces[1]!.toLowerCase());
    if (read === 'none') return [];
    if (read === 'before') return [pieces[0]!];
  }
  return pieces;
}

/** A word's accent-folded form, marked apart from the words themselves. */
const unaccented = (term: string) => UNACCENTED + fold(term);

function analyzeWord(token: string, analysis: Analysis, options: AnalyzeOptions, terms: string[]): void {
  const cache = options.unaccented
    ? analysis.terms.unaccented
    : options.query
      ? analysis.terms.query
      : analysis.terms.index;
  let found = cache.get(token);
  if (found === undefined) {
    found = termsOfWord(token, analysis, options);
    if (cache.size >= TERM_CACHE_LIMIT) cache.clear();
    cache.set(token, found);
  }
  for (const term of found) terms.push(term);
}

function termsOfWord(token: string, analysis: Analysis, options: AnalyzeOptions): string[] {
  const terms: string[] = [];
  // Most words are one part: ASCII with no separator and no lower-upper seam.
  const parts = ONE_PART.test(token)
    ? [token]
    : token
        .split(PART_SEPARATOR)
        .flatMap((part) => part.split(CAMEL_CASE))
        .filter((part) => part !== '');
  if (parts.length > 1) {
    const whole = fold(asciiDigits(lowerCase(token, analysis.profile.code)));
    // `e.g` and `i.e` are compounds of nothing, and French `est-ce` one of
    // function words; `0.1` and `2.0` are numbers.
    const code = analysis.profile.code;
    const content = parts.some(
      (part) => (part.length > 1 || HAS_DIGIT.test(part)) && !isDropped(lowerCase(part, code), analysis, options),
    );
    if (whole.length <= MAX_TERM_LENGTH && content) terms.push(whole);
    // A hyphenated word is also typed joined ("e-bike", "ebike"; "e-mail",
    // "email"): its parts run together are a word of their own, stemmed.
    if (content && HYPHENATED_WORD.test(token)) {
      const joined = termOf(token.replaceAll('-', ''), analysis, options);
      if (joined !== null) terms.push(options.unaccented ? unaccented(joined) : joined);
    }
  }
  for (const part of parts) {
    const term = termOf(part, analysis, options);
    if (term === null) continue;
    terms.push(options.unaccented ? unaccented(term) : term);
    const others = analysis.profile.alsoRead?.(term);
    if (others) for (const other of others) terms.push(other);
  }
  return terms;
}

function termOf(part: string, analysis: Analysis, options: AnalyzeOptions): string | null {
  const code = analysis.profile.code;
  const lower = asciiDigits(lowerCase(part, code));
  if (lower.length > MAX_TERM_LENGTH) return null;
  if (lower.length === 1 && !HAS_DIGIT.test(lower)) return null;
  if (isDropped(lower, analysis, options)) return null;
  if (analysis.profile.accentsTellWordsApart) return lower;
  const stem = analysis.profile.stem;
  if (!stem || lower.length < 3 || !LETTERS_ONLY.test(lower)) return fold(lower);
  let stemmed = analysis.stems.get(lower);
  if (stemmed === undefined) {
    const folded = fold(stem(prepareForStemming(lower, code)));
    stemmed = folded.length > 0 ? folded : null;
    if (analysis.stems.size >= TERM_CACHE_LIMIT) analysis.stems.clear();
    analysis.stems.set(lower, stemmed);
  }
  return stemmed;
}

// V8 walks a segmented string in time that grows with its length at every
// step, so long runs are cut first; a word cut in two at a seam is rare.
const MAX_RUN = 200;

// A function word ICU's dictionary cuts in pieces (Thai เท่าไหร่, "how much", as
// เท่า|ไหร่) is still one: up to this many neighbouring pieces are tried together.
const MAX_PIECES = 3;

function segmentRun(run: string, analysis: Analysis, options: AnalyzeOptions, terms: string[]): void {
  for (let start = 0; start < run.length; start += MAX_RUN) {
    const words = [...analysis.segmenter.segment(run.slice(start, start + MAX_RUN))]
      .filter((segment) => segment.isWordLike)
      .map((segment) => segment.segment);
    for (let i = 0; i < words.length; ) {
      const pieces = droppedPieces(words, i, analysis, options);
      if (pieces === 0 && !isKanaInflection(words[i]!)) terms.push(words[i]!);
      i += Math.max(pieces, 1);
    }
  }
}

// Japanese writes its content words in kanji and katakana, and its particles,
// auxiliaries and inflections in hiragana; with no dictionary of parts of
// speech, ICU cuts those into short hiragana pieces (って, だけど, もらえる,
// ちゃ) that are no evidence of a topic, and vary with the register.
const SHORT_HIRAGANA = /^\p{sc=Hiragana}{1,3}$/u;
const isKanaInflection = (word: string) => SHORT_HIRAGANA.test(word);

/** How many words from `at` on (the longest run) together form a dropped function word; 0 when none does. */
function droppedPieces(words: string[], at: number, analysis: Analysis, options: AnalyzeOptions): number {
  let joined = '';
  let longest = 0;
  for (let n = 1; n <= MAX_PIECES && at + n <= words.length; n++) {
    joined += words[at + n - 1];
    if (isDropped(joined, analysis, options)) longest = n;
  }
  return longest;
}

/**
 * How many of `words` (lower-case) are function words of `language`, the
 * words a question in it is wrapped in: its stopwords and question words.
 */
export function countFunctionWords(words: readonly string[], language: string): number {
  const analysis = analysisFor(language);
  let count = 0;
  for (const word of words) if (isDropped(word, analysis, QUERY)) count++;
  return count;
}

const QUERY: AnalyzeOptions = { query: true };

function isDropped(word: string, analysis: Analysis, options: AnalyzeOptions): boolean {
  if (options.unaccented) return analysis.unaccentedQuestionWords.has(fold(word));
  const { stopwords, questionWords } = analysis;
  if (stopwords.size === 0 && questionWords.size === 0) return false;
  const folded = analysis.profile.accentsTellWordsApart ? word : fold(word);
  if (stopwords.has(word) || stopwords.has(folded)) return true;
  return options.query === true && (questionWords.has(word) || questionWords.has(folded));
}

function analysisFor(language: string | null | undefined): Analysis {
  const profile = languageProfile(language);
  let analysis = analyses.get(profile.code);
  if (!analysis) {
    const lower = (words: readonly string[]) =>
      // Some published lists carry a byte-order mark on their first word.
      words.map((w) => lowerCase(compatibilityForm(w).replace(/\uFEFF/g, ''), profile.code));
    const normalized = (words: readonly string[]) =>
      new Set(profile.accentsTellWordsApart ? lower(words) : lower(words).flatMap((w) => [w, fold(w)]));
    analysis = {
      profile,
      stopwords: normalized(profile.stopwords),
      questionWords: normalized(profile.questionWords),
      unaccentedQuestionWords: new Set(profile.accentsTellWordsApart ? lower(profile.questionWords).map(fold) : []),
      terms: { index: new Map(), query: new Map(), unaccented: new Map() },
      stems: new Map(),
      // Han and kana runs in a page of another language are Chinese or Japanese;
      // ICU picks its dictionary by script, the locale only breaks ties.
      segmenter: new Intl.Segmenter(profile.segmented ? profile.code : 'zh', { granularity: 'word' }),
    };
    analyses.set(profile.code, analysis);
  }
  return analysis;
}
