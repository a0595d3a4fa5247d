import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { preparedName } from './postgres-prepared.js';
import { postgresEngine } from './sql-engine.js';
import type { Tables } from './tables.js';

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

/** pg's client, running the texts marked by `preparedOnPostgres` as their named statements. */
class PreparingClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() is overloaded; this only adds a name to one form of it
  override query(config: any, values?: any, callback?: any): any {
    const name = typeof config === 'string' ? preparedName(config) : undefined;
    return name === undefined
      ? super.query(config, values, callback)
      : super.query({ name, text: config, values }, callback);
  }
}

/** PostgreSQL behind a pool of `max` connections (`openDatabase` with a postgres:// URL). */
export async function openPostgres(url: string, max: number) {
  const pool = new pg.Pool({ connectionString: url, max, types: pgTypes, Client: PreparingClient });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db); // fail fast on a wrong URL
  return { db, dialect: 'postgres' as const, engine: postgresEngine, close: () => db.destroy() };
}
