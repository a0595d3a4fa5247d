import { CompiledQuery, sql } from 'kysely';
import type { Dialect, Executor } from './db-types.js';

// SQLite binds at most 32,766 parameters per statement.
const SQLITE_MAX_PARAMS = 32_000;
const SQLITE_MAX_ROWS = 500;

// Many rows in few statements, skipping rows that hit a unique index; each
// returns how many were inserted (RETURNING would cost a fifth more on
// SQLite). Building such statements through the query builder costs more
// than running them, so the SQL is written here, once per shape: multi-row
// VALUES on SQLite, one `unnest` of column arrays on PostgreSQL (close to COPY
// speed, and still an INSERT with ON CONFLICT). Reached through `SqlEngine`.

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

const ON_CONFLICT = ' on conflict do nothing';

// The text of each statement shape, built once: an import runs the same few
// thousand times, and the same string also finds its prepared statement at
// once. A batch's last statement has rows left over, of any count: the texts
// kept are bounded.
const valuesTexts = new Map<string, string>();
const MAX_TEXTS = 200;

/**
 * `insert into table (columns) values (…), (…)` for `count` rows, then
 * `suffix` (an `on conflict` or `returning` clause): its parameters are the
 * rows' values column by column, row after row (`rowValues`). Built once per
 * shape, so a statement run again and again is never built again.
 */
function valuesText(dialect: Dialect, table: string, columns: readonly string[], count: number, suffix = ''): string {
  const key = `${dialect}\0${table}\0${columns.join('\0')}\0${count}\0${suffix}`;
  let text = valuesTexts.get(key);
  if (text === undefined) {
    const tuples: string[] = [];
    for (let row = 0; row < count; row++) {
      const at = row * columns.length;
      tuples.push(`(${columns.map((_, i) => (dialect === 'sqlite' ? '?' : `$${at + i + 1}`)).join(', ')})`);
    }
    text = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${tuples.join(', ')}${suffix}`;
    if (valuesTexts.size >= MAX_TEXTS) valuesTexts.clear();
    valuesTexts.set(key, text);
  }
  return text;
}

/** `valuesText` with SQLite's placeholders, for a feature's SQLite side of `engine.pick`. */
export const sqliteValuesText = (table: string, columns: readonly string[], count: number, suffix = ''): string =>
  valuesText('sqlite', table, columns, count, suffix);

/** `valuesText` with PostgreSQL's numbered placeholders, for a feature's PostgreSQL side of `engine.pick`. */
export const postgresValuesText = (table: string, columns: readonly string[], count: number, suffix = ''): string =>
  valuesText('postgres', table, columns, count, suffix);

/** The parameters of a `valuesText` statement: each row's values in `columns` order (null for a missing one). */
export function rowValues(rows: readonly Record<string, unknown>[], columns: readonly string[]): unknown[] {
  const values: unknown[] = [];
  for (const row of rows) for (const column of columns) values.push(row[column] ?? null);
  return values;
}

export async function insertSqlite(db: Executor, table: string, rows: Record<string, unknown>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]!);
  const perStatement = Math.max(1, Math.min(SQLITE_MAX_ROWS, Math.floor(SQLITE_MAX_PARAMS / columns.length)));
  let inserted = 0;
  for (let start = 0; start < rows.length; start += perStatement) {
    const end = Math.min(rows.length, start + perStatement);
    const text = valuesText('sqlite', table, columns, end - start, ON_CONFLICT);
    const result = await db.executeQuery(CompiledQuery.raw(text, rowValues(rows.slice(start, end), columns)));
    inserted += Number(result.numAffectedRows ?? 0n);
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

/**
 * A column holding the same value in every row (an import's workspace, time
 * and import id) goes as one parameter rather than an array of copies: pg
 * escapes every element of an array in JavaScript and PostgreSQL parses each
 * again, which for these five columns was a fifth of the statement's input.
 */
export async function insertPostgres(db: Executor, table: string, rows: Record<string, unknown>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]!);
  const types = await postgresColumnTypes(db, table);
  const first = rows[0]!;
  // unnest needs one array at least, so the first column always goes as one.
  const constant = columns.map((column, i) => i > 0 && rows.every((row) => row[column] === first[column]));
  const params: unknown[] = [];
  const arrays: string[] = [];
  const selected = columns.map((column, i) => {
    const type = types.get(column);
    if (!type) throw new Error(`insertManyIgnoringConflicts: ${table}.${column} does not exist`);
    if (constant[i]) {
      params.push(first[column] ?? null);
      return `$${params.length}::${type}`;
    }
    params.push(arrayLiteral(rows.map((row) => row[column])));
    arrays.push(`$${params.length}::${type}[]`);
    return `u.c${arrays.length}`;
  });
  const names = arrays.map((_, i) => `c${i + 1}`).join(', ');
  const text =
    `insert into ${quote(table)} (${columns.map(quote).join(', ')}) ` +
    `select ${selected.join(', ')} from unnest(${arrays.join(', ')}) as u(${names})${ON_CONFLICT}`;
  const result = await db.executeQuery(CompiledQuery.raw(text, params));
  return Number(result.numAffectedRows ?? 0n);
}

const ESCAPED = /["\\]/g;
const escaped = (text: string) => (text.includes('"') || text.includes('\\') ? text.replace(ESCAPED, '\\$&') : text);

/**
 * A column's values as the PostgreSQL array literal pg would write for them
 * (`{"a","b",NULL}`), in one join. pg's own writer concatenates element by
 * element and runs two regex replaces on each: for an import of 200,000 rows
 * that was 600 of the 1,100 MB of short-lived strings and objects its main
 * thread allocated. Values of other types (buffers, dates) are left for pg
 * to write.
 */
function arrayLiteral(values: unknown[]): string | unknown[] {
  const parts: string[] = [];
  for (const value of values) {
    if (value === null || value === undefined) parts.push('NULL');
    else if (typeof value === 'string') parts.push(`"${escaped(value)}"`);
    else if (typeof value === 'number' || typeof value === 'boolean') parts.push(`"${value}"`);
    else return values.map((v) => v ?? null);
  }
  return `{${parts.join(',')}}`;
}
