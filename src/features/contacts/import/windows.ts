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
export const WINDOW_CHARS = 12_000_000;

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
  /** `json`: the part's rows as a JSON array of their tuples (`ContactTuple`). */
  | { type: 'part'; json: string; last: boolean };

export type ContactTuple = Extract<RowTuple, { length: 10 }>;

const isContact = (t: RowTuple): t is ContactTuple => t.length === 10;

/**
 * A window's contact rows as the JSON of each tuple beside its address: one
 * string a row rather than a dozen objects, so a window takes about half the
 * memory, and a part is these strings joined.
 */
interface Window {
  rows: number;
  loose: RowTuple[];
  keys: string[];
  texts: string[];
  chars: number;
}

const emptyWindow = (): Window => ({ rows: 0, loose: [], keys: [], texts: [], chars: 0 });

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
  let window = emptyWindow();
  for await (const batch of batches) {
    for (const row of batch) {
      if (skip > 0) {
        skip--;
        continue;
      }
      window.rows++;
      if (!isContact(row)) window.loose.push(row);
      else {
        const text = JSON.stringify(row);
        window.keys.push(row[2]);
        window.texts.push(text);
        window.chars += text.length;
      }
      if (fixed === null ? window.rows < windowRows && window.chars < WINDOW_CHARS : window.rows < fixed) continue;
      yield* parts(window, after, batchSize);
      window = emptyWindow();
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
    const texts: string[] = [];
    for (const key of keys.slice(i, i + batchSize)) for (const at of groups.get(key)!) texts.push(window.texts[at]!);
    i += batchSize;
    yield { type: 'part', json: `[${texts.join(',')}]`, last: i >= keys.length };
  } while (i < keys.length);
}
