import type { Database, Executor } from '../../../storage/database.js';
import { updateVector } from './reanalyze-store.js';
import { adjustTermStats, CHUNK_ANALYSIS_COLUMNS, type ChunkAnalysis } from './term-stats-store.js';

// The rows behind keeping a site's repeated blocks once (repeated-blocks.ts):
// each page's block keys and cut keys, and its chunks' text with blocks cut.

/** A crawled page a training saw, with its block keys (null: indexed before they were kept) and the keys cut from it. */
export interface BlockPage {
  id: string;
  url: string;
  blockKeys: string[] | null;
  cut: string[];
  /** The language its chunks are in. */
  language: string;
}

/** The crawl's indexed pages seen by training run `run` (the others are about to go). */
export async function loadBlockPages(db: Executor, chatbotId: string, run: number): Promise<BlockPage[]> {
  const rows = await db
    .selectFrom('chatbot_pages')
    .select(['id', 'url', 'block_keys', 'cut_blocks'])
    .select((eb) =>
      eb
        .selectFrom('chatbot_chunks')
        .select('language')
        .whereRef('chatbot_chunks.page_id', '=', 'chatbot_pages.id')
        .orderBy('position')
        .limit(1)
        .as('language'),
    )
    .where('chatbot_id', '=', chatbotId)
    .where('source_id', 'is', null)
    .where('status', '=', 'indexed')
    .where('seen_run', '=', run)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    blockKeys: r.block_keys === null ? null : (JSON.parse(r.block_keys) as string[]),
    cut: JSON.parse(r.cut_blocks) as string[],
    language: r.language ?? 'und',
  }));
}

/** The text of each page's chunks as extracted (before any cut), by page id, for pages indexed before block keys were kept. */
export async function loadExtractedTexts(db: Executor, pageIds: string[]): Promise<Map<string, string[]>> {
  const texts = new Map<string, string[]>(pageIds.map((id) => [id, []]));
  if (pageIds.length === 0) return texts;
  const rows = await db
    .selectFrom('chatbot_chunks')
    .select(['page_id', 'text', 'full_text'])
    .where('page_id', 'in', pageIds)
    .orderBy('id')
    .execute();
  for (const row of rows) texts.get(row.page_id)?.push(row.full_text ?? row.text);
  return texts;
}

export async function saveBlockKeys(db: Executor, pageId: string, keys: readonly string[]): Promise<void> {
  await db
    .updateTable('chatbot_pages')
    .set({ block_keys: JSON.stringify(keys) })
    .where('id', '=', pageId)
    .execute();
}

/** A stored chunk with what cutting blocks from it takes. */
export interface CuttableChunk extends ChunkAnalysis {
  id: number;
  page_id: string;
  title: string;
  heading: string;
  text: string;
  full_text: string | null;
}

/** A chunk's text after a cut, or null when it stays as it is. */
export type Recut = (
  chunk: CuttableChunk,
  cut: ReadonlySet<string>,
) => { text: string; fullText: string | null; analysis: ChunkAnalysis } | null;

/**
 * Sets the blocks cut from some pages' chunks (each page's `cut` keys, from
 * the text as extracted), with the chatbot's term statistics, in one
 * transaction that holds the chunks: a question asked meanwhile sees each
 * page before or after, whole.
 */
export async function cutPageBlocks(
  database: Database,
  target: { workspaceId: string; chatbotId: string },
  pages: readonly { id: string; cut: readonly string[] }[],
  recut: Recut,
): Promise<void> {
  if (pages.length === 0) return;
  const cuts = new Map(pages.map((p) => [p.id, new Set(p.cut)]));
  await database.db.transaction().execute(async (trx) => {
    const chunks = await database.engine
      .forUpdate(
        trx
          .selectFrom('chatbot_chunks')
          .select(['id', 'page_id', 'title', 'heading', 'text', 'full_text', ...CHUNK_ANALYSIS_COLUMNS])
          .where('page_id', 'in', [...cuts.keys()])
          .orderBy('id'),
      )
      .execute();
    const removed: ChunkAnalysis[] = [];
    const added: ChunkAnalysis[] = [];
    for (const chunk of chunks) {
      const next = recut(chunk, cuts.get(chunk.page_id)!);
      if (next === null) continue;
      await trx
        .updateTable('chatbot_chunks')
        .set({ text: next.text, full_text: next.fullText, ...next.analysis })
        .where('id', '=', chunk.id)
        .execute();
      await database.engine.pick({ sqlite: async () => {}, postgres: updateVector })(trx, chunk.id, next.analysis);
      removed.push(chunk);
      added.push(next.analysis);
    }
    for (const page of pages)
      await trx
        .updateTable('chatbot_pages')
        .set({ cut_blocks: JSON.stringify(page.cut) })
        .where('id', '=', page.id)
        .execute();
    await adjustTermStats(trx, target, removed, added);
  });
}
