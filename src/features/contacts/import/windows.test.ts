import { describe, expect, it } from 'vitest';
import type { RowTuple } from './prepared-row.js';
import { windowsOf, type WindowMessage, type WindowStart } from './windows.js';

const FRESH: WindowStart = { skip: 0, firstWindowRows: null, after: null };
const BUDGET = 4_000;

function contact(line: number, attributes: string): RowTuple {
  const email = `person${line}@example.com`;
  return [line, email, email, null, null, null, '[]', '[]', null, attributes];
}

/** What a row takes of a window's budget: its tuple's JSON, UTF-8. */
const bytesOf = (row: RowTuple) => Buffer.byteLength(JSON.stringify(row));

async function windowsIn(rows: RowTuple[], start = FRESH) {
  async function* batches() {
    for (let i = 0; i < rows.length; i += 7) yield rows.slice(i, i + 7);
  }
  const messages: WindowMessage[] = [];
  for await (const message of windowsOf(batches(), { batchSize: 5, windowBytes: BUDGET, start }))
    messages.push(message);
  const windows: { rows: number; contacts: RowTuple[] }[] = [];
  for (const message of messages) {
    if (message.type === 'window') windows.push({ rows: message.rows, contacts: [] });
    else windows.at(-1)!.contacts.push(...(JSON.parse(new TextDecoder().decode(message.data)) as RowTuple[]));
  }
  return windows;
}

const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);

describe('windowsOf', () => {
  // Rows of uneven width, some not ASCII (bytes, not characters, count), one wider than the budget alone.
  const rows = Array.from({ length: 120 }, (_, i) =>
    contact(i + 2, JSON.stringify({ notes: (i % 3 ? 'ü' : 'x').repeat(i === 60 ? 5_000 : 40 + ((i * 37) % 400)) })),
  );

  it('ends a window before a row would take it over its byte budget; a row wider than the budget is a window alone', async () => {
    const windows = await windowsIn(rows);
    expect(windows.length).toBeGreaterThan(10);
    for (const [i, window] of windows.entries()) {
      const bytes = sum(window.contacts.map(bytesOf));
      if (window.contacts.length > 1) expect(bytes).toBeLessThanOrEqual(BUDGET);
      else expect(window.contacts).toHaveLength(1);
      // Full: the next window's first row would not have fitted.
      const next = windows[i + 1]?.contacts.map((r) => r[0]).sort((a, b) => a - b)[0];
      if (next !== undefined) expect(bytes + bytesOf(rows.find((r) => r[0] === next)!)).toBeGreaterThan(BUDGET);
    }
    expect(windows.find((w) => w.contacts.some((r) => r[0] === 62))!.contacts).toHaveLength(1);
    const all = windows.flatMap((w) => w.contacts.map((r) => r[0]));
    expect(all.sort((a, b) => a - b)).toEqual(rows.map((r) => r[0]));
    expect(sum(windows.map((w) => w.rows))).toBe(rows.length);
  });

  it('keeps a window taken again at its recorded length, whatever its bytes', async () => {
    const resumed = await windowsIn(rows, { skip: 0, firstWindowRows: 50, after: null });
    expect(resumed[0]!.rows).toBe(50);
    expect(sum(resumed[0]!.contacts.map(bytesOf))).toBeGreaterThan(BUDGET);
    expect(sum(resumed.map((w) => w.rows))).toBe(rows.length);
    expect(resumed.slice(1).map((w) => w.contacts)).toEqual((await windowsIn(rows.slice(50))).map((w) => w.contacts));
  });
});
