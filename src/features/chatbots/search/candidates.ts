import type { Database } from '../../../storage/database.js';
import type { CandidateQuery } from './candidate-query.js';
import { postgresCandidatesQuery } from './candidates-postgres.js';
import { sqliteCandidatesQuery } from './candidates-sqlite.js';
import { loadChunks, type ChunkRow } from './chunk-rows.js';

// How many chunks the engine may rank for the rare-term query: a question's
// rare terms are what find its section, and ranking a couple of thousand
// matches is cheap on both engines where ranking half the index (a common
// word) is not.
const RARE_TERMS_BUDGET = 1200;
const RARE_LIMIT = 100;
const ALL_LIMIT = 40;
// When every term is common, the engine ranks this many of the matches at
// most: ranking all of a common word's matches costs tens of milliseconds at
// 100,000 chunks, and the exact scoring re-ranks what it hands on anyway.
const RANK_AT_MOST = 2 * RARE_TERMS_BUDGET;
// A chatbot of no more chunks than the rare-term budget is searched from its
// own rows: reading all of them costs no more than ranking the matches the
// design allows anyway, and nothing about other chatbots. Its own term
// counts cannot tell which terms are rare in the index (in a small chatbot
// every term is), so going through the terms' matches instead would read
// every chatbot's postings of common words (issue 20, point 5).
const SMALL_CHATBOT = RARE_TERMS_BUDGET;

/** A question's terms split by rarity: those the first query looks for, and the common rest. */
export function splitByRarity(terms: { term: string; df: number }[]): {
  rare: string[];
  common: string[];
  cheap: boolean;
} {
  const present = terms.filter((t) => t.df > 0).sort((a, b) => a.df - b.df || (a.term < b.term ? -1 : 1));
  const rare: string[] = [];
  let matched = 0;
  for (const { term, df } of present) {
    // The rarest always; the next ones while they match few chunks together.
    if (rare.length > 0 && matched + df > RARE_TERMS_BUDGET) break;
    rare.push(term);
    matched += df;
  }
  // Even the rarest term is everywhere: ranking its matches is the slow query to avoid.
  const cheap = matched <= RARE_TERMS_BUDGET;
  return { rare, common: present.slice(rare.length).map((t) => t.term), cheap };
}

/**
 * `chunks`: the chatbot's, which decides where the engine starts (SMALL_CHATBOT).
 * `common`: the terms are everywhere (`splitByRarity` found nothing cheap), so only some of their matches are ranked.
 */
interface Options {
  chunks: number;
  common?: boolean;
  /**
   * How many chunks may hold the terms, by the chatbot's own counts (any: the
   * sum of their frequencies; all: the least). When that cannot reach the
   * limit, the unranked query finds every match at once; when it can, the
   * ranked query runs straight away instead of after an unranked try.
   */
  atMost?: number;
}

/**
 * The best matches of any of the rare terms, read whole; `complete` when they
 * are all of them (the engine had fewer to hand on than it may).
 */
export async function rareCandidates(
  database: Database,
  target: { workspaceId: string; chatbotId: string },
  rare: string[],
  options: Options,
): Promise<{ chunks: ChunkRow[]; complete: boolean }> {
  if (rare.length === 0) return { chunks: [], complete: true };
  const chunks = await candidateChunks(
    database,
    { ...target, terms: rare, match: 'any', limit: RARE_LIMIT, ...cap(options) },
    options.atMost,
  );
  return { chunks, complete: chunks.length < RARE_LIMIT };
}

/** The best chunks holding every term (found through the index's intersection, cheap even for common terms), read whole. */
export function allTermsCandidates(
  database: Database,
  target: { workspaceId: string; chatbotId: string },
  terms: string[],
  options: Options,
): Promise<ChunkRow[]> {
  return candidateChunks(
    database,
    { ...target, terms, match: 'all', limit: ALL_LIMIT, ...cap(options) },
    options.atMost,
  );
}

// Every query here matches few chunks of the chatbot: the rare terms' at most
// RARE_TERMS_BUDGET, those holding them and more, or RANK_AT_MOST ranked. A
// large chatbot's are found from the matches; a small one's from its chunks.
const cap = (options: Options) => ({
  from: options.chunks <= SMALL_CHATBOT ? ('chatbot' as const) : ('matches' as const),
  ...(options.common ? { rankAtMost: RANK_AT_MOST } : {}),
});

// The engine's candidates and their rows in one query: on PostgreSQL, one round trip instead of two.
async function candidateChunks(database: Database, query: CandidateQuery, atMost = Infinity): Promise<ChunkRow[]> {
  const build = database.engine.pick({ sqlite: sqliteCandidatesQuery, postgres: postgresCandidatesQuery });
  // Fewer matches than the limit are all handed on, whatever their rank: the
  // same chunks as the ranked query's, found without ranking, whose document
  // counts (FTS5's bm25) read every chatbot's postings of the terms. Only
  // when there are `limit` of them or more does the ranking decide which. The
  // counts are a hint only: whichever query runs, the result is the same.
  if (query.from === 'chatbot' && (query.rankAtMost ?? query.limit) >= query.limit && atMost < query.limit) {
    const all = await loadChunks(database.db, query, build({ ...query, unranked: true }));
    if (all.length < query.limit) return all;
  }
  return loadChunks(database.db, query, build(query));
}
