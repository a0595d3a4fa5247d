import type { Embedder } from '../../../providers/llm/llm.js';
import { LlmError } from '../../../providers/llm/llm-error.js';
import type { Database } from '../../../storage/database.js';
import type { Passage } from '../answer/passage.js';
import { isRelevant } from '../answer/relevance.js';
import { ftsQueryTerms } from '../answer/terms.js';
import { searchFullText } from './full-text.js';
import { searchVectors } from './vectors.js';

const CANDIDATES = 20;
const PASSAGES = 5;
const PER_PAGE = 2;
// Reciprocal rank fusion's usual constant: a chunk's fused score is the sum
// over rankings of 1 / (K + rank).
const RRF_K = 60;
// Cosine similarity above which a vector match counts as on-topic by itself.
export const VECTOR_RELEVANCE = 0.5;

export interface Retrieval {
  passages: Passage[];
  /** Whether anything retrieved answers the question at all. */
  relevant: boolean;
}

/**
 * The passages of a chatbot's index that best answer a question: full-text
 * ranking always, fused with vector similarity when embeddings are on.
 */
export async function retrievePassages(
  deps: { database: Database; embedder: Embedder | undefined; logger?: { warn(obj: unknown, msg?: string): void } },
  target: { workspaceId: string; chatbotId: string },
  question: string,
  signal?: AbortSignal,
): Promise<Retrieval> {
  const fullText = await searchFullText(deps.database, { ...target, terms: ftsQueryTerms(question), limit: CANDIDATES });
  if (!deps.embedder) {
    const passages = diverse(fullText);
    return { passages, relevant: isRelevant(question, passages) };
  }
  const nearest = await nearestPassages(deps, target, question, signal);
  const passages = diverse(fuse([fullText, nearest]));
  const semantic = (nearest[0]?.score ?? 0) >= VECTOR_RELEVANCE;
  return { passages, relevant: semantic || isRelevant(question, passages) };
}

// Vectors improve the ranking but are not required for it: when the
// embedding provider fails, full-text ranking answers alone.
async function nearestPassages(
  deps: Parameters<typeof retrievePassages>[0],
  target: { workspaceId: string; chatbotId: string },
  question: string,
  signal: AbortSignal | undefined,
): Promise<Passage[]> {
  try {
    const [vector] = await deps.embedder!.embed([question], { signal });
    return await searchVectors(deps.database, { ...target, vector: vector!, limit: CANDIDATES });
  } catch (error) {
    if (!(error instanceof LlmError)) throw error;
    deps.logger?.warn({ err: error, chatbotId: target.chatbotId }, 'the embedding provider failed; ranking by full text only');
    return [];
  }
}

function fuse(rankings: Passage[][]): Passage[] {
  const fused = new Map<number, Passage>();
  for (const ranking of rankings) {
    ranking.forEach((p, rank) => {
      const score = 1 / (RRF_K + rank + 1);
      const seen = fused.get(p.chunkId);
      fused.set(p.chunkId, { ...p, score: (seen?.score ?? 0) + score });
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}

// A few passages from several pages answer better than five from one; when
// every match is on one page, that page fills the rest, still in rank order.
function diverse(ranked: Passage[]): Passage[] {
  const perPage = new Map<string, number>();
  const picked = new Set<Passage>();
  for (const p of ranked) {
    const n = perPage.get(p.url) ?? 0;
    if (n >= PER_PAGE) continue;
    perPage.set(p.url, n + 1);
    picked.add(p);
    if (picked.size === PASSAGES) break;
  }
  for (const p of ranked) {
    if (picked.size === PASSAGES) break;
    picked.add(p);
  }
  return ranked.filter((p) => picked.has(p));
}
