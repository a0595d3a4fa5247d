import { stringify } from 'csv-stringify/sync';
import { apiTime } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import type { Principal } from '../../../http/principal.js';
import { recordAudit } from '../../audit/record.js';
import { attributeCell, guardCell } from '../csv/cells.js';
import { attributeHeader } from '../csv/map-header.js';
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

// Cells are written by csv/cells.ts, whose readers the import uses: a cell a
// spreadsheet would run as a formula is guarded with `'`, and the import takes
// the guard off again.
/** The export's formula guard, for the other CSV exports (chatbot leads). */
export const neutralizeCell = guardCell;

function cell(value: string | null): string {
  return value === null ? '' : guardCell(value);
}

/**
 * Records the export in the audit log (its filters, never the search text, which
 * may be part of someone's name), then streams it as `exportContactsCsv` does.
 */
export async function exportContacts(
  database: Database,
  principal: Principal,
  filter: ContactFilter,
): Promise<AsyncGenerator<string>> {
  await recordAudit(database.db, principal, {
    action: 'contacts.exported',
    resourceType: 'contact',
    resourceId: null,
    details: { tag: filter.tag ?? null, status: filter.status ?? null, searched: Boolean(filter.search) },
  });
  return exportContactsCsv(database, principal.workspaceId, filter);
}

/**
 * The filtered contacts as CSV, newest first, produced a page at a time so an
 * export of any size streams. Attributes become columns (named by their key,
 * or `attribute.<key>` when the import would read the key as a column of its
 * own), so the file imports back unchanged.
 */
export async function* exportContactsCsv(
  database: Database,
  workspaceId: string,
  filter: ContactFilter,
): AsyncGenerator<string> {
  const { db, engine } = database;
  const keys = await listAttributeKeys(db, engine, workspaceId, filter);
  const header = [...COLUMNS, ...keys.map(attributeHeader)];
  yield stringify([header.map(guardCell)]);
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
    ...keys.map((k) => attributeCell(attributes[k])),
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
