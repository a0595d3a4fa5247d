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

// An idle connection stays open for minutes, not node-postgres's 10 s: a
// backend answers a search faster once it has run a few (its caches and
// memory warmed), and a chatbot asked a question a minute would otherwise
// get a new connection, and a cold backend, for every one (at 100,000 chunks,
// a search after 11 s idle took 87 ms on average, against 32 ms after 3 s).
// Each is replaced after half an hour, as HikariCP does, so none grows for ever.
// TCP keepalives every minute keep an idle one known to the NAT and load
// balancers between here and the database (which drop idle flows after 4–6
// minutes) and tell a dead one from a quiet one.
const IDLE_MS = 10 * 60_000;
const LIFETIME_S = 30 * 60;
const KEEPALIVE_MS = 60_000;

/** PostgreSQL behind a pool of `max` connections (`openDatabase` with a postgres:// URL). */
export async function openPostgres(url: string, max: number) {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    idleTimeoutMillis: IDLE_MS,
    maxLifetimeSeconds: LIFETIME_S,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_MS,
    types: pgTypes,
    Client: PreparingClient,
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db); // fail fast on a wrong URL
  return { db, dialect: 'postgres' as const, engine: postgresEngine, close: () => db.destroy() };
}
