import { stringify } from 'csv-stringify/sync';
import { apiTime } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import type { ContactFilter } from '../schema.js';
import { listAttributeKeys, streamContactRows, type ContactRow } from '../store.js';

const COLUMNS = [
  'id',
  'email',
  'first_name',
  'last_name',
  'phone',
  'tags',
  'status',
  'source',
  'created_at',
  'updated_at',
] as const;

// A spreadsheet runs a cell that starts with one of these as a formula
// (CSV injection); a leading apostrophe makes it plain text (OWASP's advice).
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return neutralizeCell(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * The filtered contacts as CSV, newest first, produced a page at a time so an
 * export of any size streams. Attributes become columns (named by their key,
 * or `attribute.<key>` when the key is also a contact field), so the file
 * imports back.
 */
export async function* exportContactsCsv(
  database: Database,
  workspaceId: string,
  filter: ContactFilter,
): AsyncGenerator<string> {
  const { db, engine } = database;
  const keys = await listAttributeKeys(db, engine, workspaceId, filter);
  const fixed: readonly string[] = COLUMNS;
  const header = [...COLUMNS, ...keys.map((k) => (fixed.includes(k) ? `attribute.${k}` : k))];
  yield stringify([header.map(neutralizeCell)]);
  for await (const rows of streamContactRows(db, engine, workspaceId, filter)) {
    yield stringify(rows.map((row) => toRecord(row, keys)));
  }
}

function toRecord(row: ContactRow, keys: string[]): string[] {
  const attributes = parseAttributes(row.attributes);
  const tags = JSON.parse(row.tags) as string[];
  return [
    row.id,
    cell(row.email),
    cell(row.first_name),
    cell(row.last_name),
    cell(row.phone),
    cell(tags.join(', ')),
    row.status,
    row.source,
    apiTime(row.created_at),
    apiTime(row.updated_at),
    ...keys.map((k) => cell(attributes[k])),
  ];
}

// One contact's unreadable attributes leave its attribute cells empty; they never end the export.
function parseAttributes(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
