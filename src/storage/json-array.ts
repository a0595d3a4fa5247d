import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Dialect } from './database.js';

/**
 * True when the JSON array in `column` holds the string `value`. JSON
 * functions differ by engine: json_each on SQLite, jsonb containment on
 * PostgreSQL (which a GIN index can serve).
 */
export function jsonArrayContains(dialect: Dialect, column: Expression<unknown>, value: string): RawBuilder<SqlBool> {
  return dialect === 'postgres'
    ? sql<SqlBool>`${column} @> jsonb_build_array(${value}::text)`
    : sql<SqlBool>`exists (select 1 from json_each(${column}) where json_each.value = ${value})`;
}
