/** A row of a chatbot's term statistics: a term and the chunks holding it. */
export interface TermRow {
  term: string;
  chunks: number;
}

/**
 * What search has read of one version of a chatbot's term statistics: each
 * term's count (0 for one the index lacks), and the terms of each prefix
 * range looked up for variants. A version is never written again, so what is
 * kept under it stays exact.
 */
export interface TermCache {
  counts: Map<string, number>;
  ranges: Map<string, TermRow[]>;
}

// Every process keeps its own, keyed by the chatbot's index version
// (`chatbot_index_versions`), which every change to its term statistics
// replaces in the same transaction (adjustTermStats). A question reads the
// version with the chatbot's row, before the statistics, so once a change is
// committed no question asked after it reads what was kept before it, in this
// process or any other: nothing has to be told. A version is a random id, not
// a count, so a database restored from a backup never brings back a version
// whose statistics were different. Past this many terms and ranges in all
// (a few MB), every chatbot's start over.
const MAX_ENTRIES = 100_000;
const caches = new Map<string, { version: string; cache: TermCache }>();
// Entries of every cache kept: counted as they are added (keep), not summed over every chatbot's on each search.
let entries = 0;

/** The cache of a chatbot's index at this version, or none when its index has no version yet. */
export function termCacheOf(target: { chatbotId: string; indexVersion?: string | null }): TermCache | undefined {
  const { chatbotId, indexVersion } = target;
  if (!indexVersion) return undefined;
  if (entries >= MAX_ENTRIES) {
    caches.clear();
    entries = 0;
  }
  const kept = caches.get(chatbotId);
  if (kept?.version === indexVersion) return kept.cache;
  if (kept) entries -= kept.cache.counts.size + kept.cache.ranges.size;
  const cache: TermCache = { counts: new Map(), ranges: new Map() };
  caches.set(chatbotId, { version: indexVersion, cache });
  return cache;
}

/** Keeps a term's count, or a stem's range of terms, in a cache termCacheOf gave. */
export function keep(cache: TermCache, what: { count: [string, number] } | { range: [string, TermRow[]] }): void {
  const before = cache.counts.size + cache.ranges.size;
  if ('count' in what) cache.counts.set(...what.count);
  else cache.ranges.set(...what.range);
  entries += cache.counts.size + cache.ranges.size - before;
}
