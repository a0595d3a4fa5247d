import { sql, type Expression, type RawBuilder } from 'kysely';
import type { Dialect } from './database.js';

/** The start of the UTC hour of a timestamp column, as stored timestamps compare (ISO 8601). */
export function hourOf(dialect: Dialect, column: Expression<string | null>): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`date_trunc('hour', ${column} at time zone 'UTC') at time zone 'UTC'`
    : sql<string>`substr(${column}, 1, 13) || ':00:00.000Z'`;
}

/** The start of the UTC hour of an ISO timestamp, in the same form. */
export function hourOfIso(iso: string): string {
  return `${iso.slice(0, 13)}:00:00.000Z`;
}
