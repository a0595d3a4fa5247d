import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';
import { tsqueryLiteral } from '../../../storage/tsvector.js';
import type { CandidateQuery } from './candidate-query.js';

/**
 * The ids of the best candidates, best first. ts_rank weights are {D, C, B, A}:
 * text, parent headings, own heading, title. The tsquery is written literally
 * from exact terms, so nothing a visitor typed is read as an operator and
 * PostgreSQL's parser never re-splits a term.
 */
export function postgresCandidatesQuery(query: CandidateQuery) {
  const tsquery = tsqueryLiteral(query.terms, query.match === 'all' ? '&' : '|');
  const matches = sql`
    select id, search from chatbot_chunk_vectors
    where workspace_id = ${query.workspaceId} and chatbot_id = ${query.chatbotId} and search @@ cast(${tsquery} as tsquery)`;
  return sql<{ id: number }>`
    select id from (${query.rankAtMost === undefined ? matches : sql`${matches} limit ${query.rankAtMost}`}) as m
    order by ts_rank('{0.25, 0.25, 1.0, 0.5}', search, cast(${tsquery} as tsquery)) desc, id
    limit ${query.limit}`;
}

export async function postgresCandidates(db: Db, query: CandidateQuery): Promise<number[]> {
  const result = await postgresCandidatesQuery(query).execute(db);
  return result.rows.map((r) => Number(r.id));
}
