import { sql } from 'kysely';
import { forEachTerm, SEARCH_FIELDS, type FieldTerms, type SearchField } from '../../../lib/text-analysis/fields.js';
import type { Executor } from '../../../storage/database.js';
import { newId } from '../../../lib/ids.js';

const ROWS_PER_STATEMENT = 500;

/** A stored chunk's analysis: what it adds to its chatbot's term statistics. */
export interface ChunkAnalysis {
  language: string;
  title_terms: string;
  heading_terms: string;
  path_terms: string;
  text_terms: string;
}

export const CHUNK_ANALYSIS_COLUMNS = ['language', 'title_terms', 'heading_terms', 'path_terms', 'text_terms'] as const;

/**
 * Keeps a chatbot's document frequencies and collection statistics in step
 * with its chunks, in the transaction that removes and adds them. Rows are
 * written in term order, so concurrent pages never lock them in opposite orders.
 */
export async function adjustTermStats(
  trx: Executor,
  target: { workspaceId: string; chatbotId: string },
  removed: readonly ChunkAnalysis[],
  added: readonly ChunkAnalysis[],
): Promise<void> {
  const { terms, languages } = countChunks(removed, added);
  // The default sort orders strings by code unit, as `<` does, and faster than any comparator.
  const deltas = [...terms.keys()]
    .filter((term) => terms.get(term)!.chunks !== 0)
    .sort()
    .map((term): [string, number] => [term, terms.get(term)!.chunks]);
  for (let i = 0; i < deltas.length; i += ROWS_PER_STATEMENT) {
    const rows = deltas
      .slice(i, i + ROWS_PER_STATEMENT)
      .map(([term, chunks]) => ({ chatbot_id: target.chatbotId, term, workspace_id: target.workspaceId, chunks }));
    await trx
      .insertInto('chatbot_terms')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['chatbot_id', 'term']).doUpdateSet({ chunks: sql`chatbot_terms.chunks + excluded.chunks` }),
      )
      .execute();
  }
  const gone = deltas.filter(([, delta]) => delta < 0).map(([term]) => term);
  for (let i = 0; i < gone.length; i += ROWS_PER_STATEMENT) {
    await trx
      .deleteFrom('chatbot_terms')
      .where('chatbot_id', '=', target.chatbotId)
      .where('term', 'in', gone.slice(i, i + ROWS_PER_STATEMENT))
      .where('chunks', '<=', 0)
      .execute();
  }
  for (const [language, stats] of [...languages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (stats.chunks === 0 && Object.values(stats.lengths).every((n) => n === 0)) continue;
    await trx
      .insertInto('chatbot_index_stats')
      .values({
        chatbot_id: target.chatbotId,
        language,
        workspace_id: target.workspaceId,
        chunks: stats.chunks,
        title_length: stats.lengths.title!,
        heading_length: stats.lengths.heading!,
        path_length: stats.lengths.path!,
        text_length: stats.lengths.text!,
      })
      .onConflict((oc) =>
        oc.columns(['chatbot_id', 'language']).doUpdateSet({
          chunks: sql`chatbot_index_stats.chunks + excluded.chunks`,
          title_length: sql`chatbot_index_stats.title_length + excluded.title_length`,
          heading_length: sql`chatbot_index_stats.heading_length + excluded.heading_length`,
          path_length: sql`chatbot_index_stats.path_length + excluded.path_length`,
          text_length: sql`chatbot_index_stats.text_length + excluded.text_length`,
        }),
      )
      .execute();
  }
  // A language whose last chunk went (a page re-analyzed in another, a page removed) leaves no row.
  if ([...languages.values()].some((stats) => stats.chunks < 0))
    await trx
      .deleteFrom('chatbot_index_stats')
      .where('chatbot_id', '=', target.chatbotId)
      .where('chunks', '<=', 0)
      .execute();
  // Last, after the rows every writer of the chatbot's statistics locks in the same order.
  if (removed.length > 0 || added.length > 0) await markIndexChanged(trx, target);
}

/** A new version of the chatbot's index: what a process kept of the statistics under the old one is no longer read. */
async function markIndexChanged(trx: Executor, target: { workspaceId: string; chatbotId: string }): Promise<void> {
  const version = newId('idx');
  await trx
    .insertInto('chatbot_index_versions')
    .values({ chatbot_id: target.chatbotId, workspace_id: target.workspaceId, version })
    .onConflict((oc) => oc.column('chatbot_id').doUpdateSet({ version }))
    .execute();
}

interface LanguageStats {
  chunks: number;
  lengths: Record<SearchField, number>;
}

/**
 * What some chunks going and others coming change in the term statistics:
 * each term's count of chunks, and each language's chunks and field lengths.
 * A batch holds a million term occurrences or so: each is one map lookup
 * (the term's entry notes the last chunk that counted it), with no set of
 * distinct terms built per chunk.
 */
function countChunks(
  removed: readonly ChunkAnalysis[],
  added: readonly ChunkAnalysis[],
): { terms: Map<string, { chunks: number; lastChunk: number }>; languages: Map<string, LanguageStats> } {
  const counts = new Map<string, { chunks: number; lastChunk: number }>();
  const languages = new Map<string, LanguageStats>();
  let chunkNumber = 0;
  const count = (chunk: ChunkAnalysis, sign: 1 | -1) => {
    chunkNumber++;
    let stats = languages.get(chunk.language);
    if (!stats) {
      stats = { chunks: 0, lengths: { title: 0, heading: 0, path: 0, text: 0 } };
      languages.set(chunk.language, stats);
    }
    stats.chunks += sign;
    const terms = fieldTerms(chunk);
    for (const field of SEARCH_FIELDS) {
      const text = terms[field];
      if (text === '') continue;
      let length = 0;
      forEachTerm(text, (term) => {
        length++;
        const entry = counts.get(term);
        if (entry === undefined) counts.set(term, { chunks: sign, lastChunk: chunkNumber });
        else if (entry.lastChunk !== chunkNumber) {
          entry.chunks += sign;
          entry.lastChunk = chunkNumber;
        }
      });
      stats.lengths[field] += sign * length;
    }
  };
  for (const chunk of removed) count(chunk, -1);
  for (const chunk of added) count(chunk, 1);
  return { terms: counts, languages };
}

export function fieldTerms(chunk: ChunkAnalysis): FieldTerms {
  return { title: chunk.title_terms, heading: chunk.heading_terms, path: chunk.path_terms, text: chunk.text_terms };
}

/** The language most of a chatbot's indexed chunks are in, or null for an empty index. */
export async function loadIndexedLanguage(db: Executor, chatbotId: string): Promise<string | null> {
  const row = await db
    .selectFrom('chatbot_index_stats')
    .select('language')
    .where('chatbot_id', '=', chatbotId)
    .where('chunks', '>', 0)
    .where('language', '!=', 'und')
    .orderBy('chunks', 'desc')
    .orderBy('language')
    .executeTakeFirst();
  return row?.language ?? null;
}
