// The baseline bench:answers prints beside Grivo: plain BM25 over the very
// same sections, by a well-known JavaScript search library (MiniSearch, with
// its default tokenizer and BM25+ scoring, no stemming, no boosts).
import MiniSearch from 'minisearch';
import type { Db } from '../../src/storage/database.js';

export interface BaselineIndex {
  search(question: string, limit: number): string[];
}

/** MiniSearch over a chatbot's sections (its chunks joined per section), returning section URLs as the API cites them. */
export async function baselineIndex(db: Db, chatbotId: string): Promise<BaselineIndex> {
  const chunks = await db
    .selectFrom('chatbot_chunks')
    .select(['url', 'anchor', 'title', 'heading', 'text'])
    .where('chatbot_id', '=', chatbotId)
    .orderBy('id')
    .execute();
  const sections = new Map<string, { id: string; title: string; heading: string; text: string }>();
  for (const c of chunks) {
    const id = c.anchor ? `${c.url}#${c.anchor}` : `${c.url}\u0000${c.heading}`;
    const seen = sections.get(id);
    if (seen) seen.text += `\n${c.text}`;
    else sections.set(id, { id, title: c.title, heading: c.heading, text: c.text });
  }
  const index = new MiniSearch<{ id: string; title: string; heading: string; text: string }>({
    fields: ['title', 'heading', 'text'],
  });
  index.addAll([...sections.values()]);
  return {
    search(question, limit) {
      return index
        .search(question)
        .slice(0, limit)
        .map((hit) => String(hit.id).split('\u0000')[0]!);
    },
  };
}
