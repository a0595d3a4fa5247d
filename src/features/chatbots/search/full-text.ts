import { HEADING_SEPARATOR } from '../training/index-page.js';
import type { Database } from '../../../storage/database.js';
import type { Passage } from '../answer/passage.js';
import { searchPostgres } from './full-text-postgres.js';
import { searchSqlite } from './full-text-sqlite.js';

export interface ChunkQuery {
  workspaceId: string;
  chatbotId: string;
  /** Words to look for; each engine stems them itself. */
  terms: string[];
  /** Chunks holding every term, or any of them. */
  match: 'all' | 'any';
  limit: number;
}

// Chunks holding every word of the question are the best answers, and the
// engines find them fast through the index; matching any word also finds
// chunks holding only a common one — half of a large site — and ranks them
// all. So every word first, and any word only when that finds too little.
const ENOUGH = 5;

/** A chunk row as both engines return it. */
export interface ChunkHit {
  id: number | string;
  url: string;
  anchor: string | null;
  title: string;
  heading: string;
  text: string;
  score: number;
}

/**
 * Full-text ranking of a chatbot's chunks, best first: SQLite FTS5 (bm25) or
 * PostgreSQL tsvector (ts_rank), with the page title and the section's heading weighted above the text.
 */
export async function searchFullText(database: Database, query: Omit<ChunkQuery, 'match'>): Promise<Passage[]> {
  if (query.terms.length === 0) return [];
  const search = database.dialect === 'postgres' ? searchPostgres : searchSqlite;
  if (query.terms.length > 1) {
    const all = await search(database.db, { ...query, match: 'all' });
    if (all.length >= ENOUGH) return all.map(toPassage);
  }
  return (await search(database.db, { ...query, match: 'any' })).map(toPassage);
}

export function toPassage(hit: ChunkHit): Passage {
  return {
    chunkId: Number(hit.id),
    url: hit.url,
    anchor: hit.anchor,
    pageTitle: hit.title,
    headingPath: hit.heading ? hit.heading.split(HEADING_SEPARATOR) : [],
    text: hit.text,
    score: Number(hit.score),
  };
}
