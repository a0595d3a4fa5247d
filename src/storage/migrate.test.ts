import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  emptyDatabase,
  migrating,
  ownTables,
  type TestDatabase,
} from '../../test/helpers/engines.js';
import { openDatabase, type Database } from './database.js';
import { migrateToLatest } from './migrate.js';

const TABLES = [
  'api_keys',
  'audit_log',
  'campaign_clicks',
  'campaign_links',
  'campaign_recipients',
  'campaign_timeline',
  'campaigns',
  'chatbot_chunks',
  'chatbot_daily_stats',
  'chatbot_index_stats',
  'chatbot_index_versions',
  'chatbot_pages',
  'chatbot_question_stats',
  'chatbot_refused_origins',
  'chatbot_source_files',
  'chatbot_sources',
  'chatbot_terms',
  'chatbots',
  'contact_bulk_jobs',
  'contact_consents',
  'contact_imports',
  'contacts',
  'conversation_messages',
  'conversations',
  'delivery_events_seen',
  'emails',
  'erased_contacts',
  'events',
  'forms',
  'idempotency_keys',
  'inbound_webhooks',
  'invitations',
  'jobs',
  'memberships',
  'password_resets',
  'privacy_keys',
  'segments',
  'sessions',
  'soft_bounces',
  'suppressions',
  'templates',
  'upload_chunks',
  'users',
  'webhook_deliveries',
  'webhook_endpoints',
  'workspaces',
];
// SQLite's full-text index of the chunks is a virtual table with shadow tables.
const SQLITE_TABLES = [
  ...TABLES,
  ...['', '_config', '_data', '_docsize', '_idx'].map((s) => `chatbot_chunks_fts${s}`),
].sort();
// PostgreSQL keeps the chunks' tsvectors in a table of their own.
const POSTGRES_TABLES = [...TABLES, 'chatbot_chunk_vectors'].sort();
const tablesFor = (dialect: string) => (dialect === 'sqlite' ? SQLITE_TABLES : POSTGRES_TABLES);
const MIGRATIONS = [
  '0001-foundation',
  '0002-contacts',
  '0003-campaigns',
  '0004-chatbot-training',
  '0005-accounts',
  '0006-chatbot-analysis',
  '0007-analyzer-version',
  '0008-chatbot-sources',
  '0009-events-webhooks',
  '0010-deliverability',
  '0011-emails-templates',
  '0012-machine-opens',
  '0013-consent',
  '0014-forms',
  '0015-segments',
  '0016-tags-bulk',
  '0017-privacy',
  '0018-recipient-opens',
  '0019-contact-import-marks',
  '0020-invitations',
  '0021-account-recovery',
  '0022-audit-log',
  '0023-refused-origins',
  '0024-import-merge-mark',
  '0025-job-follow-up',
  '0026-chatbot-index-version',
  '0027-repeated-blocks',
];

async function tableNames(database: Database): Promise<string[]> {
  return (await ownTables(database)).map((t) => t.name).sort();
}

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());

  it('gives a fresh test database every table', async () => {
    expect(await tableNames(database)).toEqual(tablesFor(dialect));
  });

  it('creates api_keys with the columns the store writes', async () => {
    const apiKeys = (await ownTables(database)).find((t) => t.name === 'api_keys');
    expect(apiKeys?.columns.map((c) => c.name).sort()).toEqual([
      'created_at',
      'id',
      'key_hash',
      'last_used_at',
      'name',
      'prefix',
      'revoked_at',
      'workspace_id',
    ]);
  });

  it('is a no-op when run again', async () => {
    expect(await migrateToLatest(database)).toEqual([]);
    expect(await migrateToLatest(database)).toEqual([]);
    expect(await tableNames(database)).toEqual(tablesFor(dialect));
  });

  it('applies the schema once when two connections migrate a fresh database at once', async () => {
    // A few rounds: the race between the two depends on how their queries interleave.
    for (let round = 0; round < 3; round++) {
      const empty = await emptyDatabase(dialect);
      const first = await openDatabase({ url: empty.url, dataDir: empty.dataDir, poolSize: 2 });
      const second = await openDatabase({ url: empty.url, dataDir: empty.dataDir, poolSize: 2 });
      try {
        expect(await tableNames(first)).toEqual([]);
        const results = await migrating(dialect, () =>
          Promise.allSettled([migrateToLatest(first), migrateToLatest(second)]),
        );
        expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
        const applied = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
        expect(applied).toEqual(MIGRATIONS);

        expect(await tableNames(first)).toEqual(tablesFor(dialect));
        expect(await tableNames(second)).toEqual(tablesFor(dialect));
        const recorded = await sql<{ name: string }>`select name from kysely_migration`.execute(first.db);
        expect(recorded.rows.map((r) => r.name)).toEqual(MIGRATIONS);
        // Both connections can use the schema straight away.
        const now = new Date().toISOString();
        await first.db
          .insertInto('workspaces')
          .values({ id: 'ws_1', name: 'A', plan: 'free', created_at: now, updated_at: now })
          .execute();
        expect(await second.db.selectFrom('workspaces').select('id').execute()).toEqual([{ id: 'ws_1' }]);
      } finally {
        await first.close();
        await second.close();
        await empty.drop();
      }
    }
  });
});

describe.each(DIALECTS)('id columns on %s', (dialect) => {
  it('compare bytewise, so ordering by id is creation order whatever the locale', async () => {
    const database = await createTestDatabase(dialect);
    try {
      const now = new Date().toISOString();
      for (const id of ['ws_a', 'ws_B', 'ws_0', 'ws_Z', 'ws_b']) {
        await database.db
          .insertInto('workspaces')
          .values({ id, name: id, plan: 'free', created_at: now, updated_at: now })
          .execute();
      }
      const rows = await database.db.selectFrom('workspaces').select('id').orderBy('id').execute();
      expect(rows.map((r) => r.id)).toEqual(['ws_0', 'ws_B', 'ws_Z', 'ws_a', 'ws_b']);
      if (dialect === 'postgres') {
        // This machine's database locale is C already; the declared collation is what holds elsewhere.
        const { rows: columns } = await sql<{ table_name: string; collation_name: string | null }>`
          select table_name, collation_name from information_schema.columns
          where table_schema = current_schema() and column_name in ('id', 'workspace_id') and data_type = 'text' and table_name not like 'kysely%'`.execute(
          database.db,
        );
        expect(columns.length).toBeGreaterThanOrEqual(5);
        for (const c of columns) expect(c.collation_name, c.table_name).toBe('C');
      }
    } finally {
      await database.drop();
    }
  });
});
