import { sql, type ColumnDataType, type Expression } from 'kysely';
import type { Dialect } from '../database.js';

type DataType = ColumnDataType | Expression<unknown>;

/**
 * Column types that differ by engine; everything else is portable SQL.
 * Ids compare bytewise on PostgreSQL too (COLLATE "C", as SQLite's BINARY),
 * so ordering by id is creation order whatever the database's locale.
 */
export function columnTypes(dialect: Dialect): { id: DataType; timestamp: DataType; json: DataType; bytes: DataType } {
  return dialect === 'postgres'
    ? { id: sql`text collate "C"`, timestamp: 'timestamptz', json: 'jsonb', bytes: 'bytea' }
    : { id: 'text', timestamp: 'text', json: 'text', bytes: 'blob' };
}
