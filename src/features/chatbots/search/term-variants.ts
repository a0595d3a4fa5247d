import { sql } from 'kysely';
import type { Executor } from '../../../storage/database.js';
import { keep, type TermCache, type TermRow } from './term-cache.js';

// Stemmers disagree with themselves ("define" → defin, "definition" →
// definit) and segmenters with each other (软件 / 软件包): a question term
// also matches the index's terms that extend it, or that it extends, by a
// short ending. They count for less than the term itself.
const SPACELESS = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+$/u;
const LETTERS = /^\p{L}+$/u;
const HANGUL = /^\p{sc=Hangul}+$/u;
const MAX_VARIANTS = 4;

interface Shape {
  /** Shortest term that gets variants. */
  min: number;
  /** Most characters a variant adds or drops. */
  ending: number;
  /** Variants may also swap the ending for another (토요일엔 / 토요일에는), not only add or drop one. */
  swaps?: boolean;
}

/** A plain word of letters, not a compound (`object.h`) or a name with digits (`object2`). */
function isWord(term: string): boolean {
  return LETTERS.test(term) || SPACELESS.test(term);
}

// A verb's person is its last letters, which a light stemmer keeps: the
// shop's "we sell" and the visitor's "you sell" differ in their ending
// (Czech prodáváme / prodáváte: prodavam, prodavat). In a language whose
// stemmer keeps them (LanguageProfile.keepsPersonEndings), a word of six
// letters or more also meets the index's words that swap its last two
// letters for others.
const SWAPPED: Shape = { min: 4, ending: 2, swaps: true };
const MIN_SWAPPED_LENGTH = 6;

function shapeOf(term: string, swapping = false): Shape | null {
  if (swapping && LETTERS.test(term) && term.length >= MIN_SWAPPED_LENGTH && !SPACELESS.test(term)) return SWAPPED;
  if (SPACELESS.test(term)) return term.length >= 2 ? { min: 2, ending: 1 } : null;
  // Korean writes a word's particles onto it (배송비는, 배송비를: the shipping
  // cost, as topic and as object), one or two syllables long.
  if (HANGUL.test(term)) return term.length >= 2 ? { min: 2, ending: 2, swaps: true } : null;
  return LETTERS.test(term) && term.length >= 5 ? { min: 4, ending: 3 } : null;
}

/** What a term keeps when its ending may be swapped: all but `ending` characters, never fewer than `min`. */
const stemOf = (term: string, shape: Shape) => term.slice(0, Math.max(shape.min, term.length - shape.ending));

/** What the index holds of a question's terms. */
export interface TermCounts {
  /** Chunks holding each term (absent terms: 0). */
  df: Map<string, number>;
  /** For each term, the index's terms that extend it or that it extends by a short ending, most frequent first. */
  variants: Map<string, { term: string; df: number }[]>;
  /** The terms whose variants are guesses at a typo (one edit away), not forms of the same word. */
  guessed: Set<string>;
}

// Variants of a term in more than this share of the chunks change little in
// the ranking: their prefix ranges are not read.
const VARIANT_DF_SHARE = 0.05;

/**
 * The document frequencies of a question's terms, then of their variants.
 */
export async function loadTermCounts(
  db: Executor,
  target: { chatbotId: string; chunks: number },
  terms: string[],
  options: {
    /** The terms read in a language that writes compounds as one word (German, Dutch, the Nordic languages), which get compound variants too. */
    compounding?: ReadonlySet<string>;
    /** The terms read in a language whose stemmer keeps a verb's person ending, whose variants may swap their ending. */
    swapping?: ReadonlySet<string>;
    cache?: TermCache;
  } = {},
): Promise<TermCounts> {
  const { compounding = new Set<string>(), swapping = new Set<string>(), cache } = options;
  const { chatbotId } = target;
  const df = new Map(terms.map((t) => [t, 0]));
  const variants = new Map<string, { term: string; df: number }[]>();
  const guessed = new Set<string>();
  if (terms.length === 0) return { df, variants, guessed };
  const shaped = terms.flatMap((term) => {
    const shape = shapeOf(term, swapping.has(term));
    return shape ? [{ term, shape }] : [];
  });
  const shorter = shaped.flatMap(({ term, shape }) =>
    Array.from({ length: shape.ending }, (_, i) => term.slice(0, term.length - i - 1)).filter(
      (t) => t.length >= shape.min,
    ),
  );
  const rows = await countsOf(db, chatbotId, [...new Set([...terms, ...shorter])], cache);
  for (const row of rows) if (df.has(row.term)) df.set(row.term, row.chunks);
  const stems = shaped
    .filter(({ term }) => df.get(term)! <= VARIANT_DF_SHARE * target.chunks)
    .map(({ term, shape }) => (shape.swaps ? stemOf(term, shape) : term));
  rows.push(...(await rangesOf(db, chatbotId, stems, cache)));
  for (const { term, shape } of shaped) {
    const found = rows
      .filter(
        (r) =>
          r.term !== term &&
          isWord(r.term) &&
          Math.abs(r.term.length - term.length) <= shape.ending &&
          (shape.swaps ? r.term.startsWith(stemOf(term, shape)) : r.term.startsWith(term) || term.startsWith(r.term)),
      )
      .sort((a, b) => b.chunks - a.chunks || (a.term < b.term ? -1 : 1))
      .slice(0, MAX_VARIANTS)
      .map((r) => ({ term: r.term, df: r.chunks }));
    if (found.length > 0) variants.set(term, found);
  }
  const counts = { df, variants, guessed };
  await addCompoundVariants(db, chatbotId, [...compounding], counts);
  await addTypoVariants(db, chatbotId, terms, counts);
  return counts;
}

/** The rows of these terms the index holds, each once; read only for those not kept yet. */
async function countsOf(db: Executor, chatbotId: string, terms: string[], cache?: TermCache): Promise<TermRow[]> {
  const missing = cache ? terms.filter((t) => !cache.counts.has(t)) : terms;
  const rows =
    missing.length === 0
      ? []
      : await db
          .selectFrom('chatbot_terms')
          .select(['term', 'chunks'])
          .where('chatbot_id', '=', chatbotId)
          .where('term', 'in', missing)
          .execute();
  if (!cache) return rows;
  const found = new Map(rows.map((row) => [row.term, row.chunks]));
  for (const t of missing) keep(cache, { count: [t, found.get(t) ?? 0] });
  // A term's row goes when its count reaches 0 (adjustTermStats): 0 is a term the index lacks.
  return terms.flatMap((term) => {
    const chunks = cache.counts.get(term)!;
    return chunks > 0 ? [{ term, chunks }] : [];
  });
}

/**
 * The terms that extend each stem, range after range (a term in two ranges
 * comes twice). One index range per stem, united in one statement: an OR of
 * ranges would walk all the chatbot's terms. Each row says its range, so what
 * is kept is each range's own rows, as the index orders terms.
 */
async function rangesOf(db: Executor, chatbotId: string, stems: string[], cache?: TermCache): Promise<TermRow[]> {
  const missing = [...new Set(cache ? stems.filter((s) => !cache.ranges.has(s)) : stems)];
  const found = new Map<string, TermRow[]>(missing.map((stem) => [stem, []]));
  const ranges = missing.map((stem, i) =>
    db
      .selectFrom('chatbot_terms')
      .select(['term', 'chunks', sql<number>`${sql.lit(i)}`.as('range')])
      .where('chatbot_id', '=', chatbotId)
      .where('term', '>', stem)
      .where('term', '<', `${stem}\u{10FFFF}`),
  );
  if (ranges.length > 0)
    for (const { term, chunks, range } of await ranges
      .slice(1)
      .reduce((union, r) => union.unionAll(r), ranges[0]!)
      .execute())
      found.get(missing[Number(range)]!)!.push({ term, chunks });
  if (cache) for (const [stem, rows] of found) keep(cache, { range: [stem, rows] });
  return stems.flatMap((stem) => (cache ? cache.ranges.get(stem)! : found.get(stem)!));
}

/** The words of `terms` the index lacks altogether, with no variant found yet, at least `min` letters long. */
function lacking(terms: string[], { df, variants }: TermCounts, min: number): string[] {
  return terms.filter(
    (t) => df.get(t) === 0 && !variants.has(t) && t.length >= min && LETTERS.test(t) && !SPACELESS.test(t),
  );
}

// German and its neighbours join words into one ("Parkplätze",
// "Kundenparkplätze", "Fahrradlampen"), and a stemmer only trims the end: a
// question's compound the index lacks stands for its parts when the index
// has both ("fahrradlamp" → fahrrad + lamp, with a linking -s- or -n-
// dropped), and a word the index lacks for the index's compounds that begin
// or end with it ("parkplatz" → kundenparkplatz). Decompounding against the
// collection's own vocabulary (Braschler & Ripplinger 2004).
const MIN_COMPOUND_LENGTH = 6;
// A part has four letters at least: three-letter stems are everywhere, and a
// word split into two of them is mostly chance ("berlin" → ber + lin,
// Hungarian "idefelé" → ide + fel, "here" + "up").
const MIN_PART = 4;
const LINKING = ['s', 'es', 'n', 'en', 'e', 'er'];

/** The ways a word may be two words, each of MIN_PART letters or more; a head may drop a linking element ("fahrrads" → fahrrad). */
export function compoundSplits(term: string): { heads: string[]; tail: string }[] {
  return Array.from({ length: Math.max(0, term.length - 2 * MIN_PART + 1) }, (_, i) => {
    const [head, tail] = [term.slice(0, MIN_PART + i), term.slice(MIN_PART + i)];
    const linked = LINKING.filter((l) => head.endsWith(l) && head.length - l.length >= MIN_PART);
    return { heads: [head, ...linked.map((l) => head.slice(0, -l.length))], tail };
  });
}

async function addCompoundVariants(
  db: Executor,
  chatbotId: string,
  terms: string[],
  counts: TermCounts,
): Promise<void> {
  const { variants } = counts;
  const unknown = lacking(terms, counts, MIN_COMPOUND_LENGTH);
  if (unknown.length === 0) return;
  const splits = unknown.flatMap((term) => compoundSplits(term).map((split) => ({ term, ...split })));
  const parts = [...new Set(splits.flatMap((s) => [...s.heads, s.tail]))];
  const terms$ = db.selectFrom('chatbot_terms').select(['term', 'chunks']).where('chatbot_id', '=', chatbotId);
  // A word shorter than two parts has no split to look up (and PostgreSQL refuses an empty `in ()`).
  const rows = parts.length > 0 ? await terms$.where('term', 'in', parts).execute() : [];
  const known = new Map(rows.map((r) => [r.term, r.chunks]));
  for (const term of unknown) {
    // The most even split whose parts the index holds: "fahrrad|lamp", not "fahr|radlamp".
    const best = splits
      .filter((s) => s.term === term && known.has(s.tail))
      .flatMap((s) => s.heads.filter((h) => known.has(h)).map((head) => ({ head, tail: s.tail })))
      .sort((a, b) => Math.min(b.head.length, b.tail.length) - Math.min(a.head.length, a.tail.length))[0];
    if (best) {
      variants.set(term, [
        { term: best.head, df: known.get(best.head)! },
        { term: best.tail, df: known.get(best.tail)! },
      ]);
      continue;
    }
    const containing = await terms$
      .where('term', 'like', `%${term}%`)
      .orderBy('chunks', 'desc')
      .orderBy('term')
      .limit(4 * MAX_VARIANTS)
      .execute();
    const found = containing
      .filter((r) => r.term.length >= term.length + MIN_PART && isWord(r.term))
      .slice(0, MAX_VARIANTS);
    if (found.length > 0)
      variants.set(
        term,
        found.map((r) => ({ term: r.term, df: r.chunks })),
      );
  }
}

// A word the index lacks altogether may be a typo ("bandwith"): the index's
// words one edit away (a letter dropped, added, changed or two swapped) stand
// in for it. Short words are left alone: one edit from "moon" is "noon".
const MIN_TYPO_LENGTH = 5;
const LATIN = /^[a-z]+$/;
const MAX_TYPO_CANDIDATES = 2_000;

async function addTypoVariants(db: Executor, chatbotId: string, terms: string[], counts: TermCounts): Promise<void> {
  const { variants, guessed } = counts;
  const unknown = lacking(terms, counts, MIN_TYPO_LENGTH);
  if (unknown.length === 0) return;
  const candidates = new Map<string, string>();
  for (const term of unknown)
    for (const edit of oneEditAway(term)) if (!candidates.has(edit)) candidates.set(edit, term);
  const rows = await db
    .selectFrom('chatbot_terms')
    .select(['term', 'chunks'])
    .where('chatbot_id', '=', chatbotId)
    .where('term', 'in', [...candidates.keys()].slice(0, MAX_TYPO_CANDIDATES))
    .execute();
  for (const row of rows.sort((a, b) => b.chunks - a.chunks || (a.term < b.term ? -1 : 1))) {
    const term = candidates.get(row.term)!;
    const found = variants.get(term) ?? [];
    if (found.length < MAX_VARIANTS) variants.set(term, [...found, { term: row.term, df: row.chunks }]);
    guessed.add(term);
  }
}

/** The strings one edit from `word`: deletions, swaps, and (over its own alphabet, a–z for Latin words) substitutions and insertions. */
export function oneEditAway(word: string): Set<string> {
  const chars = [...word];
  const alphabet = LATIN.test(word) ? [...'abcdefghijklmnopqrstuvwxyz'] : [...new Set(chars)];
  const edits = new Set<string>();
  for (let i = 0; i <= chars.length; i++) {
    const [head, tail] = [chars.slice(0, i).join(''), chars.slice(i).join('')];
    if (tail) edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of alphabet) {
      if (tail) edits.add(head + c + tail.slice(1));
      edits.add(head + c + tail);
    }
  }
  edits.delete(word);
  return edits;
}
