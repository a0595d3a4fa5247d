import { citationUrl, type Passage } from './search/passage.js';
import { bestSnippet } from './answer/snippet.js';
import type { SearchTarget } from './search/rank-sections.js';
import { retrieve, type RetrieveDeps } from './search/retrieve.js';
import { sectionPath } from './search/section-path.js';
import type { SearchBody, SearchHit, SearchResponse } from './search/schema.js';

/**
 * Retrieval testing, as the chat sees it: the ranked sections for a query,
 * each once and deep-linked.
 * Nothing is stored and no conversation starts.
 */
export async function searchChatbot(
  deps: RetrieveDeps,
  target: SearchTarget,
  body: SearchBody,
): Promise<SearchResponse> {
  const retrieval = await retrieve(deps, target, body.query, { limit: body.limit });
  const data = retrieval.passages.map(toHit);
  return { data, total: data.length, page: 1 };
}

function toHit(passage: Passage): SearchHit {
  return {
    url: citationUrl(passage),
    title: passage.pageTitle,
    section: sectionPath(passage.pageTitle, passage.headingPath),
    snippet: bestSnippet(passage),
    score: round(passage.score),
    language: passage.language,
  };
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;
