import type { RowTuple } from './prepared-row.js';

/**
 * Batches in a window: its addresses are sorted together before they are
 * stored (50,000 rows at the default batch of 500). The window's size sets
 * how close together a batch's inserts land in the address index; the
 * batch's, only how much the main thread holds at once.
 */
export const WINDOW_BATCHES = 100;

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
  /**
   * A window's contact rows, as the JSON of their tuples, take at most this
   * many bytes (unless one row alone does): a file with wide rows (many
   * attribute columns) ends its windows sooner, so the parsing thread's
   * memory stays bounded. 50,000 rows of a usual file take ~10 MB.
   */
  windowBytes: number;
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
  /** `data`: the part's rows as a JSON array of their tuples (`ContactTuple`), UTF-8; its own buffer, which can be moved to another thread. */
  | { type: 'part'; data: Uint8Array; last: boolean };

export type ContactTuple = Extract<RowTuple, { length: 10 }>;

const isContact = (t: RowTuple): t is ContactTuple => t.length === 10;

/**
 * A window's contact rows: the JSON of each tuple, UTF-8, one after the other
 * in one buffer (`ends[i]`: where row i ends), its address beside it. Bytes
 * outside the heap, rather than a string a row, keep the thread's heap small
 * and its collections cheap (a window of strings lived through several
 * scavenges, each copying it), and a part is these bytes copied together.
 */
class Window {
  rows = 0;
  loose: RowTuple[] = [];
  keys: string[] = [];
  ends: number[] = [];
  size = 0;
  constructor(
    public bytes: Buffer,
    readonly budget: number,
  ) {}

  add(key: string, text: string, length: number): void {
    if (this.size + length > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(Math.min(2 * this.bytes.length, this.budget), this.size + length));
      this.bytes.copy(grown, 0, 0, this.size);
      this.bytes = grown;
    }
    this.size += this.bytes.write(text, this.size);
    this.keys.push(key);
    this.ends.push(this.size);
  }

  /** The rows `at` as one JSON array, in a buffer of its own. */
  part(at: number[]): Uint8Array {
    let length = 1 + Math.max(1, at.length);
    for (const i of at) length += this.ends[i]! - (this.ends[i - 1] ?? 0);
    const data = new Uint8Array(length);
    let to = 0;
    data[to++] = 0x5b; // [
    for (const i of at) {
      if (to > 1) data[to++] = 0x2c; // ,
      const from = this.ends[i - 1] ?? 0;
      data.set(this.bytes.subarray(from, this.ends[i]), to);
      to += this.ends[i]! - from;
    }
    data[to] = 0x5d; // ]
    return data;
  }

  /** Empties the window, keeping its buffer for the next. */
  next(): Window {
    return new Window(this.bytes, this.budget);
  }
}

/** Parsed rows in file order → the messages of their windows. Runs on the parsing thread, or inline for a small file. */
export async function* windowsOf(
  batches: AsyncIterable<RowTuple[]>,
  options: WindowOptions,
): AsyncGenerator<WindowMessage> {
  const { batchSize, start, windowBytes } = options;
  const windowRows = batchSize * WINDOW_BATCHES;
  let skip = start.skip;
  // A window taken again keeps the length it had; the next ones follow the rule.
  let fixed = start.firstWindowRows;
  let after = start.after;
  let window = new Window(Buffer.allocUnsafe(Math.min(windowBytes, 1024 * 1024)), windowBytes);
  for await (const batch of batches) {
    for (const row of batch) {
      if (skip > 0) {
        skip--;
        continue;
      }
      if (!isContact(row)) window.loose.push(row);
      else {
        const text = JSON.stringify(row);
        const length = Buffer.byteLength(text);
        // A row that would take the window over its budget starts the next one.
        if (fixed === null && window.size + length > windowBytes && window.keys.length > 0) {
          yield* parts(window, after, batchSize);
          window = window.next();
          after = null;
        }
        window.add(row[2], text, length);
      }
      window.rows++;
      if (window.rows < (fixed ?? windowRows)) continue;
      yield* parts(window, after, batchSize);
      window = window.next();
      fixed = null;
      after = null;
    }
  }
  if (window.rows > 0) yield* parts(window, after, batchSize);
}

function* parts(window: Window, after: string | null, batchSize: number): Generator<WindowMessage> {
  const groups = new Map<string, number[]>();
  window.keys.forEach((key, i) => {
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  let keys = [...groups.keys()];
  if (after !== null) keys = keys.filter((key) => key > after);
  // By code unit, as `after` is compared; a comparator is faster than the default sort's string conversions.
  if (keys.length > batchSize) keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  yield { type: 'window', rows: window.rows, loose: window.loose, addresses: keys.length };
  let i = 0;
  do {
    const at: number[] = [];
    for (const key of keys.slice(i, i + batchSize)) for (const row of groups.get(key)!) at.push(row);
    i += batchSize;
    yield { type: 'part', data: window.part(at), last: i >= keys.length };
  } while (i < keys.length);
}
