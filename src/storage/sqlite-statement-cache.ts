import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/**
 * Kysely's SQLite driver prepares every query anew; preparing costs more than
 * running a small indexed query. The app issues a few hundred distinct SQL
 * texts at most, so a bounded map of prepared statements removes that cost.
 * Reuse is safe: Kysely runs one query at a time on the connection.
 */
export function withStatementCache(sqlite: SqliteDatabase, maxStatements = 500): KyselySqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql); // re-insert: Map order doubles as least-recently-used order
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= maxStatements) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement as unknown as ReturnType<KyselySqliteDatabase['prepare']>;
    },
  };
}
