import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as armenian } from '@orama/stemmers/armenian';
import { bulgarian } from './bulgarian-stemmer.js';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as hindi } from '@orama/stemmers/indian';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as irish } from '@orama/stemmers/irish';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as nepali } from '@orama/stemmers/nepali';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as serbian } from '@orama/stemmers/serbian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as tamil } from '@orama/stemmers/tamil';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { ukrainian } from './ukrainian-stemmer.js';
import { estonian } from './estonian-stemmer.js';
import { stopwords as arabicStop } from '@orama/stopwords/arabic';
import { stopwords as armenianStop } from '@orama/stopwords/armenian';
import { stopwords as bulgarianStop } from '@orama/stopwords/bulgarian';
import { stopwords as danishStop } from '@orama/stopwords/danish';
import { stopwords as dutchStop } from '@orama/stopwords/dutch';
import { stopwords as englishStop } from '@orama/stopwords/english';
import { stopwords as finnishStop } from '@orama/stopwords/finnish';
import { stopwords as frenchStop } from '@orama/stopwords/french';
import { stopwords as germanStop } from '@orama/stopwords/german';
import { stopwords as greekStop } from '@orama/stopwords/greek';
import { stopwords as hindiStop } from '@orama/stopwords/indian';
import { stopwords as hungarianStop } from '@orama/stopwords/hungarian';
import { stopwords as indonesianStop } from '@orama/stopwords/indonesian';
import { stopwords as irishStop } from '@orama/stopwords/irish';
import { stopwords as italianStop } from '@orama/stopwords/italian';
import { stopwords as japaneseStop } from '@orama/stopwords/japanese';
import { stopwords as lithuanianStop } from '@orama/stopwords/lithuanian';
import { stopwords as chineseStop } from '@orama/stopwords/mandarin';
import { stopwords as nepaliStop } from '@orama/stopwords/nepali';
import { stopwords as norwegianStop } from '@orama/stopwords/norwegian';
import { stopwords as portugueseStop } from '@orama/stopwords/portuguese';
import { stopwords as romanianStop } from '@orama/stopwords/romanian';
import { stopwords as russianStop } from '@orama/stopwords/russian';
import { stopwords as serbianStop } from '@orama/stopwords/serbian';
import { stopwords as spanishStop } from '@orama/stopwords/spanish';
import { stopwords as swedishStop } from '@orama/stopwords/swedish';
import { stopwords as tamilStop } from '@orama/stopwords/tamil';
import { stopwords as turkishStop } from '@orama/stopwords/turkish';
import isoStopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { czech } from './czech-stemmer.js';
import { basque, catalan, english, polish, slovenian } from './nlpjs-stemmers.js';
import { finnish } from './finnish-stemmer.js';
import { MORE_FUNCTION_WORDS, withTagalogLinker } from './function-words.js';
import { hebrew, withoutPrefix } from './hebrew-stemmer.js';
import { hungarian } from './hungarian-stemmer.js';
import { persian } from './persian-stemmer.js';
import { bengali } from './bengali-stemmer.js';
import { tagalog } from './tagalog-stemmer.js';
import { swahili } from './swahili-stemmer.js';
import { latvian } from './latvian-stemmer.js';
import { questionWords } from './question-words.js';
import { englishContraction, syllableBigrams, turkishContraction, withoutVerbPrefix } from './language-rules.js';

/** How text in one language is analyzed. */
export interface LanguageProfile {
  /** BCP 47 primary subtag: `en`, `de`, `zh`… or `und` when unknown. */
  code: string;
  /** franc's ISO 639-3 code, to map detections back. */
  iso3: string;
  /** Snowball stemmer for lowercase words, when the language has one. */
  stem?: (word: string) => string;
  /** Function words, dropped from the index and from questions. */
  stopwords: readonly string[];
  /** Words questions are wrapped in ("how do I", "wie kann ich", "如何"), dropped from questions only. */
  questionWords: readonly string[];
  /** Written without spaces between words: segmented by Intl.Segmenter (ICU's dictionaries). */
  segmented?: boolean;
  /** Joins words into compounds ("Fahrradlampe"): questions' words are matched inside the index's compounds. */
  compounds?: boolean;
  /**
   * Its stemmer leaves a verb's person ending (Czech prodáváme, prodáváte:
   * prodavam, prodavat): questions' words also meet the index's words that
   * swap their last two letters (term-variants.ts). Measured on the answers
   * benchmark's company sites, MRR@3 / page@3: Czech 0.461 → 0.489 / 50.0 →
   * 55.0 %, Slovak 0.417 → 0.464 / 45.0 → 46.7 %, Croatian 0.494 → 0.519 /
   * 53.3 → 55.0 %, Hungarian 0.483 → 0.478 / 41.7 → 45.0 % (answered 68.3 →
   * 71.7 %). Not where it measured worse, mostly languages whose stemmer
   * takes the endings already: Polish 0.561 → 0.544, Romanian 0.672 → 0.656,
   * Slovenian's page@3 48.3 → 46.7 %, and Finnish 0.472 → 0.458 (whose plural
   * persons finnish-stemmer.ts now takes off); Italian unchanged.
   */
  keepsPersonEndings?: boolean;
  /**
   * Accents alone tell words apart (Vietnamese của "of", cửa "door"): a word
   * is a function word only as written, never by its accent-folded form.
   */
  accentsTellWordsApart?: boolean;
  /**
   * Other terms a word is also indexed and asked by, after it, where a
   * language writes onto its words what a dictionary would take apart:
   * Korean its particles and endings (배송비는, 닫습니다), so a word is
   * followed by its two-syllable pieces (배송, 송비, 비는) as Lucene's CJK
   * analyzer indexes Hangul; Hebrew its prefixes, so a word is followed by
   * itself without a first letter that may be one (hebrew-stemmer.ts).
   */
  alsoRead?: (term: string) => string[];
  /**
   * Writes a space between the syllables of its words (Vietnamese): each two
   * neighbouring syllables are a term too, after the text's own
   * (syllable-pairs.ts). On the answers benchmark's Vietnamese site: MRR@3
   * 0.539 → 0.575 (held-out half 0.609 → 0.661), page@3 58.3 → 60.0 %;
   * answered 90.0 → 85.0 %, off-topic refused 65.0 → 70.0 %; its index ~1.5
   * times the terms.
   */
  syllablePairs?: boolean;
  /** Writes every noun with a capital letter (German), so a capital does not mark a name. */
  capitalizesNouns?: boolean;
  /**
   * What to read of a word the language contracts with an apostrophe, given
   * the parts before and after it (lower-case): nothing, the part before, or
   * (undefined) each part as a word.
   */
  contraction?: (before: string, after: string) => 'none' | 'before' | undefined;
}

const profiles: LanguageProfile[] = [
  {
    code: 'ar',
    iso3: 'arb',
    stem: arabic,
    stopwords: arabicStop,
    questionWords: questionWords('ar'),
    alsoRead: withoutVerbPrefix,
  },
  { code: 'bg', iso3: 'bul', stem: bulgarian, stopwords: bulgarianStop, questionWords: questionWords('bg') },
  { code: 'da', iso3: 'dan', stem: danish, stopwords: danishStop, questionWords: questionWords('da'), compounds: true },
  {
    code: 'de',
    iso3: 'deu',
    stem: german,
    stopwords: germanStop,
    questionWords: questionWords('de'),
    compounds: true,
    capitalizesNouns: true,
  },
  {
    code: 'el',
    iso3: 'ell',
    stem: greek,
    stopwords: [...greekStop, ...MORE_FUNCTION_WORDS.el!],
    questionWords: questionWords('el'),
  },
  {
    code: 'en',
    iso3: 'eng',
    stem: english,
    stopwords: englishStop,
    questionWords: questionWords('en'),
    contraction: englishContraction,
  },
  { code: 'es', iso3: 'spa', stem: spanish, stopwords: spanishStop, questionWords: questionWords('es') },
  {
    code: 'fi',
    iso3: 'fin',
    stem: finnish,
    stopwords: finnishStop,
    questionWords: questionWords('fi'),
    compounds: true,
  },
  { code: 'fr', iso3: 'fra', stem: french, stopwords: frenchStop, questionWords: questionWords('fr') },
  { code: 'ga', iso3: 'gle', stem: irish, stopwords: irishStop, questionWords: questionWords('ga') },
  { code: 'hi', iso3: 'hin', stem: hindi, stopwords: hindiStop, questionWords: questionWords('hi') },
  {
    code: 'hu',
    iso3: 'hun',
    stem: hungarian,
    stopwords: hungarianStop,
    questionWords: questionWords('hu'),
    compounds: true,
    keepsPersonEndings: true,
  },
  { code: 'hy', iso3: 'hye', stem: armenian, stopwords: armenianStop, questionWords: questionWords('hy') },
  { code: 'id', iso3: 'ind', stem: indonesian, stopwords: indonesianStop, questionWords: questionWords('id') },
  { code: 'it', iso3: 'ita', stem: italian, stopwords: italianStop, questionWords: questionWords('it') },
  { code: 'lt', iso3: 'lit', stem: lithuanian, stopwords: lithuanianStop, questionWords: questionWords('lt') },
  { code: 'ne', iso3: 'npi', stem: nepali, stopwords: nepaliStop, questionWords: questionWords('ne') },
  { code: 'nl', iso3: 'nld', stem: dutch, stopwords: dutchStop, questionWords: questionWords('nl'), compounds: true },
  {
    code: 'no',
    iso3: 'nob',
    stem: norwegian,
    stopwords: norwegianStop,
    questionWords: questionWords('no'),
    compounds: true,
  },
  { code: 'pt', iso3: 'por', stem: portuguese, stopwords: portugueseStop, questionWords: questionWords('pt') },
  { code: 'ro', iso3: 'ron', stem: romanian, stopwords: romanianStop, questionWords: questionWords('ro') },
  { code: 'ru', iso3: 'rus', stem: russian, stopwords: russianStop, questionWords: questionWords('ru') },
  {
    code: 'sr',
    iso3: 'srp',
    stem: serbian,
    stopwords: serbianStop,
    questionWords: questionWords('sr'),
    keepsPersonEndings: true,
  },
  {
    code: 'sv',
    iso3: 'swe',
    stem: swedish,
    stopwords: swedishStop,
    questionWords: questionWords('sv'),
    compounds: true,
  },
  { code: 'ta', iso3: 'tam', stem: tamil, stopwords: tamilStop, questionWords: questionWords('ta') },
  {
    code: 'tr',
    iso3: 'tur',
    stem: turkish,
    stopwords: turkishStop,
    questionWords: questionWords('tr'),
    contraction: turkishContraction,
  },
  {
    code: 'uk',
    iso3: 'ukr',
    stem: ukrainian,
    // stopwords-iso's: Orama's Ukrainian list is 28 words, five of them garbled (яко╞, в╡д).
    stopwords: [...isoStopwords.uk, ...MORE_FUNCTION_WORDS.uk!],
    questionWords: questionWords('uk'),
  },
  // Scripts without spaces: ICU's dictionary segmenter finds the words.
  { code: 'ja', iso3: 'jpn', stopwords: japaneseStop, questionWords: questionWords('ja'), segmented: true },
  { code: 'zh', iso3: 'cmn', stopwords: chineseStop, questionWords: questionWords('zh'), segmented: true },
  { code: 'th', iso3: 'tha', stopwords: [], questionWords: questionWords('th'), segmented: true },
  { code: 'lo', iso3: 'lao', stopwords: [], questionWords: [], segmented: true },
  { code: 'km', iso3: 'khm', stopwords: [], questionWords: [], segmented: true },
  { code: 'my', iso3: 'mya', stopwords: [], questionWords: [], segmented: true },
  // Stemmers and stopwords from elsewhere where Orama has none: nlp.js's
  // stemmers (nlpjs-stemmers.ts), Dolamic & Savoy's light Czech stemmer
  // (czech-stemmer.ts), stopwords-iso's lists. Croatian and Bosnian take
  // Snowball's Serbian stemmer, written for Serbian in Latin letters too.
  { code: 'pl', iso3: 'pol', stem: polish, stopwords: isoStopwords.pl, questionWords: questionWords('pl') },
  {
    code: 'cs',
    iso3: 'ces',
    stem: czech,
    stopwords: isoStopwords.cs,
    questionWords: questionWords('cs'),
    keepsPersonEndings: true,
  },
  {
    code: 'sl',
    iso3: 'slv',
    stem: slovenian,
    stopwords: [...isoStopwords.sl, ...MORE_FUNCTION_WORDS.sl!],
    questionWords: questionWords('sl'),
  },
  {
    code: 'hr',
    iso3: 'hrv',
    stem: serbian,
    stopwords: isoStopwords.hr,
    questionWords: questionWords('hr'),
    keepsPersonEndings: true,
  },
  {
    code: 'bs',
    iso3: 'bos',
    stem: serbian,
    stopwords: isoStopwords.hr,
    questionWords: questionWords('bs'),
    keepsPersonEndings: true,
  },
  { code: 'ca', iso3: 'cat', stem: catalan, stopwords: isoStopwords.ca, questionWords: questionWords('ca') },
  { code: 'eu', iso3: 'eus', stem: basque, stopwords: isoStopwords.eu, questionWords: questionWords('eu') },
  // Spaces between words, stopwords-iso's function words, no stemmer here
  // (words are folded, never stemmed) but for the light suffix strippers of
  // Latvian, Estonian, Hebrew, Persian and Bengali (latvian-stemmer.ts and the like),
  // Swahili's verb prefix and suffix stripper (swahili-stemmer.ts),
  // nlp.js's Tagalog one (tagalog-stemmer.ts) and Slovak's: the Czech one,
  // whose case endings Slovak mostly shares (no stemmer: benchmark page@3
  // 28 %, answered 40 %; Czech's: 43 %, 72 %).
  {
    code: 'sk',
    iso3: 'slk',
    stem: czech,
    stopwords: isoStopwords.sk,
    questionWords: questionWords('sk'),
    keepsPersonEndings: true,
  },
  { code: 'gl', iso3: 'glg', stopwords: isoStopwords.gl, questionWords: questionWords('gl') },
  {
    code: 'et',
    iso3: 'est',
    stem: estonian,
    stopwords: [...isoStopwords.et, ...MORE_FUNCTION_WORDS.et!],
    questionWords: questionWords('et'),
    compounds: true,
  },
  {
    code: 'lv',
    iso3: 'lvs',
    stem: latvian,
    stopwords: [...isoStopwords.lv, ...MORE_FUNCTION_WORDS.lv!],
    questionWords: questionWords('lv'),
  },
  { code: 'af', iso3: 'afr', stopwords: isoStopwords.af, questionWords: questionWords('af'), compounds: true },
  {
    code: 'sw',
    iso3: 'swh',
    stem: swahili,
    stopwords: [...isoStopwords.sw, ...MORE_FUNCTION_WORDS.sw!],
    questionWords: questionWords('sw'),
  },
  {
    code: 'tl',
    iso3: 'tgl',
    stem: tagalog,
    stopwords: withTagalogLinker([...isoStopwords.tl, ...MORE_FUNCTION_WORDS.tl!]),
    questionWords: withTagalogLinker(questionWords('tl')),
  },
  {
    code: 'he',
    iso3: 'heb',
    stem: hebrew,
    stopwords: isoStopwords.he,
    questionWords: questionWords('he'),
    alsoRead: withoutPrefix,
  },
  { code: 'fa', iso3: 'pes', stem: persian, stopwords: isoStopwords.fa, questionWords: questionWords('fa') },
  {
    code: 'bn',
    iso3: 'ben',
    stem: bengali,
    stopwords: [...isoStopwords.bn, ...MORE_FUNCTION_WORDS.bn!],
    questionWords: questionWords('bn'),
  },
  { code: 'mr', iso3: 'mar', stopwords: isoStopwords.mr, questionWords: questionWords('mr') },
  // No stemmer: words are folded, never stemmed. Georgian has no stopword list
  // either (its commonest function words are question words, dropped from questions only).
  { code: 'ka', iso3: 'kat', stopwords: [], questionWords: questionWords('ka') },
  { code: 'ko', iso3: 'kor', stopwords: [], questionWords: questionWords('ko'), alsoRead: syllableBigrams },
  {
    code: 'vi',
    iso3: 'vie',
    stopwords: isoStopwords.vi,
    questionWords: questionWords('vi'),
    accentsTellWordsApart: true,
    syllablePairs: true,
  },
];

/** The profile of text whose language is not known: tokenized and folded, never stemmed. */
const UNDETERMINED: LanguageProfile = { code: 'und', iso3: 'und', stopwords: [], questionWords: [] };

const byCode = new Map(profiles.map((p) => [p.code, p]));
const byIso3 = new Map(profiles.map((p) => [p.iso3, p]));
// Tags that name a supported language by another code.
const ALIASES: Record<string, string> = {
  nb: 'no',
  nn: 'no',
  iw: 'he',
  cmn: 'zh',
  yue: 'zh',
  in: 'id',
  // Malay and Indonesian share their grammar and most of their words.
  ms: 'id',
  sh: 'sr',
};

/** Every language with its own analysis. */
export const SUPPORTED_LANGUAGES: readonly string[] = profiles.map((p) => p.code);

/** The profile for a BCP 47 tag (`de-AT`, `zh-Hans-CN`, `pt_BR`…), or UNDETERMINED. */
export function languageProfile(tag: string | null | undefined): LanguageProfile {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return byCode.get(ALIASES[primary] ?? primary) ?? UNDETERMINED;
}

/** The profile for franc's ISO 639-3 detection, or UNDETERMINED. */
export function profileOfIso3(iso3: string): LanguageProfile {
  return byIso3.get(iso3) ?? (iso3 === 'zlm' ? byCode.get('id')! : UNDETERMINED);
}
