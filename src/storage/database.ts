import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Db, Dialect } from './db-types.js';
import { PreparingClient } from './postgres-prepared.js';
import { postgresEngine, type SqlEngine, sqliteEngine } from './sql-engine.js';
import { withStatementCache } from './sqlite-statement-cache.js';
import type { Tables } from './tables.js';

export type { Db, Dialect, Executor } from './db-types.js';

/** An open database: the Kysely instance, which engine is behind it, and that engine's SQL. */
export interface Database {
  db: Db;
  /** For logs, migrations and backups; features use `engine`. */
  dialect: Dialect;
  engine: SqlEngine;
  /**
   * A mark that changes whenever the database may have changed: a write by this process
   * or a commit by any other (the CLI, another server). A cache of rows reads it before
   * reading the rows and is trusted only while it stays the same. Undefined on
   * PostgreSQL, where any such check is a round trip, as dear as the query it would save.
   */
  changeMark?: () => string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres://… selects PostgreSQL; unset selects SQLite in `dataDir`. */
  url: string | undefined;
  dataDir: string;
  /** SQLite file name inside dataDir (tests use their own). */
  sqliteFile?: string;
  poolSize?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options.poolSize ?? 10) : openSqlite(options);
}

function openSqlite(options: OpenDatabaseOptions): Database {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, options.sqliteFile ?? 'grivo.db');
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  // data_version changes when another connection commits; total_changes() counts this
  // connection's own writes (rolled-back ones too, which only costs a needless refresh).
  const mark = sqlite.prepare("select data_version || ':' || total_changes() from pragma_data_version").pluck();
  return {
    db,
    dialect: 'sqlite',
    engine: sqliteEngine,
    changeMark: () => mark.get() as string,
    close: () => db.destroy(),
  };
}

// Results come back in the same shapes as SQLite's: ISO strings for
// timestamps, numbers for counts, raw strings for JSON.
const toIso = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ);
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case pg.types.builtins.TIMESTAMPTZ:
        return (v: string) => (toIso(v) as Date).toISOString();
      case pg.types.builtins.INT8:
      case pg.types.builtins.NUMERIC:
        return (v: string) => Number(v);
      case pg.types.builtins.JSON:
      case pg.types.builtins.JSONB:
        return (v: string) => v;
      default:
        return pg.types.getTypeParser(oid, format);
    }
  },
} as pg.CustomTypesConfig;

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, types: pgTypes, Client: PreparingClient });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db); // fail fast on a wrong URL
  return { db, dialect: 'postgres', engine: postgresEngine, close: () => db.destroy() };
}
