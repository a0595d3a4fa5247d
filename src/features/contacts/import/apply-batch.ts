import type { Plan } from '../../../config.js';
import { nowIso } from '../../../lib/time.js';
import { insertManyIgnoringConflicts } from '../../../storage/bulk-insert.js';
import type { Database } from '../../../storage/database.js';
import { lockWorkspace } from '../../../storage/locks.js';
import { columnsOf, newContactRow, valuesOf } from '../contact-row.js';
import type { ContactFields, CsvRow } from '../csv/read-contact-csv.js';
import { emailKey } from '../email.js';
import { applyPatch, sameValues, type ContactPatch, type ContactValues } from '../merge.js';
import { addToContactsCount, findContactsByEmailKeys, readContactsCount, updateContactRow, type ContactRow } from '../store.js';
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
  const { rows_processed, created, updated, skipped, failed } = row;
  return { rows_processed, created, updated, skipped, failed, errors: JSON.parse(row.errors) as ImportRowError[] };
}

/**
 * Applies one batch of rows and records the progress in the same
 * transaction, so a crash either keeps both or neither: the import resumes
 * after the last recorded row and ends exactly as an uninterrupted run.
 */
export async function applyBatch(ctx: BatchContext, importId: string, before: Progress, rows: CsvRow[]): Promise<Progress> {
  const { db, dialect } = ctx.database;
  return db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, dialect, ctx.workspaceId);
    const after: Progress = { ...before, rows_processed: before.rows_processed + rows.length, errors: [...before.errors] };
    const report = (line: number, code: ImportRowError['code'], message: string) => {
      after.failed++;
      if (after.errors.length < MAX_REPORTED_ERRORS) after.errors.push({ line, code, message });
    };

    // Rows of one email, in file order: merged into one contact.
    const groups = new Map<string, { lines: number[]; fields: ContactFields[] }>();
    for (const row of rows) {
      if (row.kind === 'error') report(row.line, 'invalid_row', row.message);
      else if (row.kind === 'blank') after.skipped++;
      else {
        const key = emailKey(row.contact.email);
        const group = groups.get(key);
        if (group) {
          group.lines.push(row.line);
          group.fields.push(row.contact);
        } else groups.set(key, { lines: [row.line], fields: [row.contact] });
      }
    }

    const keys = [...groups.keys()];
    const existing = new Map<string, ContactRow>();
    for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
      for (const row of await findContactsByEmailKeys(trx, ctx.workspaceId, keys.slice(i, i + KEYS_PER_QUERY))) existing.set(row.email_key, row);
    }

    const now = nowIso();
    const inserts: ContactRow[] = [];
    const updates: ContactRow[] = [];
    let room = ctx.contactLimit - (await readContactsCount(trx, ctx.workspaceId));
    for (const [key, group] of groups) {
      const found = existing.get(key);
      if (found) {
        if (!ctx.options.update_existing) {
          after.skipped += group.lines.length;
          continue;
        }
        const current = valuesOf(found);
        const next = mergeRows(current, group.fields, ctx.options);
        if (!sameValues(current, next)) updates.push({ ...found, ...columnsOf(next, now) });
        after.updated += group.lines.length;
      } else if (room <= 0) {
        for (const line of group.lines) {
          report(line, 'plan_limit_exceeded', `Not imported: your ${ctx.plan} plan allows ${ctx.contactLimit} contacts.`);
        }
      } else {
        room--;
        const merged = ctx.options.update_existing ? group.fields : group.fields.slice(0, 1);
        inserts.push(newContactRow(ctx.workspaceId, newContactValues(merged, ctx.options), 'import', now));
        after.created++;
        after.updated += merged.length - 1;
        after.skipped += group.lines.length - merged.length;
      }
    }

    if ((await insertManyIgnoringConflicts(trx, dialect, 'contacts', inserts)) !== inserts.length) throw new BatchConflict();
    for (const row of updates) await updateContactRow(trx, row);
    await addToContactsCount(trx, ctx.workspaceId, inserts.length);
    const { errors, ...counters } = after;
    if (!(await advanceImport(trx, importId, before.rows_processed, { ...counters, errors: JSON.stringify(errors) }, now))) {
      throw new ImportTakenOver();
    }
    return after;
  });
}

function newContactValues(rows: ContactFields[], options: ImportOptions): ContactValues {
  const first = rows[0]!;
  const status = options.status ?? 'subscribed';
  if (rows.length === 1) {
    // The common case, a new email seen once, built without merging.
    const tags = options.tags.length ? [...new Set([...first.tags, ...options.tags])] : first.tags;
    const { email, first_name, last_name, phone, attributes } = first;
    return { email, first_name, last_name, phone, attributes, tags, status };
  }
  const fresh: ContactValues = { email: first.email, first_name: null, last_name: null, phone: null, attributes: {}, tags: [], status };
  return mergeRows(fresh, rows, options);
}

/** Folds the file's rows for one contact onto its current values: later non-empty fields win, tags and attributes add up. */
function mergeRows(current: ContactValues, rows: ContactFields[], options: ImportOptions): ContactValues {
  let values = current;
  for (const row of rows) {
    const patch: ContactPatch = { attributes: row.attributes, addTags: row.tags };
    if (row.first_name !== null) patch.first_name = row.first_name;
    if (row.last_name !== null) patch.last_name = row.last_name;
    if (row.phone !== null) patch.phone = row.phone;
    values = applyPatch(values, patch);
  }
  const patch: ContactPatch = { addTags: options.tags };
  // An import never re-subscribes someone who left or whose mail bounced.
  if (options.status && !(options.status === 'subscribed' && current.status !== 'subscribed')) patch.status = options.status;
  return applyPatch(values, patch);
}
