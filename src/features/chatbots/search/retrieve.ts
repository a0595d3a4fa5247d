import { HEADING_SEPARATOR } from '../../../lib/text-analysis/fields.js';
import type { Embedder } from '../../../providers/llm/llm.js';
import { LlmError } from '../../../providers/llm/llm-error.js';
import type { Database } from '../../../storage/database.js';
import type { AnswerType } from './answer-types.js';
import type { Passage } from './passage.js';
import { answerability, answerabilityFeatures, isAnswerable } from './answerability.js';
import { loadChunks } from './chunk-rows.js';
import { rankSections, sectionKey, type Ranking, type SearchTarget } from './rank-sections.js';
import type { RankedSection } from './ranked-section.js';
import { RANKING } from './ranking-params.js';
import { scoreChunk } from './score-chunk.js';
import { searchVectors } from './vectors.js';

// Sections ranked before the best few are kept; fusion with vectors needs some depth.
const CANDIDATE_SECTIONS = 20;
// Reciprocal rank fusion's usual constant: a section's fused score is the sum
// over rankings of 1 / (K + rank).
const RRF_K = 60;
// Cosine similarity above which a vector match counts as on-topic by itself.
const VECTOR_RELEVANCE = 0.5;

export interface Retrieval {
  /** The best sections, best first, each once. */
  passages: Passage[];
  /** Whether the site answers the question at all. */
  relevant: boolean;
  /** How sure: the answerability model's probability (1 for a close vector match). */
  confidence: number;
  /** The language most of the site's pages are in (`und` for an empty index). */
  siteLanguage: string;
}

export interface RetrieveDeps {
  database: Database;
  embedder: Embedder | undefined;
  logger?: { warn(obj: unknown, msg?: string): void };
}

/**
 * The sections of a chatbot's pages that best answer a question, and whether
 * they answer it at all: full-text ranking always (see rankSections), fused
 * with vector similarity when embeddings are on.
 */
export async function retrieve(
  deps: RetrieveDeps,
  target: SearchTarget,
  question: string,
  options: { limit: number; signal?: AbortSignal },
): Promise<Retrieval> {
  const ranking = await rankSections(deps.database, target, question, Math.max(options.limit, CANDIDATE_SECTIONS));
  const confidence = answerability(answerabilityFeatures(ranking));
  const siteLanguage = ranking.stats.languages[0] ?? 'und';
  if (!deps.embedder) {
    return {
      passages: ranking.sections.slice(0, options.limit).map((s) => toPassage(s, ranking.types)),
      relevant: isAnswerable(confidence),
      confidence,
      siteLanguage,
    };
  }
  const nearest = await nearestSections(deps, target, ranking, question, options.signal);
  const fused = fuse([ranking.sections, nearest]).slice(0, options.limit);
  const semantic = nearest[0] !== undefined && nearest[0].score >= VECTOR_RELEVANCE;
  return {
    passages: fused.map((s) => toPassage(s, ranking.types)),
    relevant: semantic || isAnswerable(confidence),
    confidence: semantic ? Math.max(confidence, nearest[0]!.score) : confidence,
    siteLanguage,
  };
}

// Vectors improve the ranking but are not required for it: when the
// embedding provider fails, full-text ranking answers alone.
async function nearestSections(
  deps: RetrieveDeps,
  target: { workspaceId: string; chatbotId: string },
  ranking: Ranking,
  question: string,
  signal: AbortSignal | undefined,
): Promise<RankedSection[]> {
  let hits: { id: number; score: number }[];
  try {
    const [vector] = await deps.embedder!.embed([question], { signal });
    hits = await searchVectors(deps.database, { ...target, vector: vector!, limit: CANDIDATE_SECTIONS });
  } catch (error) {
    if (!(error instanceof LlmError)) throw error;
    deps.logger?.warn(
      { err: error, chatbotId: target.chatbotId },
      'the embedding provider failed; ranking by full text only',
    );
    return [];
  }
  const chunks = new Map(
    (
      await loadChunks(
        deps.database.db,
        target,
        hits.map((h) => h.id),
      )
    ).map((c) => [c.id, c]),
  );
  return hits.flatMap(({ id, score }) => {
    const chunk = chunks.get(id);
    if (!chunk) return [];
    const reading = ranking.readings.find((r) => r.language === chunk.language) ?? ranking.readings[0];
    if (!reading) return [];
    const found = scoreChunk(chunk, reading.terms, ranking.stats, RANKING.bm25f);
    return [{ chunk, score, base: score, reading, found, typed: false }];
  });
}

function fuse(rankings: RankedSection[][]): RankedSection[] {
  const fused = new Map<string, RankedSection>();
  for (const ranking of rankings) {
    ranking.forEach((section, rank) => {
      const key = sectionKey(section.chunk);
      const seen = fused.get(key);
      fused.set(key, { ...(seen ?? section), score: (seen?.score ?? 0) + 1 / (RRF_K + rank + 1) });
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}

function toPassage(section: RankedSection, answerTypes: readonly AnswerType[]): Passage {
  const { chunk } = section;
  return {
    chunkId: chunk.id,
    url: chunk.url,
    anchor: chunk.anchor,
    pageTitle: chunk.title,
    headingPath: chunk.heading ? chunk.heading.split(HEADING_SEPARATOR) : [],
    text: chunk.text,
    language: chunk.language,
    terms: section.reading.terms,
    answerTypes,
    score: section.score,
  };
}
