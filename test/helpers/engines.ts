import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
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

/**
 * The run modes: the embedded default (SQLite, SQL queue), PostgreSQL alone (SQL queue) and
 * scale-out (BullMQ on Redis when TEST_REDIS_URL is set, with PostgreSQL when it is set too).
 * SQLite with Redis is no mode anyone runs; leaving it out keeps the suite's time down.
 */
const SCALE_OUT: Dialect = DIALECTS[DIALECTS.length - 1]!;

export const ENGINES_AND_QUEUES: Array<{
  name: string;
  dialect: Dialect;
  redis: boolean;
  env: Record<string, string>;
}> = [
  ...DIALECTS.map((dialect) => ({ name: `${dialect}, SQL queue`, dialect, redis: false, env: {} })),
  ...(TEST_REDIS_URL
    ? [{ name: `${SCALE_OUT}, BullMQ`, dialect: SCALE_OUT, redis: true, env: { REDIS_URL: TEST_REDIS_URL } }]
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

/**
 * Runs a migration of a not yet migrated PostgreSQL schema: Kysely's migrator first lists
 * the tables of every schema, which fails when a test file finishing in parallel drops its
 * schema meanwhile. Creating and dropping test schemas take the same lock. SQLite: as is.
 */
export function migrating<T>(dialect: Dialect, fn: () => Promise<T>): Promise<T> {
  return dialect === 'postgres' ? withSchemaLock(() => fn()) : fn();
}

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
  // Under the lock that creating and dropping test schemas take (see withSchemaLock).
  const admin = (query: string) => withSchemaLock((c) => c.query(query));
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

/**
 * The tables of a database's own schema with their columns' names. On PostgreSQL it reads
 * the catalog of the current schema alone: Kysely's introspection lists every schema on
 * the server, and fails when a test file finishing in parallel drops its own meanwhile.
 */
export async function ownTables(
  database: Database,
): Promise<Array<{ name: string; columns: Array<{ name: string }> }>> {
  if (database.dialect === 'sqlite')
    return (await database.db.introspection.getTables()).map((t) => ({
      name: t.name,
      columns: t.columns.map((c) => ({ name: c.name })),
    }));
  const { rows } = await sql<{ table: string; column: string }>`
    select c.relname as "table", a.attname as "column"
    from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    join pg_catalog.pg_attribute a on a.attrelid = c.oid
    where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
      and c.relname not in ('kysely_migration', 'kysely_migration_lock')
    order by c.relname, a.attnum`.execute(database.db);
  const tables = new Map<string, Array<{ name: string }>>();
  for (const row of rows) tables.set(row.table, [...(tables.get(row.table) ?? []), { name: row.column }]);
  return [...tables].map(([name, columns]) => ({ name, columns }));
}
