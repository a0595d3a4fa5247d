import { CompiledQuery, sql, type Insertable, type Transaction } from 'kysely';
import type { Db, Dialect } from './database.js';
import type { Tables } from './tables.js';

type Executor = Db | Transaction<Tables>;

// SQLite binds at most 32,766 parameters per statement.
const SQLITE_MAX_PARAMS = 32_000;
const SQLITE_MAX_ROWS = 500;

/**
 * Inserts many rows in few statements, skipping rows that hit a unique index;
 * returns the `returning` column of the rows inserted. Building such statements through the query
 * builder costs more than running them, so the SQL is written here, once per
 * shape: multi-row VALUES on SQLite, one `unnest` of column arrays on
 * PostgreSQL (close to COPY speed, and still an INSERT with ON CONFLICT).
 */
export async function insertManyIgnoringConflicts<T extends keyof Tables & string, C extends keyof Tables[T] & string>(
  db: Executor,
  dialect: Dialect,
  table: T,
  rows: Insertable<Tables[T]>[],
  returning: C,
): Promise<Tables[T][C][]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  const insert = dialect === 'postgres' ? insertPostgres : insertSqlite;
  const tail = ` on conflict do nothing returning ${quote(returning)}`;
  const inserted = await insert(db, table, columns, rows as Record<string, unknown>[], tail);
  return inserted.map((row) => row[returning] as Tables[T][C]);
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

type Inserted = Record<string, unknown>[];

async function insertSqlite(db: Executor, table: string, columns: string[], rows: Record<string, unknown>[], tail: string): Promise<Inserted> {
  const perStatement = Math.max(1, Math.min(SQLITE_MAX_ROWS, Math.floor(SQLITE_MAX_PARAMS / columns.length)));
  const head = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const inserted: Inserted = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const end = Math.min(rows.length, start + perStatement);
    const params: unknown[] = [];
    for (let r = start; r < end; r++) for (const column of columns) params.push(rows[r]![column] ?? null);
    const text = `${head}${Array(end - start).fill(tuple).join(', ')}${tail}`;
    const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, params));
    for (const row of result.rows) inserted.push(row);
  }
  return inserted;
}

// unnest needs each array's element type; read once per table (every
// database Grivo opens has the same schema, from the same migrations).
const columnTypes = new Map<string, Map<string, string>>();

async function postgresColumnTypes(db: Executor, table: string): Promise<Map<string, string>> {
  let types = columnTypes.get(table);
  if (!types) {
    const { rows } = await sql<{ column_name: string; udt_name: string }>`
      select column_name, udt_name from information_schema.columns
      where table_schema = current_schema() and table_name = ${table}`.execute(db);
    types = new Map(rows.map((r) => [r.column_name, r.udt_name]));
    columnTypes.set(table, types);
  }
  return types;
}

async function insertPostgres(db: Executor, table: string, columns: string[], rows: Record<string, unknown>[], tail: string): Promise<Inserted> {
  const types = await postgresColumnTypes(db, table);
  const arrays = columns.map((column) => rows.map((row) => row[column] ?? null));
  const casts = columns.map((column, i) => {
    const type = types.get(column);
    if (!type) throw new Error(`insertManyIgnoringConflicts: ${table}.${column} does not exist`);
    return `$${i + 1}::${type}[]`;
  });
  const text =
    `insert into ${quote(table)} (${columns.map(quote).join(', ')}) ` +
    `select * from unnest(${casts.join(', ')})${tail}`;
  const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, arrays));
  return result.rows;
}
