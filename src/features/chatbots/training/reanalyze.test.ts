import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSearchPage, trainedChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { pageIn } from '../../../../test/helpers/site.js';
import { ANALYZER_VERSION } from '../../../lib/text-analysis/analyzer.js';
import { analyzeFields, HEADING_SEPARATOR, sectionFields } from '../../../lib/text-analysis/fields.js';
import { findChatbotById } from '../store.js';
import { reanalyzeChunks } from './index-page.js';
import { pageIdsAfter, reanalyzePage, type StoredChunk } from './reanalyze-store.js';
import { reanalyzeOutdatedChatbots } from './reanalyze.handler.js';

const polish = (title: string, text: string) => pageIn('pl', title, `<h1>${title}</h1><p>${text}</p>`);
const SITE = {
  '/': polish('Sklep rowerowy', '<a href="/dostawa">Dostawa</a> <a href="/platnosci">Płatności</a>'),
  '/dostawa': polish(
    'Dostawa',
    'Koszt dostawy rowerów do Szwajcarii wynosi 40 złotych, dostawę realizujemy w tydzień.',
  ),
  '/platnosci': polish(
    'Płatności',
    'Przyjmujemy płatności kartą i przelewem; za rowery można też zapłacić przy odbiorze.',
  ),
};

/** How an analyzer without Polish indexed these pages: unknown language, words folded but never stemmed. */
const unstemmed = (chunks: readonly StoredChunk[]) =>
  chunks.map((c) => {
    const terms = analyzeFields(sectionFields(c.title, c.heading.split(HEADING_SEPARATOR), c.text), 'und');
    return {
      language: 'und',
      title_terms: terms.title,
      heading_terms: terms.heading,
      path_terms: terms.path,
      text_terms: terms.text,
    };
  });

describe.each(DIALECTS)('re-analysis after an analyzer upgrade on %s', (dialect) => {
  let trained: Awaited<ReturnType<typeof trainedChatbot>>;
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, SITE);
  });
  afterAll(() => trained.close());

  /** Everything the index holds of the chatbot: its chunks' analysis, their engine index, and the term statistics. */
  async function indexOf() {
    const { database } = trained.t.services;
    const { db } = database;
    const { botId } = trained;
    const chunks = await db
      .selectFrom('chatbot_chunks')
      .select(['id', 'language', 'title_terms', 'heading_terms', 'path_terms', 'text_terms'])
      .where('chatbot_id', '=', botId)
      .orderBy('id')
      .execute();
    const terms = await db
      .selectFrom('chatbot_terms')
      .select(['term', 'chunks'])
      .where('chatbot_id', '=', botId)
      .orderBy('term')
      .execute();
    const stats = await db
      .selectFrom('chatbot_index_stats')
      .selectAll()
      .where('chatbot_id', '=', botId)
      .orderBy('language')
      .execute();
    const engine = await database.engine.pick({
      // FTS5 checks its external-content index against the chunks, and throws when they differ.
      sqlite: async () => {
        await sql`insert into chatbot_chunks_fts(chatbot_chunks_fts, rank) values ('integrity-check', 1)`.execute(db);
        return [];
      },
      postgres: async () =>
        (
          await sql<{ id: string; search: string }>`select id, search::text as search from chatbot_chunk_vectors
            where chatbot_id = ${botId} order by id`.execute(db)
        ).rows,
    })();
    return { chunks, terms, stats, engine };
  }

  async function downgrade(): Promise<void> {
    const { database } = trained.t.services;
    const target = { workspaceId: trained.tenant.workspaceId, chatbotId: trained.botId };
    for (const pageId of await pageIdsAfter(database.db, trained.botId, '', 100))
      await reanalyzePage(database, target, pageId, unstemmed);
    await database.db.updateTable('chatbots').set({ analyzer_version: 1 }).where('id', '=', trained.botId).execute();
  }

  async function versionOf(): Promise<number | undefined> {
    return (await findChatbotById(trained.t.services.database.db, trained.botId))?.analyzer_version;
  }

  it('a chatbot trained today is at today’s analyzer and gets no job', async () => {
    expect(await versionOf()).toBe(ANALYZER_VERSION);
    expect(await reanalyzeOutdatedChatbots(trained.t.services)).toBe(0);
  });

  it('a chatbot indexed by an older analyzer is analyzed again in the background, as if trained today', async () => {
    const fresh = await indexOf();
    expect(fresh.chunks.every((c) => c.language === 'pl')).toBe(true);

    await downgrade();
    const old = await indexOf();
    expect(old.chunks.every((c) => c.language === 'und')).toBe(true);
    expect(old.terms).not.toEqual(fresh.terms);
    expect(old.terms.map((t) => t.term)).toContain('dostawy');

    // Enqueued once, however many workers start: the job key holds while it waits.
    expect(await reanalyzeOutdatedChatbots(trained.t.services)).toBe(1);
    await reanalyzeOutdatedChatbots(trained.t.services);
    for (const deadline = Date.now() + 20_000; (await versionOf()) !== ANALYZER_VERSION; ) {
      if (Date.now() > deadline) throw new Error('the re-analysis did not finish');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await indexOf()).toEqual(fresh);
    expect(await firstSearchPage(trained, 'Ile kosztuje dostawa?')).toBe('/dostawa');
  });

  it('re-analyzing an index already up to date changes nothing', async () => {
    const before = await indexOf();
    const { database } = trained.t.services;
    const target = { workspaceId: trained.tenant.workspaceId, chatbotId: trained.botId };
    for (const pageId of await pageIdsAfter(database.db, trained.botId, '', 100))
      expect(await reanalyzePage(database, target, pageId, reanalyzeChunks)).toBe(0);
    expect(await indexOf()).toEqual(before);
  });
});
