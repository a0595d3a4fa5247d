import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../test/helpers/engines.js';
import { openDatabase, type Database } from './database.js';

// node-postgres closes a connection idle for 10 s; Grivo's pool keeps it for
// minutes, so a question after a quiet spell finds a warm backend.
const PAST_NODE_POSTGRES_IDLE_MS = 11_000;

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL pool', () => {
  let store: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    store = await createTestDatabase('postgres');
    database = await openDatabase({ url: store.databaseUrl, dataDir: store.dataDir, poolSize: 2 });
  });
  afterAll(async () => {
    await database?.close();
    await store?.drop();
  });

  it('keeps an idle connection open past node-postgres’s 10 s, serving the next query from the same backend', async () => {
    const backend = async () =>
      (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db)).rows[0]!.pid;
    const before = await backend();
    await new Promise((resolve) => setTimeout(resolve, PAST_NODE_POSTGRES_IDLE_MS));
    expect(await backend()).toBe(before);
  }, 30_000);
});
