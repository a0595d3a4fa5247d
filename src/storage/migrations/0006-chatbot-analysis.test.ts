import { afterEach, describe, expect, it } from 'vitest';
import { rankSections } from '../../features/chatbots/search/rank-sections.js';
import { DIALECTS, emptyDatabase, migrating } from '../../../test/helpers/engines.js';
import { openDatabase, type Database } from '../database.js';
import { migrateToLatest } from '../migrate.js';

const NOW = '2026-11-01T00:00:00.000Z';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function databaseAt0005(dialect: 'sqlite' | 'postgres'): Promise<Database> {
  const settings = await emptyDatabase(dialect);
  cleanups.push(() => settings.drop());
  const database = await openDatabase({ url: settings.url, dataDir: settings.dataDir, poolSize: 2 });
  cleanups.unshift(() => database.close());
  await migrating(dialect, () => migrateToLatest(database, '0005-accounts'));
  return database;
}

describe.each(DIALECTS)('migration 0006 on %s', (dialect) => {
  it('analyzes the chunks trained before it, so the chatbot answers without a retrain', async () => {
    const database = await databaseAt0005(dialect);
    const db = database.db as any;
    await db
      .insertInto('workspaces')
      .values({ id: 'ws_1', name: 'Shop', plan: 'free', created_at: NOW, updated_at: NOW })
      .execute();
    await db
      .insertInto('chatbots')
      .values({
        id: 'bot_1',
        workspace_id: 'ws_1',
        name: 'Shop',
        status: 'active',
        pages_trained: 2,
        created_at: NOW,
        updated_at: NOW,
      })
      .execute();
    const pageRow = (id: string, url: string) => ({
      id,
      workspace_id: 'ws_1',
      chatbot_id: 'bot_1',
      url,
      title: 'T',
      status: 'indexed',
      links: '[]',
      chunks: 1,
      seen_run: 1,
      trained_at: NOW,
      created_at: NOW,
    });
    await db
      .insertInto('chatbot_pages')
      .values([pageRow('page_en', 'https://shop.example/hours'), pageRow('page_de', 'https://shop.example/de/versand')])
      .execute();
    const chunk = (page_id: string, url: string, anchor: string, title: string, heading: string, text: string) => ({
      workspace_id: 'ws_1',
      chatbot_id: 'bot_1',
      page_id,
      position: 0,
      url,
      anchor,
      title,
      heading,
      section: heading.split(' › ').at(-1),
      text,
    });
    await db
      .insertInto('chatbot_chunks')
      .values([
        chunk(
          'page_en',
          'https://shop.example/hours',
          'opening-hours',
          'Visit us',
          'Visit us › Opening hours',
          'We are open Monday to Friday from nine in the morning until five in the evening, and on Saturdays until two.',
        ),
        chunk(
          'page_de',
          'https://shop.example/de/versand',
          'versandkosten',
          'Versand',
          'Versand › Versandkosten',
          'Der Versand ist ab 50 Euro Bestellwert kostenlos. Darunter kostet die Lieferung innerhalb Deutschlands 4,95 Euro pro Bestellung.',
        ),
      ])
      .execute();

    expect(await migrating(dialect, () => migrateToLatest(database, '0006-chatbot-analysis'))).toEqual([
      '0006-chatbot-analysis',
    ]);

    const rows = await db
      .selectFrom('chatbot_chunks')
      .select(['anchor', 'language', 'heading_terms', 'text_terms'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      expect.objectContaining({ anchor: 'opening-hours', language: 'en', heading_terms: 'open hour' }),
      expect.objectContaining({ anchor: 'versandkosten', language: 'de', heading_terms: 'versandkost' }),
    ]);
    expect(rows[1].text_terms).toContain('liefer');
    const stats = await db
      .selectFrom('chatbot_index_stats')
      .select(['language', 'chunks'])
      .orderBy('language')
      .execute();
    expect(stats).toEqual([
      { language: 'de', chunks: 1 },
      { language: 'en', chunks: 1 },
    ]);
    const df = await db
      .selectFrom('chatbot_terms')
      .select(['term', 'chunks'])
      .where('term', 'in', ['open', 'versand'])
      .orderBy('term')
      .execute();
    expect(df).toEqual([
      { term: 'open', chunks: 1 },
      { term: 'versand', chunks: 1 },
    ]);

    const target = { workspaceId: 'ws_1', chatbotId: 'bot_1' };
    expect((await rankSections(database, target, 'When are you open on Saturday?', 3)).sections[0]?.chunk.anchor).toBe(
      'opening-hours',
    );
    expect((await rankSections(database, target, 'Was kostet der Versand?', 3)).sections[0]?.chunk.anchor).toBe(
      'versandkosten',
    );

    // The next migration marks the chatbot as indexed by the first analyzer, for the worker to analyze again.
    expect(await migrating(dialect, () => migrateToLatest(database, '0007-analyzer-version'))).toEqual([
      '0007-analyzer-version',
    ]);
    expect(await db.selectFrom('chatbots').select('analyzer_version').execute()).toEqual([{ analyzer_version: 1 }]);
  });
});
