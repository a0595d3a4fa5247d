import type { ChunkRow } from './chunk-rows.js';
import type { QueryReading } from './query-terms.js';
import type { ChunkScore } from './score-chunk.js';

/** One section of a chatbot's pages, as ranked for a question. */
export interface RankedSection {
  /** The section's best-scoring chunk. */
  chunk: ChunkRow;
  /** The final score: the learned re-ranking's (see rerank.ts). */
  score: number;
  /** The first stage's score: BM25F plus coverage, heading match, proximity and the answer type. */
  base: number;
  found: ChunkScore;
  /** Whether it holds the kind of answer the question asks for (a phone number, a price). */
  typed: boolean;
  /** The reading of the question the chunk was scored by (its language's). */
  reading: QueryReading;
}
