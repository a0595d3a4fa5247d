import type { Database } from '../../../storage/database.js';
import { findCandidates } from './candidates.js';
import { loadChunks, type ChunkRow } from './chunk-rows.js';
import { loadDocumentFrequencies, loadIndexStats, type IndexStats } from './index-stats.js';
import { readQuestion, weighTerms, type QueryReading } from './query-terms.js';
import { RANKING, rerankScore } from './ranking-params.js';
import { scoreChunk, type ChunkScore } from './score-chunk.js';
import { loadTermVariants } from './term-variants.js';

/** One section of a chatbot's pages, as ranked for a question. */
export interface RankedSection {
  /** The section's best-scoring chunk. */
  chunk: ChunkRow;
  /** The final score: BM25F plus the re-ranking features. */
  score: number;
  found: ChunkScore;
  /** The reading of the question the chunk was scored by (its language's). */
  reading: QueryReading;
}

/** A question's ranking over a chatbot's index, with what refusal decides on. */
export interface Ranking {
  sections: RankedSection[];
  /** The readings of the question, most likely language first. */
  readings: QueryReading[];
  stats: IndexStats;
}

/**
 * Ranks a chatbot's sections for a question in two stages: the engine finds
 * candidates by the question's rarer terms; each is then scored exactly —
 * BM25F over title, headings and text with the chatbot's own statistics, the
 * same on both engines — and re-ranked on term coverage, heading match and
 * proximity. Each section appears once, by its best chunk.
 */
export async function rankSections(
  database: Database,
  target: { workspaceId: string; chatbotId: string },
  question: string,
  limit: number,
): Promise<Ranking> {
  const stats = await loadIndexStats(database.db, target);
  const analyzed = readQuestion(question, stats.languages);
  const allTerms = [...new Set(analyzed.flatMap((r) => r.terms))];
  const df = await loadDocumentFrequencies(database.db, target.chatbotId, allTerms);
  const variants = await loadTermVariants(database.db, target.chatbotId, allTerms);
  const readings = analyzed.map((r) => ({ language: r.language, terms: weighTerms(r.terms, df, variants, stats.chunks) }));
  const searchable = new Map(allTerms.map((term) => [term, df.get(term) ?? 0]));
  for (const found of variants.values()) for (const v of found) searchable.set(v.term, v.df);
  const ids = await findCandidates(database, target, [...searchable].map(([term, n]) => ({ term, df: n })));
  const chunks = await loadChunks(database.db, target, ids);

  const best = new Map<string, RankedSection>();
  for (const chunk of chunks) {
    const reading = readings.find((r) => r.language === chunk.language) ?? readings[0]!;
    const found = scoreChunk(chunk, reading.terms, stats, RANKING.bm25f);
    if (found.matched.size === 0) continue;
    const section: RankedSection = { chunk, score: rerankScore(found, reading.terms), found, reading };
    const key = sectionKey(chunk);
    const seen = best.get(key);
    if (!seen || section.score > seen.score || (section.score === seen.score && chunk.id < seen.chunk.id)) best.set(key, section);
  }
  const sections = [...best.values()].sort((a, b) => b.score - a.score || a.chunk.id - b.chunk.id).slice(0, limit);
  return { sections, readings, stats };
}

/** A section is its page's anchor; chunks of a section without one share its heading. */
export function sectionKey(chunk: Pick<ChunkRow, 'url' | 'anchor' | 'heading'>): string {
  return chunk.anchor ? `${chunk.url}#${chunk.anchor}` : `${chunk.url}\u0000${chunk.heading}`;
}
