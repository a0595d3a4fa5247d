import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';
import type { ChunkHit, ChunkQuery } from './full-text.js';

// FTS5 query syntax is built from plain words only, each quoted, so nothing a
// visitor types is read as an operator. The chatbot id is matched inside the
// index (its own column), so only that chatbot's chunks are ranked at all.
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

export function sqliteMatch(chatbotId: string, terms: string[], match: ChunkQuery['match']): string {
  return `chatbot_id : ${phrase(chatbotId)} AND {title section text} : (${terms.map(phrase).join(match === 'all' ? ' AND ' : ' OR ')})`;
}

// bm25 column weights: chatbot_id, title, section, text; bm25 is lower-is-better.
// Ranked inside the index first, so only the best rows are read whole: the
// CROSS JOIN keeps SQLite from walking the chatbot's rows instead.
export async function searchSqlite(db: Db, query: ChunkQuery): Promise<ChunkHit[]> {
  const result = await sql<ChunkHit>`
    select c.id, c.url, c.anchor, c.title, c.heading, c.text, best.score
    from (
      select rowid, -bm25(chatbot_chunks_fts, 0.0, 2.0, 8.0, 1.0) as score
      from chatbot_chunks_fts
      where chatbot_chunks_fts match ${sqliteMatch(query.chatbotId, query.terms, query.match)}
      order by bm25(chatbot_chunks_fts, 0.0, 2.0, 8.0, 1.0)
      limit ${query.limit}
    ) best
    cross join chatbot_chunks c on c.id = best.rowid
    where c.chatbot_id = ${query.chatbotId} and c.workspace_id = ${query.workspaceId}
    order by best.score desc`.execute(db);
  return result.rows;
}
