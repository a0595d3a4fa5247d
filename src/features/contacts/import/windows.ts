import type { RowTuple } from './prepared-row.js';

/**
 * Batches in a window: its addresses are sorted together before they are
 * stored (50,000 rows at the default batch of 500). The window's size sets
 * how close together a batch's inserts land in the address index; the
 * batch's, only how much the main thread holds at once.
 */
export const WINDOW_BATCHES = 100;
/**
 * A window also ends once its rows hold this many characters, so a file with
 * wide rows (many attribute columns) keeps the parsing thread's memory bounded.
 */
export const WINDOW_CHARS = 16_000_000;

/** Where a run starts in the file. */
export interface WindowStart {
  /** Rows an earlier run stored: read again (parsing is cheap) but not stored. */
  skip: number;
  /** The length of a window an earlier run left half-merged (its `merge_until` − `rows_processed`): it is taken again whole. */
  firstWindowRows: number | null;
  /** In that window, the last address stored: only the addresses after it are left. */
  after: string | null;
}

export interface WindowOptions {
  /** Addresses per part: one transaction each. */
  batchSize: number;
  start: WindowStart;
}

/**
 * The file as windows of rows, each announced by a `window` message (its
 * rows' count, the rows that hold no contact, how many addresses it has left)
 * and then given as `part`s of at most `batchSize` addresses, every row of an
 * address in the same part, in file order. When its addresses do not fit in
 * one part they are sorted, so each part's inserts land on neighbouring pages
 * of the address index (in file order each insert would touch another page,
 * and every commit would write most of the index again); otherwise they keep
 * the file's order. A window has at least one part, possibly empty.
 */
export type WindowMessage =
  | { type: 'window'; rows: number; loose: RowTuple[]; addresses: number }
  | { type: 'part'; rows: ContactTuple[]; last: boolean };

export type ContactTuple = Extract<RowTuple, { length: 10 }>;

const isContact = (t: RowTuple): t is ContactTuple => t.length === 10;

/** Parsed rows in file order → the messages of their windows. Runs on the parsing thread, or inline for a small file. */
export async function* windowsOf(
  batches: AsyncIterable<RowTuple[]>,
  options: WindowOptions,
): AsyncGenerator<WindowMessage> {
  const { batchSize, start } = options;
  const windowRows = batchSize * WINDOW_BATCHES;
  let skip = start.skip;
  // A window taken again keeps the length it had; the next ones follow the rule.
  let fixed = start.firstWindowRows;
  let after = start.after;
  let rows: RowTuple[] = [];
  let chars = 0;
  for await (const batch of batches) {
    for (const row of batch) {
      if (skip > 0) {
        skip--;
        continue;
      }
      rows.push(row);
      if (fixed === null) chars += charsOf(row);
      if (fixed === null ? rows.length < windowRows && chars < WINDOW_CHARS : rows.length < fixed) continue;
      yield* window(rows, after, batchSize);
      rows = [];
      chars = 0;
      fixed = null;
      after = null;
    }
  }
  if (rows.length > 0) yield* window(rows, after, batchSize);
}

function* window(rows: RowTuple[], after: string | null, batchSize: number): Generator<WindowMessage> {
  const groups = new Map<string, ContactTuple[]>();
  const loose: RowTuple[] = [];
  for (const row of rows) {
    if (!isContact(row)) loose.push(row);
    else {
      const group = groups.get(row[2]);
      if (group) group.push(row);
      else groups.set(row[2], [row]);
    }
  }
  let keys = [...groups.keys()];
  if (after !== null) keys = keys.filter((key) => key > after);
  // By code unit, as `after` is compared; a comparator is faster than the default sort's string conversions.
  if (keys.length > batchSize) keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  yield { type: 'window', rows: rows.length, loose, addresses: keys.length };
  let i = 0;
  do {
    const part: ContactTuple[] = [];
    for (const key of keys.slice(i, i + batchSize)) part.push(...groups.get(key)!);
    i += batchSize;
    yield { type: 'part', rows: part, last: i >= keys.length };
  } while (i < keys.length);
}

function charsOf(row: RowTuple): number {
  let n = 0;
  for (const field of row) if (typeof field === 'string') n += field.length;
  return n;
}
