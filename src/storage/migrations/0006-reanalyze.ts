import { sql, type Kysely } from 'kysely';
import { detectLanguage } from '../../lib/text-analysis/detect.js';
import {
  analyzeFields,
  countTerms,
  HEADING_SEPARATOR,
  SEARCH_FIELDS,
  sectionFields,
  type FieldTerms,
} from '../../lib/text-analysis/fields.js';
import type { Dialect } from '../database.js';
import { fieldsVector } from '../tsvector.js';

const PAGES_PER_BATCH = 100;
const ROWS_PER_INSERT = 500;

interface ChatbotCounts {
  workspaceId: string;
  terms: Map<string, number>;
  /** language → chunks and field lengths */
  languages: Map<string, { chunks: number; lengths: Record<string, number> }>;
}

/**
 * Analyzes every stored chunk (its page's language detected from the
 * chunks' text, since pages trained before kept no language) and writes the
 * chatbots' term statistics from scratch.
 */
export async function reanalyzeChunks(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const counts = new Map<string, ChatbotCounts>();
  for (let after = ''; ; ) {
    const pages: { id: string; chatbot_id: string; workspace_id: string }[] = await db
      .selectFrom('chatbot_pages')
      .select(['id', 'chatbot_id', 'workspace_id'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGES_PER_BATCH)
      .execute();
    if (pages.length === 0) break;
    after = pages.at(-1)!.id;
    const chunks: {
      id: number;
      page_id: string;
      workspace_id: string;
      chatbot_id: string;
      title: string;
      heading: string;
      text: string;
    }[] = await db
      .selectFrom('chatbot_chunks')
      .select(['id', 'page_id', 'workspace_id', 'chatbot_id', 'title', 'heading', 'text'])
      .where(
        'page_id',
        'in',
        pages.map((p) => p.id),
      )
      .orderBy('id')
      .execute();
    for (const page of pages) {
      const own = chunks.filter((c) => c.page_id === page.id);
      if (own.length === 0) continue;
      const language = detectLanguage([own[0]!.title, ...own.map((c) => c.text)].join('\n'));
      const chatbot = counts.get(page.chatbot_id) ?? {
        workspaceId: page.workspace_id,
        terms: new Map(),
        languages: new Map(),
      };
      counts.set(page.chatbot_id, chatbot);
      for (const chunk of own) {
        const path = chunk.heading === '' ? [] : chunk.heading.split(HEADING_SEPARATOR);
        const terms = analyzeFields(sectionFields(chunk.title, path, chunk.text), language);
        await updateChunk(db, dialect, chunk, language, terms);
        addCounts(chatbot, language, terms);
      }
    }
  }
  await writeCounts(db, counts);
}

async function updateChunk(
  db: Kysely<any>,
  dialect: Dialect,
  chunk: { id: number; workspace_id: string; chatbot_id: string },
  language: string,
  terms: FieldTerms,
): Promise<void> {
  await db
    .updateTable('chatbot_chunks')
    .set({
      language,
      title_terms: terms.title,
      heading_terms: terms.heading,
      path_terms: terms.path,
      text_terms: terms.text,
    })
    .where('id', '=', chunk.id)
    .execute();
  if (dialect === 'postgres') {
    await db
      .insertInto('chatbot_chunk_vectors')
      .values({
        id: chunk.id,
        workspace_id: chunk.workspace_id,
        chatbot_id: chunk.chatbot_id,
        search: sql`cast(${fieldsVector(terms)} as tsvector)`,
      })
      .execute();
  }
}

function addCounts(chatbot: ChatbotCounts, language: string, terms: FieldTerms): void {
  const { distinct, lengths } = countTerms(terms);
  for (const term of distinct) chatbot.terms.set(term, (chatbot.terms.get(term) ?? 0) + 1);
  const stats = chatbot.languages.get(language) ?? { chunks: 0, lengths: { title: 0, heading: 0, path: 0, text: 0 } };
  stats.chunks++;
  for (const field of SEARCH_FIELDS) stats.lengths[field]! += lengths[field];
  chatbot.languages.set(language, stats);
}

async function writeCounts(db: Kysely<any>, counts: Map<string, ChatbotCounts>): Promise<void> {
  for (const [chatbotId, chatbot] of counts) {
    const rows = [...chatbot.terms].map(([term, chunks]) => ({
      chatbot_id: chatbotId,
      term,
      workspace_id: chatbot.workspaceId,
      chunks,
    }));
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      await db
        .insertInto('chatbot_terms')
        .values(rows.slice(i, i + ROWS_PER_INSERT))
        .execute();
    }
    for (const [language, stats] of chatbot.languages) {
      await db
        .insertInto('chatbot_index_stats')
        .values({
          chatbot_id: chatbotId,
          language,
          workspace_id: chatbot.workspaceId,
          chunks: stats.chunks,
          title_length: stats.lengths.title,
          heading_length: stats.lengths.heading,
          path_length: stats.lengths.path,
          text_length: stats.lengths.text,
        })
        .execute();
    }
  }
}
