import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';
import type { CandidateQuery } from './candidate-query.js';

// FTS5 query syntax from exact terms only, each quoted, so nothing a visitor
// typed is read as an operator.
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

// The index's first column holds the chatbot's id, one token such as
// `bot_0vd3…`; a term shaped like one (an analyzed identifier with an
// underscore) is looked for in the term columns only. Any other term cannot
// be in that column, and a phrase without a column filter is counted and
// matched without reading its positions.
const TERM_COLUMNS = '{title_terms heading_terms path_terms text_terms}';
const inTermColumns = (term: string) => (term.includes('_') ? `${TERM_COLUMNS} : ${phrase(term)}` : phrase(term));

function sqliteMatch(terms: string[], match: CandidateQuery['match']): string {
  return terms.map(inTermColumns).join(match === 'all' ? ' AND ' : ' OR ');
}

/**
 * The ids of the best candidates, best first. bm25 column weights: chatbot_id,
 * title, own heading, parent headings, text (lower is better). The chatbot is
 * its row's column, not a phrase of the MATCH: FTS5's bm25() counts the
 * documents of every phrase it is given, and a chatbot's phrase is in every
 * one of its chunks (100,000 at a time: ~5 ms a query). The terms' matches in
 * other chatbots are passed over by rowid without being ranked; their counts
 * are read for bm25's idf either way.
 */
export function sqliteCandidatesQuery(query: CandidateQuery) {
  const matches = sql`
    select f.rowid as id, bm25(chatbot_chunks_fts, 0.0, 2.0, 4.0, 1.0, 1.0) as rank
    from chatbot_chunks_fts as f cross join chatbot_chunks as c on c.id = f.rowid
    where chatbot_chunks_fts match ${sqliteMatch(query.terms, query.match)}
      and c.chatbot_id = ${query.chatbotId} and c.workspace_id = ${query.workspaceId}`;
  return sql<{ id: number }>`
    select id from (${query.rankAtMost === undefined ? matches : sql`${matches} limit ${query.rankAtMost}`})
    order by rank, id
    limit ${query.limit}`;
}

export async function sqliteCandidates(db: Db, query: CandidateQuery): Promise<number[]> {
  const result = await sqliteCandidatesQuery(query).execute(db);
  return result.rows.map((r) => Number(r.id));
}
