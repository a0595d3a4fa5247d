import type { ColumnDataType } from 'kysely';
import type { Dialect } from '../database.js';

/** Column types that differ by engine; everything else is portable SQL. */
export function columnTypes(dialect: Dialect): { timestamp: ColumnDataType; json: ColumnDataType } {
  return dialect === 'postgres'
    ? { timestamp: 'timestamptz', json: 'jsonb' }
    : { timestamp: 'text', json: 'text' };
}
