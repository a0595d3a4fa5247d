import type { Plan } from '../../../config.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/time.js';
import type { Database, Executor } from '../../../storage/database.js';
import { columnsOf, newContactRow, valuesOf } from '../contact-row.js';
import type { ContactFields } from '../csv/read-contact-csv.js';
import { applyPatch, sameValues, type ContactPatch, type ContactValues } from '../merge.js';
import { addToContactsCount, readContactsCount } from '../../workspaces/store.js';
import {
  findContactsByEmailKeys,
  insertContactsIgnoringExisting,
  updateContactRow,
  type ContactRow,
} from '../store.js';
import { statusForSuppression, suppressionReasons } from '../../suppressions/store.js';
import { fieldsOf, type ContactPreparedRow, type PreparedRow } from './prepared-row.js';
import type { ImportOptions, ImportRowError } from './schema.js';
import { advanceImport, type ImportProgress, type ImportRow } from './store.js';

export const MAX_REPORTED_ERRORS = 100;
const KEYS_PER_QUERY = 1000;

/** Another runner recorded progress on this import first; this one must stop. */
export class ImportTakenOver extends Error {}
/** A contact appeared between reading and inserting (a writer without the workspace lock); the batch runs again. */
export class BatchConflict extends Error {}

export interface BatchContext {
  database: Database;
  /** The server secret: it keys the hashes erased addresses are kept as. */
  secret: Uint8Array;
  workspaceId: string;
  plan: Plan;
  contactLimit: number;
  options: ImportOptions;
}

/** Import progress as counters, plus the reported errors decoded. */
export interface Progress extends Omit<ImportProgress, 'errors'> {
  errors: ImportRowError[];
}

export function progressOf(row: ImportRow): Progress {
  const { rows_processed, merge_until, merge_key, created, updated, skipped, failed, suppressed } = row;
  return {
    rows_processed,
    merge_until,
    merge_key,
    created,
    updated,
    skipped,
    failed,
    suppressed: Number(suppressed ?? 0),
    errors: JSON.parse(row.errors) as ImportRowError[],
  };
}

/** Where an import stands: the rows done, and inside a window being merged in address order, how far. */
export type Position = Pick<Progress, 'rows_processed' | 'merge_until' | 'merge_key'>;

/** The rows of one address, in file order: merged into one contact. */
export interface Group {
  lines: number[];
  rows: ContactPreparedRow[];
}

/** Rows by address, in file order, and the rows that hold no contact (errors, blank lines). */
export function groupRows(rows: PreparedRow[]): { groups: Map<string, Group>; loose: PreparedRow[] } {
  const groups = new Map<string, Group>();
  const loose: PreparedRow[] = [];
  for (const row of rows) {
    if (row.kind !== 'contact') loose.push(row);
    else {
      const group = groups.get(row.key);
      if (group) {
        group.lines.push(row.line);
        group.rows.push(row);
      } else groups.set(row.key, { lines: [row.line], rows: [row] });
    }
  }
  return { groups, loose };
}

/** Applies one batch of rows in file order, and records that the import is past them. */
export async function applyBatch(
  ctx: BatchContext,
  importId: string,
  before: Progress,
  rows: PreparedRow[],
): Promise<Progress> {
  const { groups, loose } = groupRows(rows);
  return applyGroups(ctx, importId, before, groups, loose, {
    rows_processed: before.rows_processed + rows.length,
    merge_until: null,
    merge_key: null,
  });
}

/**
 * Applies these addresses' rows and the loose rows' errors and records the
 * progress, `to`, in the same transaction, so a crash either keeps both or
 * neither: the import resumes where it was and ends exactly as an
 * uninterrupted run.
 */
export async function applyGroups(
  ctx: BatchContext,
  importId: string,
  before: Progress,
  groups: Map<string, Group>,
  loose: PreparedRow[],
  to: Position,
): Promise<Progress> {
  const { db, engine } = ctx.database;
  return db.transaction().execute(async (trx) => {
    await engine.lockWorkspace(trx, ctx.workspaceId);
    const after: Progress = { ...before, ...to, errors: [...before.errors] };
    const report = (line: number, code: ImportRowError['code'], message: string) => {
      after.failed++;
      if (after.errors.length < MAX_REPORTED_ERRORS) after.errors.push({ line, code, message });
    };
    for (const row of loose) {
      if (row.kind === 'error') report(row.line, 'invalid_row', row.message);
      else after.skipped++;
    }

    const now = nowIso();
    // A suppressed address is never imported as subscribed: it would be mailed again.
    const suppressed = await suppressionReasons(trx, ctx.secret, ctx.workspaceId, [...groups.keys()]);
    const held = new Set<string>();
    const holdBack = (row: ContactRow): ContactRow => {
      const reason = suppressed.get(row.email_key);
      if (reason === undefined || row.status !== 'subscribed') return row;
      held.add(row.email_key);
      return { ...row, status: statusForSuppression(reason) };
    };
    const room = ctx.contactLimit - (await readContactsCount(trx, ctx.workspaceId));
    // When every email of the batch could be new without passing the plan
    // limit (the usual case), the rows are inserted straight away; only if
    // some hit the unique index are the contacts under those emails read, and
    // their ids tell which rows went in. Otherwise existing contacts are read
    // first, to know what still fits.
    let created: Set<string>;
    let existing: Map<string, ContactRow>;
    if (room >= groups.size) {
      const candidates = [...groups.values()].map((group) =>
        holdBack(newContact(ctx, importId, mergedRows(ctx, group.rows), now)),
      );
      const inserted = await insertContactsIgnoringExisting(trx, engine, candidates);
      existing = new Map();
      created = new Set(groups.keys());
      if (inserted < candidates.length) {
        const ours = new Set(candidates.map((c) => c.id));
        for (const [key, row] of await findExisting(trx, ctx.workspaceId, [...groups.keys()])) {
          if (ours.has(row.id)) continue;
          existing.set(key, row);
          created.delete(key);
        }
      }
    } else {
      existing = await findExisting(trx, ctx.workspaceId, [...groups.keys()]);
      const fits = [...groups].filter(([key]) => !existing.has(key)).slice(0, Math.max(0, room));
      const candidates = fits.map(([, group]) => holdBack(newContact(ctx, importId, mergedRows(ctx, group.rows), now)));
      if ((await insertContactsIgnoringExisting(trx, engine, candidates)) !== candidates.length)
        throw new BatchConflict();
      created = new Set(fits.map(([key]) => key));
    }

    const updates: ContactRow[] = [];
    for (const [key, group] of groups) {
      if (created.has(key)) {
        const merged = mergedRows(ctx, group.rows).length;
        after.created++;
        if (held.has(key)) after.suppressed++;
        after.updated += merged - 1;
        after.skipped += group.lines.length - merged;
        continue;
      }
      const found = existing.get(key);
      if (!found) {
        // Not inserted and not there: refused by the plan limit, unless a
        // concurrent delete raced us (then the batch runs again).
        if (room >= groups.size) throw new BatchConflict();
        for (const line of group.lines) {
          report(
            line,
            'plan_limit_exceeded',
            `Not imported: your ${ctx.plan} plan allows ${ctx.contactLimit} contacts.`,
          );
        }
      } else if (!ctx.options.update_existing) {
        after.skipped += group.lines.length;
      } else {
        const current = valuesOf(found);
        const next = mergeRows(current, group.rows.map(fieldsOf), ctx.options);
        if (!sameValues(current, next))
          updates.push({ ...found, ...columnsOf(next, now), ...marked(found, importId, now) });
        after.updated += group.lines.length;
      }
    }
    for (const row of updates) await updateContactRow(trx, row);
    await addToContactsCount(trx, ctx.workspaceId, created.size);
    const { errors, ...counters } = after;
    if (!(await advanceImport(trx, importId, before, { ...counters, errors: JSON.stringify(errors) }, now))) {
      throw new ImportTakenOver();
    }
    return after;
  });
}

/** The rows a new contact is made of: all of its email's rows, or with update_existing=false the first. */
function mergedRows(ctx: BatchContext, rows: ContactPreparedRow[]): ContactPreparedRow[] {
  return ctx.options.update_existing ? rows : rows.slice(0, 1);
}

async function findExisting(db: Executor, workspaceId: string, keys: string[]): Promise<Map<string, ContactRow>> {
  const existing = new Map<string, ContactRow>();
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    for (const row of await findContactsByEmailKeys(db, workspaceId, keys.slice(i, i + KEYS_PER_QUERY)))
      existing.set(row.email_key, row);
  }
  return existing;
}

/**
 * The import that changed a contact, written in the same update as its values
 * (none when nothing changed). A contact this import created and meets again
 * further down the file keeps only its creation.
 */
function marked(found: ContactRow, importId: string, now: string): Partial<ContactRow> {
  if (found.created_by_import === importId) return {};
  return { updated_by_import: importId, updated_by_import_at: now };
}

function newContact(ctx: BatchContext, importId: string, rows: ContactPreparedRow[], now: string): ContactRow {
  const first = rows[0]!;
  if (rows.length === 1 && ctx.options.tags.length === 0) {
    const status = first.status ?? ctx.options.status ?? 'subscribed';
    // The common case, a new email seen once: stored as the thread prepared it.
    const { email, key, first_name, last_name, phone, tags, tag_keys, attributes } = first;
    return {
      workspace_id: ctx.workspaceId,
      id: newId('ct'),
      email,
      email_key: key,
      first_name,
      last_name,
      phone,
      attributes,
      tags,
      tag_keys,
      status,
      source: 'import',
      created_at: now,
      updated_at: now,
      created_by_import: importId,
      updated_by_import: null,
      updated_by_import_at: null,
    };
  }
  const fresh: ContactValues = {
    email: first.email,
    first_name: null,
    last_name: null,
    phone: null,
    attributes: {},
    tags: [],
    status: 'subscribed',
  };
  return newContactRow(ctx.workspaceId, mergeRows(fresh, rows.map(fieldsOf), ctx.options), 'import', now, importId);
}

/**
 * Folds the file's rows for one contact onto its current values: later
 * non-empty fields win, tags and attributes add up. The status is the last
 * row's status column, else the import's `status` option.
 */
function mergeRows(current: ContactValues, rows: ContactFields[], options: ImportOptions): ContactValues {
  let values = current;
  let status = options.status;
  for (const row of rows) {
    const patch: ContactPatch = { attributes: row.attributes, addTags: row.tags };
    if (row.first_name !== null) patch.first_name = row.first_name;
    if (row.last_name !== null) patch.last_name = row.last_name;
    if (row.phone !== null) patch.phone = row.phone;
    if (row.status !== null) status = row.status;
    values = applyPatch(values, patch);
  }
  const patch: ContactPatch = { addTags: options.tags };
  // An import never re-subscribes someone who left or whose mail bounced.
  if (status && !(status === 'subscribed' && current.status !== 'subscribed')) patch.status = status;
  return applyPatch(values, patch);
}
