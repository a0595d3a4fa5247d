import { describe, expect, it } from 'vitest';
import type { RowTuple } from './prepared-row.js';
import { WINDOW_CHARS, windowsOf, type WindowMessage, type WindowStart } from './windows.js';

const FRESH: WindowStart = { skip: 0, firstWindowRows: null, after: null };

function contact(line: number, attributes: string): RowTuple {
  const email = `person${line}@example.com`;
  return [line, email, email, null, null, null, '[]', '[]', null, attributes];
}

async function messagesOf(rows: RowTuple[], start = FRESH): Promise<WindowMessage[]> {
  async function* batches() {
    for (let i = 0; i < rows.length; i += 7) yield rows.slice(i, i + 7);
  }
  const messages: WindowMessage[] = [];
  for await (const message of windowsOf(batches(), { batchSize: 1000, start })) messages.push(message);
  return messages;
}

describe('windowsOf', () => {
  it('ends a window of wide rows at its characters, not only at its rows, and keeps a window taken again at its recorded length', async () => {
    const wide = `{"notes":"${'x'.repeat(400_000)}"}`;
    const perWindow = Math.ceil(WINDOW_CHARS / JSON.stringify(contact(1000, wide)).length);
    const rows = Array.from({ length: 2 * perWindow + 5 }, (_, i) => contact(i + 2, wide));
    const windows = (await messagesOf(rows)).filter((m) => m.type === 'window');
    expect(windows.map((w) => w.rows)).toEqual([perWindow, perWindow, 5]);
    // A window an earlier run left half-merged is read with the length it had, whatever the rule says now.
    const resumed = await messagesOf(rows, { skip: 0, firstWindowRows: perWindow + 3, after: null });
    expect(resumed.filter((m) => m.type === 'window').map((w) => w.rows)).toEqual([perWindow + 3, perWindow, 2]);
    const parts = resumed.filter((m) => m.type === 'part');
    expect(parts.flatMap((p) => JSON.parse(p.json) as RowTuple[])).toHaveLength(rows.length);
  });
});
