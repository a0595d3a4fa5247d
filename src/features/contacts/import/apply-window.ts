import { setImmediate } from 'node:timers/promises';
import { readContactsCount } from '../../workspaces/store.js';
import {
  applyBatch,
  applyGroups,
  BatchConflict,
  groupRows,
  type BatchContext,
  type Group,
  type Progress,
} from './apply-batch.js';
import type { PreparedRow } from './prepared-row.js';

/** Batches in a window: the rows sorted by address together, before they are stored. */
export const WINDOW_BATCHES = 25;

/**
 * Applies a window of rows (tens of thousands) in batches of `batchSize`
 * addresses taken in address order, each with ids given in that order (so a
 * large import lists its contacts by address within each window). Rows in
 * file order would put every insert on another page of the address index and
 * of the table, and each batch's commit would write most of both again; in
 * address order a batch writes a few hundred neighbouring pages (on SQLite,
 * as fast as one transaction over the whole file).
 *
 * Each batch records the last address it applied (`merge_key`) and the line
 * the window ends at (`merge_until`), so a run that stops mid-window takes the
 * same window again and goes on after that address; the last batch moves
 * `rows_processed` past the window. The window's invalid rows are counted
 * with its first batch, so the errors stay in line order.
 *
 * When the plan limit could refuse some of the window's new addresses, the
 * first rows of the file must be the ones that fit: such a window is applied
 * in file order, batch by batch, as a small import is.
 */
export async function applyWindow(
  ctx: BatchContext,
  importId: string,
  before: Progress,
  rows: PreparedRow[],
  batchSize: number,
): Promise<Progress> {
  const { groups, loose } = groupRows(rows);
  let progress = before;
  const resumed = before.merge_key;
  if (resumed === null && (await roomFor(ctx)) < groups.size) {
    for (let i = 0; i < rows.length; i += batchSize) {
      progress = await withRetry(() => applyBatch(ctx, importId, progress, rows.slice(i, i + batchSize)));
      await setImmediate();
    }
    return progress;
  }

  const until = before.rows_processed + rows.length;
  let keys = [...groups.keys()];
  if (resumed !== null) keys = keys.filter((key) => key > resumed);
  // What fits in one batch is stored in file order, as a small import is.
  if (keys.length > batchSize) keys.sort();
  let pending = resumed === null ? loose : [];
  let i = 0;
  do {
    const part = new Map<string, Group>();
    for (const key of keys.slice(i, i + batchSize)) part.set(key, groups.get(key)!);
    i += batchSize;
    const last = i >= keys.length;
    const to = last
      ? { rows_processed: until, merge_until: null, merge_key: null }
      : { rows_processed: before.rows_processed, merge_until: until, merge_key: keys[i - 1]! };
    const from = progress;
    progress = await withRetry(() => applyGroups(ctx, importId, from, part, pending, to));
    pending = [];
    // SQLite answers synchronously: without a turn of the event loop between
    // batches no request would be served until the window ends.
    await setImmediate();
  } while (i < keys.length);
  return progress;
}

async function roomFor(ctx: BatchContext): Promise<number> {
  return ctx.contactLimit - (await readContactsCount(ctx.database.db, ctx.workspaceId));
}

/** A batch that met a contact created meanwhile by another writer runs again. */
async function withRetry(apply: () => Promise<Progress>): Promise<Progress> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await apply();
    } catch (error) {
      if (!(error instanceof BatchConflict) || attempt === 3) throw error;
    }
  }
}
