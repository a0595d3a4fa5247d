import type { Database } from '../../../storage/database.js';
import { postgresCandidates } from './candidates-postgres.js';
import { sqliteCandidates } from './candidates-sqlite.js';

/** Chunks to consider for a question: those holding any (or all) of some terms, best first by the engine's own ranking. */
export interface CandidateQuery {
  workspaceId: string;
  chatbotId: string;
  /** Exact analyzed terms. */
  terms: string[];
  match: 'any' | 'all';
  limit: number;
}

// How many chunks the engine may rank for the rare-term query: a question's
// rare terms are what find its section, and ranking a few thousand matches is
// cheap on both engines where ranking half the index (a common word) is not.
const RARE_TERMS_BUDGET = 3000;
const RARE_LIMIT = 120;
const ALL_LIMIT = 40;

/**
 * The ids of the chunks worth scoring exactly for a question: the best
 * matches of its rarer terms (taken rarest first while they match at most a
 * few thousand chunks together, and always the rarest), and the best chunks
 * holding all its terms. Common terms then count in the exact scoring
 * without making the engines rank half the index.
 */
export async function findCandidates(
  database: Database,
  target: { workspaceId: string; chatbotId: string },
  terms: { term: string; df: number }[],
): Promise<number[]> {
  const present = terms.filter((t) => t.df > 0).sort((a, b) => a.df - b.df);
  if (present.length === 0) return [];
  const search = database.dialect === 'postgres' ? postgresCandidates : sqliteCandidates;
  const rare: string[] = [];
  let matched = 0;
  for (const { term, df } of present) {
    if (rare.length > 0 && matched + df > RARE_TERMS_BUDGET) break;
    rare.push(term);
    matched += df;
  }
  const ids = new Set(await search(database.db, { ...target, terms: rare, match: 'any', limit: RARE_LIMIT }));
  if (present.length > rare.length) {
    const all = present.map((t) => t.term);
    for (const id of await search(database.db, { ...target, terms: all, match: 'all', limit: ALL_LIMIT })) ids.add(id);
  }
  return [...ids];
}
