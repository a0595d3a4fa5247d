import type { Database } from '../../../storage/database.js';

export interface VectorQuery {
  workspaceId: string;
  chatbotId: string;
  vector: Float32Array;
  limit: number;
}

/**
 * The ids of the nearest chunks by cosine similarity (score), best first.
 * pgvector is not assumed, so both engines compare in process: exact, and
 * linear in the chatbot's chunks — fine for sites of thousands of pages.
 */
export async function searchVectors(database: Database, query: VectorQuery): Promise<{ id: number; score: number }[]> {
  const rows = await database.db
    .selectFrom('chatbot_chunks')
    .select(['id', 'embedding'])
    .where('workspace_id', '=', query.workspaceId)
    .where('chatbot_id', '=', query.chatbotId)
    .where('embedding', 'is not', null)
    // A chunk all of whose blocks are kept on another page (training/repeated-blocks.ts).
    .where('text', '!=', '')
    .execute();
  const best: { id: number; score: number }[] = [];
  const norm = Math.hypot(...query.vector) || 1;
  for (const row of rows) {
    const bytes = row.embedding!;
    const vector = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    if (vector.length !== query.vector.length) continue;
    const score = cosine(query.vector, vector, norm);
    if (best.length < query.limit || score > best[best.length - 1]!.score) {
      best.push({ id: Number(row.id), score });
      best.sort((a, b) => b.score - a.score);
      if (best.length > query.limit) best.pop();
    }
  }
  return best;
}

function cosine(a: Float32Array, b: Float32Array, normA: number): number {
  let dot = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    normB += b[i]! * b[i]!;
  }
  return dot / (normA * (Math.sqrt(normB) || 1));
}
