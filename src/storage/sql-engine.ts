import {
  type Expression,
  type Insertable,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
  type Transaction,
} from 'kysely';
import { insertPostgres, insertSqlite } from './bulk-insert.js';
import type { Dialect, Executor } from './db-types.js';
import type { Tables } from './tables.js';

/**
 * The SQL that differs between SQLite and PostgreSQL, as one object chosen
 * when the database is opened (`database.engine`). Features call these and
 * never ask which engine they run on.
 */
export interface SqlEngine {
  /** The start of the UTC hour of a timestamp column, as stored timestamps compare (ISO 8601). */
  hourOf(column: Expression<string | null>): RawBuilder<string>;
  /**
   * True when the JSON array in `column` holds the string `value`: json_each
   * on SQLite, jsonb containment on PostgreSQL (which a GIN index can serve).
   */
  jsonArrayContains(column: Expression<unknown>, value: string): RawBuilder<SqlBool>;
  /**
   * One row (`key`, `value`) per entry of the JSON objects in `column`, to
   * select from. SQLite's JSON functions refuse JSON nested over 1,000 deep:
   * such an object counts as empty rather than failing the query.
   */
  jsonObjectEntries(column: Expression<unknown>): RawBuilder<unknown>;
  /**
   * The value at top-level `key` of the JSON object in `column`, as text
   * (strings unquoted, numbers and booleans as written; a missing key or a
   * JSON null is SQL NULL). The key is a bound parameter, never SQL text.
   */
  jsonObjectText(column: Expression<unknown>, key: string): RawBuilder<string | null>;
  /** The value at top-level `key` as a number when it is a JSON number, else SQL NULL. */
  jsonObjectNumber(column: Expression<unknown>, key: string): RawBuilder<number | null>;
  /**
   * Serialises writers of one workspace for the rest of the transaction, so a
   * count-then-insert (plan limits) cannot be raced past. SQLite runs one
   * write transaction at a time already; PostgreSQL takes the row's lock.
   */
  lockWorkspace(trx: Transaction<Tables>, workspaceId: string): Promise<void>;
  /**
   * Inserts many rows in few statements, skipping rows that hit a unique
   * index; returns how many were inserted (see bulk-insert.ts).
   */
  insertManyIgnoringConflicts<T extends keyof Tables & string>(
    db: Executor,
    table: T,
    rows: Insertable<Tables[T]>[],
  ): Promise<number>;
  /**
   * A row-claiming SELECT that skips rows another transaction is claiming
   * (`FOR UPDATE SKIP LOCKED`); SQLite has one writer at a time, so its
   * claims are atomic as they are.
   */
  skipLocked<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /** Rows read to be rewritten in the same transaction, held until it ends (`FOR UPDATE`; SQLite's one writer already is). */
  forUpdate<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /**
   * Brings the query planner's statistics of a table up to date after a bulk
   * write. PostgreSQL's planner takes a table just filled (or its new rows)
   * for nearly empty until autovacuum gets to it, which can be minutes, and
   * picks plans that read every row for it; ANALYZE reads a sample of at most
   * 30,000 rows whatever the table's size. SQLite's plans for these queries
   * follow the indexes without statistics.
   */
  refreshStatistics(db: Executor, table: keyof Tables & string): Promise<void>;
  /**
   * This engine's version of something only a feature knows how to write
   * for each engine (its full-text candidate search, a batched statement).
   */
  pick<T>(versions: Record<Dialect, T>): T;
}

export const sqliteEngine: SqlEngine = {
  hourOf: (column) => sql<string>`substr(${column}, 1, 13) || ':00:00.000Z'`,
  jsonArrayContains: (column, value) =>
    sql<SqlBool>`exists (select 1 from json_each(${column}) where json_each.value = ${value})`,
  jsonObjectEntries: (column) => sql`json_each(case when json_valid(${column}) then ${column} else '{}' end)`,
  jsonObjectText: (column, key) =>
    sql<
      string | null
    >`(select case when e.type in ('true', 'false') then e.type when e.type = 'null' then null else cast(e.value as text) end from json_each(case when json_valid(${column}) then ${column} else '{}' end) as e where e.key = ${key})`,
  jsonObjectNumber: (column, key) =>
    sql<
      number | null
    >`(select e.value from json_each(case when json_valid(${column}) then ${column} else '{}' end) as e where e.key = ${key} and e.type in ('integer', 'real'))`,
  async lockWorkspace() {},
  insertManyIgnoringConflicts: (db, table, rows) => insertSqlite(db, table, rows as Record<string, unknown>[]),
  skipLocked: (query) => query,
  forUpdate: (query) => query,
  async refreshStatistics() {},
  pick: (versions) => versions.sqlite,
};

export const postgresEngine: SqlEngine = {
  hourOf: (column) => sql<string>`date_trunc('hour', ${column} at time zone 'UTC') at time zone 'UTC'`,
  jsonArrayContains: (column, value) => sql<SqlBool>`${column} @> jsonb_build_array(${value}::text)`,
  jsonObjectEntries: (column) => sql`jsonb_each(${column})`,
  jsonObjectText: (column, key) => sql<string | null>`(${column} ->> ${key}::text)`,
  jsonObjectNumber: (column, key) =>
    sql<
      number | null
    >`(case when jsonb_typeof(${column} -> ${key}::text) = 'number' then (${column} ->> ${key}::text)::numeric end)`,
  async lockWorkspace(trx, workspaceId) {
    await trx.selectFrom('workspaces').select('id').where('id', '=', workspaceId).forUpdate().execute();
  },
  insertManyIgnoringConflicts: (db, table, rows) => insertPostgres(db, table, rows as Record<string, unknown>[]),
  skipLocked: (query) => query.forUpdate().skipLocked(),
  forUpdate: (query) => query.forUpdate(),
  async refreshStatistics(db, table) {
    await sql`analyze ${sql.table(table)}`.execute(db);
  },
  pick: (versions) => versions.postgres,
};
