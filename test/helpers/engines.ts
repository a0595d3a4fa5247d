import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { randomBase62 } from '../../src/lib/ids.js';
import { openDatabase, type Database, type Dialect } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';

// Tests run on every engine available: SQLite always, PostgreSQL whenever
// TEST_DATABASE_URL is set (CI always sets it). Each call gets a database of
// its own (a fresh SQLite file, or a fresh PostgreSQL schema) so test files
// running in parallel never see each other's rows.

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || undefined;

export const DIALECTS: Dialect[] = TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** Every database with every queue: the SQL queue always, BullMQ when TEST_REDIS_URL is set (`env` selects it). */
export const ENGINES_AND_QUEUES: Array<{
  name: string;
  dialect: Dialect;
  redis: boolean;
  env: Record<string, string>;
}> = [
  ...DIALECTS.map((dialect) => ({ name: `${dialect}, SQL queue`, dialect, redis: false, env: {} })),
  ...(TEST_REDIS_URL
    ? DIALECTS.map((dialect) => ({
        name: `${dialect}, BullMQ`,
        dialect,
        redis: true,
        env: { REDIS_URL: TEST_REDIS_URL },
      }))
    : []),
];

/** A migrated, empty database plus the settings a child process needs to open the same one. */
export interface TestDatabase extends Database {
  dataDir: string;
  databaseUrl: string | undefined;
  /** The environment that points Grivo (a child process, or loadConfig) at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-test-'));
  let databaseUrl: string | undefined;
  let dropSchema: () => Promise<unknown> = async () => {};
  if (dialect === 'postgres') {
    if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
    const schema = `t_${randomBase62(12).toLowerCase()}`;
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    databaseUrl = url.toString();
    dropSchema = () => withSchemaLock((c) => c.query(`drop schema if exists ${schema} cascade`));
    const pgUrl = databaseUrl;
    // Kysely's migrator lists the tables of every schema; a schema dropped by
    // a test file finishing in parallel would make that listing fail.
    const database = await withSchemaLock(async (c) => {
      await c.query(`create schema ${schema}`);
      const opened = await openDatabase({ url: pgUrl, dataDir, poolSize: 5 });
      await migrateToLatest(opened);
      return opened;
    });
    return testDatabase(database, dataDir, databaseUrl, dropSchema);
  }
  const database = await openDatabase({ url: databaseUrl, dataDir, poolSize: 5 });
  await migrateToLatest(database);
  return testDatabase(database, dataDir, databaseUrl, dropSchema);
}

function testDatabase(
  database: Database,
  dataDir: string,
  databaseUrl: string | undefined,
  dropSchema: () => Promise<unknown>,
): TestDatabase {
  return {
    ...database,
    dataDir,
    databaseUrl,
    env: { GRIVO_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    async drop() {
      await database.close();
      await dropSchema();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const SCHEMA_LOCK = 724_201; // any constant shared by every test process

async function withSchemaLock<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    return await fn(client);
  } finally {
    await client.end(); // ending the session releases the lock
  }
}

/** Settings for an empty, never-migrated database: a new SQLite directory or a new PostgreSQL schema. */
export async function emptyDatabase(
  dialect: Dialect,
): Promise<{ url: string | undefined; dataDir: string; drop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-migrate-'));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (dialect === 'sqlite') return { url: undefined, dataDir, drop: async () => removeDir() };
  const schema = `m_${randomBase62(12).toLowerCase()}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  await admin(`create schema ${schema}`);
  const url = new URL(TEST_DATABASE_URL!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    dataDir,
    async drop() {
      await admin(`drop schema if exists ${schema} cascade`);
      removeDir();
    },
  };
}
