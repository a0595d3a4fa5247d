import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';
import type { ChunkHit, ChunkQuery } from './full-text.js';

// to_tsquery gets letters and digits only, joined by OR, so nothing a visitor
// types is read as an operator.
export function postgresQuery(terms: string[], match: ChunkQuery['match']): string {
  const words = terms.flatMap((t) => t.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 0);
  return [...new Set(words)].join(match === 'all' ? ' & ' : ' | ');
}

// ts_rank weights are {D, C, B, A}: text is C, the section's heading B, the page title A.
export async function searchPostgres(db: Db, query: ChunkQuery): Promise<ChunkHit[]> {
  const tsquery = postgresQuery(query.terms, query.match);
  if (!tsquery) return [];
  const result = await sql<ChunkHit>`
    select id, url, anchor, title, heading, text, ts_rank('{0.1, 0.25, 1.0, 0.5}', search, q) as score
    from chatbot_chunks, to_tsquery('english', ${tsquery}) q
    where chatbot_id = ${query.chatbotId} and workspace_id = ${query.workspaceId} and search @@ q
    order by score desc, id
    limit ${query.limit}`.execute(db);
  return result.rows;
}
