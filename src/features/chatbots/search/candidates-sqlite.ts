import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';
import type { CandidateQuery } from './candidate-query.js';

// FTS5 query syntax from exact terms only, each quoted, so nothing a visitor
// typed is read as an operator. The chatbot id is a column of the index, so
// only that chatbot's chunks are matched and ranked at all.
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

export function sqliteMatch(chatbotId: string, terms: string[], match: CandidateQuery['match']): string {
  return `chatbot_id : ${phrase(chatbotId)} AND {title_terms heading_terms path_terms text_terms} : (${terms.map(phrase).join(match === 'all' ? ' AND ' : ' OR ')})`;
}

// bm25 column weights: chatbot_id, title, own heading, parent headings, text
// (lower is better). Only the ids leave the index: the exact scoring reads
// the rows it needs afterwards.
export async function sqliteCandidates(db: Db, query: CandidateQuery): Promise<number[]> {
  const matches = sql`
    select rowid as id, bm25(chatbot_chunks_fts, 0.0, 2.0, 4.0, 1.0, 1.0) as rank from chatbot_chunks_fts
    where chatbot_chunks_fts match ${sqliteMatch(query.chatbotId, query.terms, query.match)}`;
  const result = await sql<{ id: number }>`
    select id from (${query.rankAtMost === undefined ? matches : sql`${matches} limit ${query.rankAtMost}`})
    order by rank, id
    limit ${query.limit}`.execute(db);
  return result.rows.map((r) => Number(r.id));
}
