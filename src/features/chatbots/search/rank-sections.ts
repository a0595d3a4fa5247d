import { languageProfile, type LanguageProfile } from '../../../lib/text-analysis/languages.js';
import type { Database } from '../../../storage/database.js';
import { answerTypes, answerTypeTerms, holdsAnswerType, type AnswerType } from './answer-types.js';
import { typedTerms } from './typed-reading.js';
import { allTermsCandidates, rareCandidates, splitByRarity } from './candidates.js';
import type { ChunkRow } from './chunk-rows.js';
import { loadIndexStats, type IndexStats } from './index-stats.js';
import { readQuestion, weighTerms, type QueryReading } from './query-terms.js';
import { RANKING, rerankScore, upperBound } from './ranking-params.js';
import type { RankedSection } from './ranked-section.js';
import { rerank } from './rerank.js';
import { scoreChunk } from './score-chunk.js';
import { termCacheOf } from './term-cache.js';
import { loadTermCounts } from './term-variants.js';

/** The chatbot searched; its `index_version`, when known, lets its term statistics be read once per version. */
export interface SearchTarget {
  workspaceId: string;
  chatbotId: string;
  indexVersion?: string | null;
}

/** A question's ranking over a chatbot's index, with what refusal decides on. */
export interface Ranking {
  sections: RankedSection[];
  /** The readings of the question, most likely language first. */
  readings: QueryReading[];
  stats: IndexStats;
  /** The kinds of answer the question asks for, by its cue words. */
  types: AnswerType[];
}

/**
 * Ranks a chatbot's sections for a question in two stages: the engine finds
 * candidates by the question's rarer terms; each is then scored exactly —
 * BM25F over title, headings and text with the chatbot's own statistics, the
 * same on both engines — and re-ranked on term coverage, heading match and
 * proximity, and on holding the kind of answer the question asks for (a
 * phone number, a price). Each section appears once, by its best chunk;
 * the best RERANK_DEPTH are then ordered by the learned re-ranking (rerank.ts).
 */
export async function rankSections(
  database: Database,
  target: SearchTarget,
  question: string,
  limit: number,
): Promise<Ranking> {
  const stats = await loadIndexStats(database.db, target);
  const types = answerTypes(question);
  // The words an answer of the type asked for stands under ("address",
  // "street" for "Where are you located?") are counted with each reading's
  // own, and join them when the question needs them (typedTerms).
  const asked = readQuestion(question, stats.languages).map((r) => ({
    ...r,
    added: answerTypeTerms(types, r.language).filter((t) => !r.terms.includes(t)),
  }));
  const allTerms = [...new Set(asked.flatMap((r) => [...r.terms, ...r.added]))];
  // The terms of the readings in languages whose profile says so.
  const readIn = (has: (profile: LanguageProfile) => boolean | undefined) =>
    new Set(asked.filter((r) => has(languageProfile(r.language))).flatMap((r) => [...r.terms, ...r.added]));
  const counts = await loadTermCounts(database.db, { chatbotId: target.chatbotId, chunks: stats.chunks }, allTerms, {
    compounding: readIn((p) => p.compounds),
    swapping: readIn((p) => p.keepsPersonEndings),
    cache: termCacheOf(target),
  });
  const { df, variants } = counts;
  const inIndex = (t: string) => (df.get(t) ?? 0) > 0 || (variants.get(t)?.length ?? 0) > 0;
  const readings = asked.map((r) => ({
    language: r.language,
    names: r.names,
    terms: weighTerms(typedTerms(r, types, question, inIndex), counts, stats.chunks),
  }));
  // The engines look for the question's own terms; a variant only stands in
  // for a term the index lacks (a typo, another form). Variants of terms it
  // has count in the scoring, not in the search.
  const searchable = new Map(readings.flatMap((r) => r.terms).map(({ term }) => [term, df.get(term) ?? 0]));
  // Only for the readings' terms: the words a kind of answer stands under that
  // a question does not need (typedTerms) are counted, not searched for.
  for (const [term, found] of variants)
    if (searchable.get(term) === 0) for (const v of found) searchable.set(v.term, v.df);
  const { rare, common, cheap } = splitByRarity([...searchable].map(([term, n]) => ({ term, df: n })));

  const best = new Map<string, RankedSection>();
  const seen = new Set<number>();
  const score = (chunks: ChunkRow[]) => {
    for (const chunk of chunks) {
      if (seen.has(chunk.id)) continue;
      seen.add(chunk.id);
      const reading = readings.find((r) => r.language === chunk.language) ?? readings[0]!;
      const found = scoreChunk(chunk, reading.terms, stats, RANKING.bm25f);
      if (found.matched.size === 0) continue;
      const typed = holdsAnswerType(types, chunk.text);
      const base = rerankScore(found, reading.terms) + (typed ? RANKING.answerType : 0);
      const key = sectionKey(chunk);
      const kept = best.get(key);
      if (!kept || base > kept.base || (base === kept.base && chunk.id < kept.chunk.id))
        best.set(key, { chunk, score: base, base, found, typed, reading });
    }
  };
  if (!cheap) {
    // Every term is common: chunks holding all of them (or the two rarest)
    // are found through the index's intersection; ranking the rarest term's
    // matches is the last resort.
    const byRarity = [...rare, ...common];
    for (const terms of [byRarity, byRarity.slice(0, 2), byRarity.slice(0, 1)]) {
      if (best.size >= TOP_SECTIONS || (terms.length < 2 && best.size > 0)) break;
      score(
        terms.length === 1
          ? (await rareCandidates(database, target, terms, { chunks: stats.chunks, common: true })).chunks
          : await allTermsCandidates(database, target, terms, { chunks: stats.chunks, common: true }),
      );
    }
    return finish(best, { readings, stats, types }, limit);
  }
  const holding = (term: string) => searchable.get(term) ?? 0;
  const found = await rareCandidates(database, target, rare, {
    chunks: stats.chunks,
    atMost: rare.reduce((sum, term) => sum + holding(term), 0),
  });
  score(found.chunks);
  // The chunks holding every term hold the rare ones: when the engine handed
  // on every chunk holding one, they are scored already. Otherwise, a chunk
  // without any rare term scores at most what the common terms can give
  // (MaxScore): when that cannot reach the sections already found, the query
  // for chunks holding every term is not needed either.
  if (common.length > 0 && !found.complete) {
    const ranked = [...best.values()].map((s) => s.base).sort((a, b) => b - a);
    const threshold = ranked[Math.min(limit, TOP_SECTIONS) - 1] ?? 0;
    const typed = types.length > 0 ? RANKING.answerType : 0;
    if (commonTermsBound(readings, new Set(common)) + typed > threshold)
      score(
        await allTermsCandidates(database, target, [...rare, ...common], {
          chunks: stats.chunks,
          atMost: Math.min(...[...rare, ...common].map(holding)),
        }),
      );
  }
  return finish(best, { readings, stats, types }, limit);
}

function finish(best: Map<string, RankedSection>, asked: Omit<Ranking, 'sections'>, limit: number): Ranking {
  const firstStage = [...best.values()].sort((a, b) => b.base - a.base || a.chunk.id - b.chunk.id);
  return { sections: rerank(firstStage).slice(0, limit), ...asked };
}

// The sections that must be exact: those an answer quotes and cites.
const TOP_SECTIONS = 5;

/** The most a chunk holding only `common` terms (of any reading) could score. */
function commonTermsBound(readings: QueryReading[], common: Set<string>): number {
  return Math.max(
    ...readings.map(({ terms }) => {
      const holds = terms.filter((t) => common.has(t.term) || t.variants.some((v) => common.has(v)));
      return upperBound(holds, terms);
    }),
  );
}

/** A section is its page's anchor; chunks of a section without one share its heading. */
export function sectionKey(chunk: Pick<ChunkRow, 'url' | 'anchor' | 'heading'>): string {
  return chunk.anchor ? `${chunk.url}#${chunk.anchor}` : `${chunk.url}\u0000${chunk.heading}`;
}
