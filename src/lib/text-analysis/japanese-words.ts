import fs from 'node:fs';
import { createRequire } from 'node:module';
import { initSync, type Tokenizer, TokenizerBuilder } from 'lindera-wasm-ipadic';

// Japanese read as a morphological analyzer reads it (Lindera, with the
// IPADIC dictionary that Lucene's Kuromoji and kuromoji.js also use): each
// word in its dictionary form (買った, 買います → 買う; 高かった → 高い), and
// the parts of speech that carry no topic left out, as Lucene's
// JapaneseAnalyzer leaves them out (its default stoptags).
const FUNCTION_POS = new Set(['助詞', '助動詞', '記号', '接続詞', 'フィラー', '非言語音']);
// Verbs and nouns that only lean on another word: the auxiliary verbs of
// aspect and voice (開いている, 見られる: いる, られる) and the formal nouns
// (こと, もの, よう).
const DEPENDENT = new Set(['非自立', '接尾']);
const DEPENDENT_POS = new Set(['動詞', '形容詞']);

let tokenizer: Tokenizer | undefined;

/**
 * The words of a run of Japanese text (kanji and kana, no spaces), in order:
 * each in its dictionary form, function words left out. Loads the dictionary
 * (about 160 MB, a quarter of a second) the first time it is called in a
 * thread, and only then: a site without Japanese never does.
 */
export function japaneseWords(run: string): string[] {
  tokenizer ??= loadTokenizer();
  const words: string[] = [];
  for (const token of tokenizer.tokenize(run) as Map<string, unknown>[]) {
    const details = token.get('details') as string[];
    const text = token.get('text') as string;
    // A word the dictionary lacks (a name, a new katakana word) is kept as written.
    if (details.length < 7) {
      words.push(katakanaStem(text));
      continue;
    }
    const [pos, detail] = details as [string, string];
    if (FUNCTION_POS.has(pos) || (pos === 'その他' && detail === '間投')) continue;
    if (DEPENDENT.has(detail) && (DEPENDENT_POS.has(pos) || detail === '非自立')) continue;
    const base = details[6]!;
    words.push(base === '*' ? katakanaStem(text) : (verbOf(pos, details[4]!, base) ?? katakanaStem(base)));
  }
  return words;
}

// A verb's stem is also a noun (申し込み, 取り消し; お貸しします reads 貸し as one):
// it is read as the verb it comes from (申し込む) where the dictionary has it,
// so "取り消したい" meets "取り消しのお手続き". (Reading a verb of ability as
// its verb, 使える → 使う, also took 揺れる for 揺る: left out.)
const I_TO_U: Record<string, string> = {
  い: 'う',
  き: 'く',
  ぎ: 'ぐ',
  し: 'す',
  ち: 'つ',
  に: 'ぬ',
  び: 'ぶ',
  み: 'む',
  り: 'る',
};
const KANJI = /\p{sc=Han}/u;
const verbs = new Map<string, string | null>();

function verbOf(pos: string, conjugation: string, base: string): string | undefined {
  if (!KANJI.test(base)) return undefined;
  if (pos === '名詞') {
    const last = I_TO_U[base.at(-1)!];
    return last === undefined ? undefined : (verb(base.slice(0, -1) + last) ?? verb(`${base}る`, '一段'));
  }
  return undefined;
}

/** `form` when the dictionary reads it as one verb in its dictionary form, of the conjugation given. */
function verb(form: string, conjugation = ''): string | undefined {
  let found = verbs.get(form + conjugation);
  if (found === undefined) {
    const tokens = tokenizer!.tokenize(form) as Map<string, unknown>[];
    const details = tokens.length === 1 ? (tokens[0]!.get('details') as string[]) : [];
    const known = details[0] === '動詞' && details[1] === '自立' && details[6] === form;
    found = known && details[4]!.startsWith(conjugation) ? form : null;
    if (verbs.size >= 100_000) verbs.clear();
    verbs.set(form + conjugation, found);
  }
  return found ?? undefined;
}

/** Whether the dictionary is loaded in this thread. */
export const japaneseDictionaryLoaded = (): boolean => tokenizer !== undefined;

function loadTokenizer(): Tokenizer {
  const require = createRequire(import.meta.url);
  initSync({ module: fs.readFileSync(require.resolve('lindera-wasm-ipadic/lindera_wasm_bg.wasm')) });
  const builder = new TokenizerBuilder();
  builder.setDictionary('embedded://ipadic');
  // Compound nouns also cut into their words (関西国際空港 → 関西, 国際, 空港), as
  // Lucene's search mode cuts them: a question names a part more often than the whole.
  builder.setMode('decompose');
  return builder.build();
}

// Katakana loanwords are written with and without their final long vowel
// (コンピューター, コンピュータ); Lucene's JapaneseKatakanaStemFilter drops it from
// words of four characters or more, and so does this.
const LONG_KATAKANA = /^[\p{sc=Katakana}ー]{3,}ー$/u;
const katakanaStem = (word: string) => (LONG_KATAKANA.test(word) ? word.slice(0, -1) : word);
