import { setImmediate } from 'node:timers/promises';
import { readContactsCount } from '../../workspaces/store.js';
import {
  applyBatch,
  applyGroups,
  BatchConflict,
  groupRows,
  type BatchContext,
  type Position,
  type Progress,
} from './apply-batch.js';
import type { PreparedRow } from './prepared-row.js';
import type { WindowEvent } from './read-rows.js';

/**
 * Stores the file's windows (`windowsOf`) part by part, each part in its own
 * transaction with the import's progress, ids given in the part's order (so a
 * large import lists its contacts by address within each window).
 *
 * Each part but a window's last records the last address it stored
 * (`merge_key`) and the line the window ends at (`merge_until`), so a run that
 * stops mid-window takes the same window again and goes on after that
 * address; the last part moves `rows_processed` past the window. The window's
 * rows that hold no contact are counted with its first part, so the errors
 * stay in line order.
 *
 * When the plan limit could refuse some of a window's new addresses, the
 * first rows of the file must be the ones that fit: such a window is gathered
 * and applied in file order, batch by batch, as a small import is.
 */
export async function applyWindows(
  ctx: BatchContext,
  importId: string,
  first: Progress,
  events: AsyncIterable<WindowEvent>,
  batchSize: number,
): Promise<Progress> {
  let progress = first;
  let window: { start: number; rows: number; pending: PreparedRow[]; gathered?: PreparedRow[] } | undefined;
  for await (const event of events) {
    if (event.type === 'window') {
      const resumed = progress.merge_key !== null;
      const start = progress.rows_processed;
      if (!resumed && (await roomFor(ctx)) < event.addresses)
        window = { start, rows: event.rows, pending: [], gathered: [...event.loose] };
      // A window taken again counted its loose rows with its first part already.
      else window = { start, rows: event.rows, pending: resumed ? [] : event.loose };
      continue;
    }
    if (!window) throw new Error('a part of the import came before its window');
    if (window.gathered) {
      for (const row of event.rows) window.gathered.push(row);
      if (event.last) progress = await applyInFileOrder(ctx, importId, progress, window.gathered, batchSize);
      continue;
    }
    const { groups } = groupRows(event.rows);
    const until = window.start + window.rows;
    const to: Position = event.last
      ? { rows_processed: until, merge_until: null, merge_key: null }
      : { rows_processed: window.start, merge_until: until, merge_key: event.rows.at(-1)!.key };
    const from = progress;
    const loose = window.pending;
    progress = await withRetry(() => applyGroups(ctx, importId, from, groups, loose, to));
    window.pending = [];
    // SQLite answers synchronously: without a turn of the event loop between
    // parts no request would be served until the import ends.
    await setImmediate();
  }
  return progress;
}

async function applyInFileOrder(
  ctx: BatchContext,
  importId: string,
  before: Progress,
  rows: PreparedRow[],
  batchSize: number,
): Promise<Progress> {
  rows.sort((a, b) => a.line - b.line);
  let progress = before;
  for (let i = 0; i < rows.length; i += batchSize) {
    const from = progress;
    progress = await withRetry(() => applyBatch(ctx, importId, from, rows.slice(i, i + batchSize)));
    await setImmediate();
  }
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
