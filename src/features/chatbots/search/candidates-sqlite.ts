import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';
import type { CandidateQuery } from './candidate-query.js';

// FTS5 query syntax from exact terms only, each quoted, so nothing a visitor
// typed is read as an operator.
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

// The index's first column holds the chatbot's id, one token such as
// `bot_0vd3…`. A term shaped like one (an analyzed identifier with an
// underscore) is looked for in the term columns only; any other term cannot
// be in that column, and a phrase without a column filter is counted and
// matched without reading positions.
const TERM_COLUMNS = '{title_terms heading_terms path_terms text_terms}';
const inTermColumns = (term: string) => (term.includes('_') ? `${TERM_COLUMNS} : ${phrase(term)}` : phrase(term));
const operator = (match: CandidateQuery['match']) => (match === 'all' ? ' AND ' : ' OR ');

/**
 * The ids of the best candidates, best first. bm25 column weights: chatbot_id,
 * title, own heading, parent headings, text (lower is better). By default the
 * chatbot is a phrase of the MATCH, so only its chunks are matched and ranked
 * at all (FTS5 steps through the shorter of its doclist and the terms'), and
 * the rows read are bounded by the chatbot. bm25() counts the documents of
 * every phrase it is given, though: the chatbot's phrase is in every one of
 * its chunks (~5 ms a query at 100,000), and each term's count covers every
 * chatbot of the index (~4 ms at 95,000 chunks for a question's seven terms).
 * `from: 'matches'` filters by the rows' column instead: the terms' matches
 * are then passed over by rowid (those of other chatbots too, each a lookup),
 * cheaper than counting a large chatbot's phrase when its matches are few.
 * Unranked, no count is made: the chatbot's phrase alone bounds the work.
 * Bm25's figures are the same either way: a term without an underscore is
 * never in the chatbot_id column (ids are one token with one), so filtering
 * it to the term columns would change no count, only make FTS5 read positions.
 */
export function sqliteCandidatesQuery(query: CandidateQuery) {
  const rank = query.unranked ? sql`` : sql`, bm25(chatbot_chunks_fts, 0.0, 2.0, 4.0, 1.0, 1.0) as rank`;
  const terms = query.terms.map(inTermColumns).join(operator(query.match));
  const matches =
    query.from === 'matches'
      ? sql`
    select f.rowid as id${rank}
    from chatbot_chunks_fts as f cross join chatbot_chunks as c on c.id = f.rowid
    where chatbot_chunks_fts match ${terms}
      and c.chatbot_id = ${query.chatbotId} and c.workspace_id = ${query.workspaceId}`
      : sql`
    select rowid as id${rank} from chatbot_chunks_fts
    where chatbot_chunks_fts match ${`chatbot_id : ${phrase(query.chatbotId)} AND (${terms})`}`;
  if (query.unranked) return sql<{ id: number }>`select id from (${matches}) limit ${query.limit}`;
  return sql<{ id: number }>`
    select id from (${query.rankAtMost === undefined ? matches : sql`${matches} limit ${query.rankAtMost}`})
    order by rank, id
    limit ${query.limit}`;
}

export async function sqliteCandidates(db: Db, query: CandidateQuery): Promise<number[]> {
  const result = await sqliteCandidatesQuery(query).execute(db);
  return result.rows.map((r) => Number(r.id));
}
