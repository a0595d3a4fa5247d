import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { firstIdAt } from '../../lib/ids.js';
import type { Db, Executor } from '../../storage/database.js';
import type { SqlEngine } from '../../storage/sql-engine.js';
import type { ContactsTable } from '../../storage/tables-contacts.js';
import type { Tables } from '../../storage/tables.js';
import type { ContactFilter } from './schema.js';
import { tagCondition } from './tag-match.js';

export type ContactRow = ContactsTable;

// Above every character a search can end with, so `key >= p and key < p + MAX`
// is a prefix match that the (workspace_id, email_key) index serves.
const MAX_CHAR = '\u{10FFFF}';

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The list filters, and `where`: a condition from elsewhere (a segment's). */
export type ContactRowFilter = ContactFilter & { where?: Expression<SqlBool> };

/** The contacts list's filters as a condition (also what a bulk action's `filter` selects). */
export function filtered(engine: SqlEngine, workspaceId: string, filter: ContactRowFilter) {
  return (eb: ExpressionBuilder<Tables, 'contacts'>) => {
    const conditions: Expression<SqlBool>[] = [eb('workspace_id', '=', workspaceId)];
    if (filter.where) conditions.push(filter.where);
    if (filter.status) conditions.push(eb('status', '=', filter.status));
    if (filter.tag) conditions.push(tagCondition(engine, [filter.tag], 'any'));
    if (filter.search) {
      const prefix = filter.search.toLowerCase();
      const like = `${escapeLike(prefix)}%`;
      conditions.push(
        eb.or([
          eb.and([eb('email_key', '>=', prefix), eb('email_key', '<', prefix + MAX_CHAR)]),
          sql<SqlBool>`lower(${eb.ref('first_name')}) like ${like} escape '\\'`,
          sql<SqlBool>`lower(${eb.ref('last_name')}) like ${like} escape '\\'`,
          sql<SqlBool>`lower(${eb.ref('first_name')} || ' ' || ${eb.ref('last_name')}) like ${like} escape '\\'`,
        ]),
      );
    }
    return eb.and(conditions);
  };
}

/** Newest first: ids are time-ordered, so id order is creation order. */
export async function listContactRows(
  db: Db,
  engine: SqlEngine,
  workspaceId: string,
  filter: ContactRowFilter,
  window: { limit: number; offset: number; before?: string },
): Promise<ContactRow[]> {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where(filtered(engine, workspaceId, filter))
    .$if(window.before !== undefined, (q) => q.where('id', '<', window.before!))
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countContacts(
  db: Db,
  engine: SqlEngine,
  workspaceId: string,
  filter: ContactRowFilter,
  before?: string,
): Promise<number> {
  const row = await db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(filtered(engine, workspaceId, filter))
    .$if(before !== undefined, (q) => q.where('id', '<', before!))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every contact of a filter, newest first, a page at a time by keyset (for exports). */
export async function* streamContactRows(
  db: Db,
  engine: SqlEngine,
  workspaceId: string,
  filter: ContactFilter,
  batchSize = 1000,
): AsyncGenerator<ContactRow[]> {
  let before: string | undefined;
  for (;;) {
    const rows = await listContactRows(db, engine, workspaceId, filter, { limit: batchSize, offset: 0, before });
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
    before = rows[rows.length - 1]!.id;
  }
}

/** The distinct attribute keys of the filtered contacts, sorted (the export's extra columns). */
export async function listAttributeKeys(
  db: Db,
  engine: SqlEngine,
  workspaceId: string,
  filter: ContactFilter,
): Promise<string[]> {
  // One row per (contact, attribute). A row with JSON nested deeper than
  // SQLite's functions accept (an older version let it in) has its keys left
  // out, not the whole export.
  const entries = engine.jsonObjectEntries(sql.ref('contacts.attributes'));
  const rows = await db
    .selectFrom(['contacts', entries.as('attr')])
    .select(sql<string>`attr.key`.as('key'))
    .where(filtered(engine, workspaceId, filter))
    .distinct()
    .execute();
  return rows.map((r) => r.key).sort();
}

export async function findContact(db: Executor, workspaceId: string, id: string): Promise<ContactRow | undefined> {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * The contacts with these emails. Found in two steps: the (workspace_id,
 * email_key) index alone answers which exist (without statistics SQLite would
 * rather scan the workspace's primary key), then the few found are read whole.
 */
export async function findContactsByEmailKeys(
  db: Executor,
  workspaceId: string,
  keys: string[],
): Promise<ContactRow[]> {
  if (keys.length === 0) return [];
  const found = await db
    .selectFrom('contacts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('email_key', 'in', keys)
    .execute();
  if (found.length === 0) return [];
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(
      'id',
      'in',
      found.map((r) => r.id),
    )
    .execute();
}

export async function insertContact(db: Executor, row: ContactRow): Promise<void> {
  await db.insertInto('contacts').values(row).execute();
}

/** Inserts many contacts at once, skipping any whose address the workspace already has; returns how many were new. */
export async function insertContactsIgnoringExisting(
  db: Executor,
  engine: SqlEngine,
  rows: ContactRow[],
): Promise<number> {
  return engine.insertManyIgnoringConflicts(db, 'contacts', rows);
}

export async function updateContactRow(
  db: Executor,
  row: Pick<ContactRow, 'workspace_id' | 'id'> & Partial<ContactRow>,
): Promise<boolean> {
  const { workspace_id, id, ...changes } = row;
  const result = await db
    .updateTable('contacts')
    .set(changes)
    .where('workspace_id', '=', workspace_id)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteContactRow(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('contacts')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * Moves a contact to `status` if it is currently `from` (a bounce or an
 * unsubscribe never overwrites another of the two). Returns whether it changed.
 */
export async function setContactStatusIf(
  db: Executor,
  where: { workspaceId: string; id: string; from: readonly string[] },
  status: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('contacts')
    .set({ status, updated_at: now })
    .where('workspace_id', '=', where.workspaceId)
    .where('id', '=', where.id)
    .where('status', 'in', where.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// An id's time and its created_at are read apart, a moment from each other.
const ID_CLOCK_SLACK_MS = 60_000;

/** Contacts added since `since`, counted per UTC hour (the overview sums them into days). */
export async function countNewContactsPerHour(
  db: Db,
  engine: SqlEngine,
  workspaceId: string,
  since: string,
): Promise<{ hour: string; n: number }[]> {
  const rows = await db
    .selectFrom('contacts')
    .select((eb) => [engine.hourOf(eb.ref('created_at')).as('hour'), eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    // Ids sort by creation time: the primary key (workspace_id, id) bounds the scan to the period.
    .where('id', '>=', firstIdAt('ct', Date.parse(since) - ID_CLOCK_SLACK_MS))
    .where('created_at', '>=', since)
    .groupBy((eb) => engine.hourOf(eb.ref('created_at')))
    .execute();
  return rows.map((r) => ({ hour: String(r.hour), n: Number(r.n) }));
}
