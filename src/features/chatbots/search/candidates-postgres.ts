import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../storage/database.js';
import { tsqueryLiteral } from '../../../storage/tsvector.js';
import type { CandidateQuery } from './candidate-query.js';

/**
 * The ids of the best candidates, best first. ts_rank weights are {D, C, B, A}:
 * text, parent headings, own heading, title. The tsquery is written literally
 * from exact terms, so nothing a visitor typed is read as an operator and
 * PostgreSQL's parser never re-splits a term. ts_rank reads the row's vector
 * only, so where the rows come from changes no rank. `from: 'chatbot'` reads
 * the chatbot's rows by its B-tree first (materialized, so the planner cannot
 * go back to scanning every chatbot's vectors or their GIN postings) and
 * matches each; otherwise the planner chooses.
 */
export function postgresCandidatesQuery(query: CandidateQuery) {
  const tsquery = sql`cast(${tsqueryLiteral(query.terms, query.match === 'all' ? '&' : '|')} as tsquery)`;
  const matches =
    query.from === 'chatbot'
      ? sql`
    with own as materialized (
      select v.id, v.search from chatbot_chunks as c join chatbot_chunk_vectors as v on v.id = c.id
      where c.workspace_id = ${query.workspaceId} and c.chatbot_id = ${query.chatbotId})
    select id, search from own where search @@ ${tsquery}`
      : sql`
    select id, search from chatbot_chunk_vectors
    where workspace_id = ${query.workspaceId} and chatbot_id = ${query.chatbotId} and ${indexMatch(query, tsquery)}`;
  if (query.unranked) return sql<{ id: number }>`select id from (${matches}) as m limit ${query.limit}`;
  return sql<{ id: number }>`
    select id from (${query.rankAtMost === undefined ? matches : sql`${matches} limit ${query.rankAtMost}`}) as m
    order by ts_rank('{0.25, 0.25, 1.0, 0.5}', search, ${tsquery}) desc, id
    limit ${query.limit}`;
}

/**
 * What the GIN index is asked. GIN walks one tsquery's lexemes together, in
 * step with the most frequent: `'pickl' & 'python' & '3'` reads every chunk
 * holding "3" (5–10 ms at 100,000 chunks, most of a search). A lexeme a scan
 * key of its own is intersected in order instead, each key skipping ahead to
 * where the keys before it matched: the rarest first, the common ones only
 * looked up where it is. The same rows either way, in the same block order.
 */
function indexMatch(query: CandidateQuery, tsquery: RawBuilder<unknown>) {
  if (query.match === 'any' || query.terms.length < 2) return sql`search @@ ${tsquery}`;
  return sql.join(
    query.terms.map((term) => sql`search @@ cast(${tsqueryLiteral([term], '&')} as tsquery)`),
    sql` and `,
  );
}

export async function postgresCandidates(db: Db, query: CandidateQuery): Promise<number[]> {
  const result = await postgresCandidatesQuery(query).execute(db);
  return result.rows.map((r) => Number(r.id));
}
