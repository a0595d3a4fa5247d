import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';
import type { CandidateQuery } from './candidate-query.js';

// FTS5 query syntax from exact terms only, each quoted, so nothing a visitor
// typed is read as an operator.
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

// The index's first column holds the chatbot's id, one token such as
// `bot_0vd3…`. Without the chatbot's phrase in the MATCH, a term shaped like
// one (an analyzed identifier with an underscore) is looked for in the term
// columns only; any other term cannot be in that column, and a phrase
// without a column filter is counted and matched without reading positions.
const TERM_COLUMNS = '{title_terms heading_terms path_terms text_terms}';
const inTermColumns = (term: string) => (term.includes('_') ? `${TERM_COLUMNS} : ${phrase(term)}` : phrase(term));
const operator = (match: CandidateQuery['match']) => (match === 'all' ? ' AND ' : ' OR ');

/**
 * The ids of the best candidates, best first. bm25 column weights: chatbot_id,
 * title, own heading, parent headings, text (lower is better). The chatbot is
 * a phrase of the MATCH, so only its chunks are matched and ranked at all —
 * but FTS5's bm25() counts the documents of every phrase it is given, and the
 * chatbot's phrase is in every one of its chunks (~5 ms a query at 100,000).
 * When the chatbot's matches are known to be few, it is its rows' column
 * instead: the terms' matches are then passed over by rowid (those of other
 * chatbots too, each a lookup), which costs less than that count.
 */
export function sqliteCandidatesQuery(query: CandidateQuery) {
  const rank = sql`bm25(chatbot_chunks_fts, 0.0, 2.0, 4.0, 1.0, 1.0)`;
  const matches = query.fewMatches
    ? sql`
    select f.rowid as id, ${rank} as rank
    from chatbot_chunks_fts as f cross join chatbot_chunks as c on c.id = f.rowid
    where chatbot_chunks_fts match ${query.terms.map(inTermColumns).join(operator(query.match))}
      and c.chatbot_id = ${query.chatbotId} and c.workspace_id = ${query.workspaceId}`
    : sql`
    select rowid as id, ${rank} as rank from chatbot_chunks_fts
    where chatbot_chunks_fts match ${`chatbot_id : ${phrase(query.chatbotId)} AND ${TERM_COLUMNS} : (${query.terms.map(phrase).join(operator(query.match))})`}`;
  return sql<{ id: number }>`
    select id from (${query.rankAtMost === undefined ? matches : sql`${matches} limit ${query.rankAtMost}`})
    order by rank, id
    limit ${query.limit}`;
}

export async function sqliteCandidates(db: Db, query: CandidateQuery): Promise<number[]> {
  const result = await sqliteCandidatesQuery(query).execute(db);
  return result.rows.map((r) => Number(r.id));
}
