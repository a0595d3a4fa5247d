import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../csv/read-contact-csv.js';
import { prepareRow, type PreparedRow } from './prepared-row.js';
import { readImportWindows, type WindowEvent } from './read-rows.js';
import { WINDOW_BATCHES, type WindowStart } from './windows.js';

function sampleCsv(rows: number): string {
  const lines = ['Email Address,First Name,Last Name,Tags,City,Status'];
  for (let i = 0; i < rows; i++) {
    if (i % 101 === 3) lines.push(`bad-${i},x,y,,`);
    else if (i % 97 === 5) lines.push(`"q${i}@example.com","Multi\nline ${i}",L,"a;b",Zürich`);
    // Every 50th row repeats an address seen 7 rows before (a duplicate in the same window).
    else if (i % 50 === 10) lines.push(`USER${i - 7}@example.com,Again,,,`);
    else lines.push(`user${i}@Example.com,First ${i},Last,"t${i % 5}, all",City ${i % 7},${i % 3 ? '' : 'bounced'}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const FRESH: WindowStart = { skip: 0, firstWindowRows: null, after: null };
const BATCH = 20;
const WINDOW_BYTES = 12 * 1024 * 1024;

async function collect(bytes: Buffer, thread: boolean, start = FRESH, chunkSize = 40_000): Promise<WindowEvent[]> {
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
  }
  const events: WindowEvent[] = [];
  for await (const event of readImportWindows(chunks(), { batchSize: BATCH, windowBytes: WINDOW_BYTES, thread, start }))
    events.push(event);
  return events;
}

/** The events as windows: each announcement with the parts that follow it. */
function windowsIn(events: WindowEvent[]) {
  const windows: { head: Extract<WindowEvent, { type: 'window' }>; parts: PreparedRow[][] }[] = [];
  for (const event of events) {
    if (event.type === 'window') windows.push({ head: event, parts: [] });
    else windows.at(-1)!.parts.push(event.rows);
  }
  return windows;
}

const keysOf = (rows: PreparedRow[]) => [...new Set(rows.map((r) => (r.kind === 'contact' ? r.key : '')))];

describe('readImportWindows', () => {
  it('gives the same windows on a parsing thread as inline: every row once, addresses sorted, an address whole in one part', async () => {
    const bytes = Buffer.from(sampleCsv(5000));
    const inline = await collect(bytes, false);
    expect(await collect(bytes, true, FRESH, 65_536)).toEqual(inline);

    const windows = windowsIn(inline);
    expect(windows.map((w) => w.head.rows)).toEqual([BATCH * WINDOW_BATCHES, BATCH * WINDOW_BATCHES, 1000]);
    const all = windows.flatMap((w) => [...w.head.loose, ...w.parts.flat()]);
    expect(new Set(all.map((r) => r.line)).size).toBe(5000);
    expect(all.filter((r) => r.kind === 'error')).toHaveLength(50);
    for (const { head, parts } of windows) {
      const keys = parts.flatMap(keysOf);
      expect(keys).toHaveLength(head.addresses);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual([...keys].sort());
      for (const part of parts) {
        expect(keysOf(part).length).toBeLessThanOrEqual(BATCH);
        // An address's rows stay in file order.
        for (let i = 1; i < part.length; i++)
          if (keysOf([part[i - 1]!, part[i]!]).length === 1) expect(part[i]!.line).toBeGreaterThan(part[i - 1]!.line);
      }
    }
    expect(inline.filter((e) => e.type === 'part' && e.last)).toHaveLength(3);
    const repeated = all.filter((r) => r.kind === 'contact' && r.key === 'user53@example.com');
    expect(repeated.map((r) => r.kind === 'contact' && r.first_name)).toEqual(['First 53', 'Again']);
    expect(repeated[1]!.line - repeated[0]!.line).toBe(7);
    expect(all.find((r) => r.line === 2)).toEqual({
      kind: 'contact',
      line: 2,
      email: 'user0@Example.com',
      key: 'user0@example.com',
      first_name: 'First 0',
      last_name: 'Last',
      phone: null,
      tags: '["t0","all"]',
      tag_keys: '["t0","all"]',
      status: 'bounced',
      attributes: '{"City":"City 0"}',
    });
  });

  it('keeps the file order in a window whose addresses fit in one part', async () => {
    const events = await collect(Buffer.from(sampleCsv(15)), false);
    expect(events.map((e) => e.type)).toEqual(['window', 'part']);
    const part = events[1] as Extract<WindowEvent, { type: 'part' }>;
    expect(part.last).toBe(true);
    expect(keysOf(part.rows).slice(0, 5)).toEqual([
      'user0@example.com',
      'user1@example.com',
      'user2@example.com',
      'user4@example.com',
      'q5@example.com',
    ]);
  });

  it('takes a half-merged window again with its recorded length, from after its last address, then windows as usual', async () => {
    const bytes = Buffer.from(sampleCsv(5000));
    const fresh = windowsIn(await collect(bytes, false));
    const storedKeys = fresh[0]!.parts.slice(0, 3).flatMap(keysOf);
    const after = storedKeys.at(-1)!;
    for (const thread of [false, true]) {
      const window = BATCH * WINDOW_BATCHES;
      const resumed = windowsIn(await collect(bytes, thread, { skip: 0, firstWindowRows: window, after }, 65_536));
      expect(resumed.map((w) => w.head.rows)).toEqual([window, window, 1000]);
      const keys = resumed[0]!.parts.flatMap(keysOf);
      expect(keys).toEqual(fresh[0]!.parts.flatMap(keysOf).filter((key) => key > after));
      expect(resumed.slice(1)).toEqual(fresh.slice(1));
    }
    // Rows stored by an earlier run are skipped; a window left with nothing to store still ends in one (empty) part.
    const tail = windowsIn(await collect(bytes, false, { skip: 4990, firstWindowRows: null, after: null }));
    expect(tail.map((w) => w.head.rows)).toEqual([10]);
    const empty = await collect(bytes, false, { skip: 4990, firstWindowRows: 10, after: '\uffff' });
    expect(empty.map((e) => e.type)).toEqual(['window', 'part']);
    expect(empty[1]).toEqual({ type: 'part', rows: [], last: true });
  });

  it("prepares the tags' keys lowercased, in the order of the tags", () => {
    const row = prepareRow({
      kind: 'contact',
      line: 7,
      contact: {
        email: 'Ada@Example.com',
        first_name: null,
        last_name: null,
        phone: null,
        tags: ['VIP', 'Größe', 'beta'],
        status: null,
        attributes: {},
      },
    });
    expect(row).toMatchObject({
      key: 'ada@example.com',
      tags: '["VIP","Größe","beta"]',
      tag_keys: '["vip","größe","beta"]',
    });
  });

  it('reports an unusable file from the thread as a CsvFormatError', async () => {
    await expect(collect(Buffer.from('Name,Phone\nAda,1\n'), true)).rejects.toThrow(CsvFormatError);
    await expect(collect(Buffer.from('Name,Phone\nAda,1\n'), true)).rejects.toThrow(/No email column/);
  });

  it('stops the thread and the input when the consumer stops early', async () => {
    const bytes = Buffer.from(sampleCsv(20_000));
    let pulled = 0;
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 16_384) {
        pulled++;
        yield bytes.subarray(at, at + 16_384);
      }
    }
    for await (const event of readImportWindows(chunks(), {
      batchSize: 100,
      windowBytes: WINDOW_BYTES,
      thread: true,
      start: FRESH,
    })) {
      expect(event.type).toBe('window');
      break;
    }
    expect(pulled).toBeLessThan(Math.ceil(bytes.length / 16_384));
  });
});
