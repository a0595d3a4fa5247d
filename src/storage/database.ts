import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Db, Dialect } from './db-types.js';
import { type SqlEngine, sqliteEngine } from './sql-engine.js';
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
  if (!options.url) return openSqlite(options);
  // pg is loaded only when it is used: the embedded default never needs it.
  const { openPostgres } = await import('./open-postgres.js');
  return openPostgres(options.url, options.poolSize ?? 10);
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
