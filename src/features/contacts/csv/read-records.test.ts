import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { decodeCsvText } from './decode-text.js';
import { MAX_RECORD_CHARS, readCsvRecords, type CsvRecord } from './read-records.js';
import { sniffHeader } from './sniff-header.js';

const SPECTRUM = new URL('../../../../node_modules/csv-spectrum/', import.meta.url);

async function* pieces(text: string, size = text.length || 1): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function records(text: string, size?: number, delimiter = ','): Promise<CsvRecord[]> {
  const all: CsvRecord[] = [];
  for await (const batch of readCsvRecords(pieces(text, size), { delimiter, batchSize: 3 })) all.push(...batch);
  return all;
}

/** [line, ...fields] of each record, or [line, error]. */
async function lines(text: string, size?: number): Promise<unknown[]> {
  return (await records(text, size)).map((r) => (r.error ? [r.line, r.error] : [r.line, ...r.fields]));
}

/** The same result whatever the piece boundaries. */
async function linesAnyPieces(text: string): Promise<unknown[]> {
  const whole = await lines(text);
  for (const size of [1, 2, 3, 7]) expect(await lines(text, size), `pieces of ${size}`).toEqual(whole);
  return whole;
}

describe('readCsvRecords on csv-spectrum', () => {
  const names = readdirSync(new URL('csvs/', SPECTRUM)).map((file) => file.replace(/\.csv$/, ''));

  it.each(names)('%s gives the expected cells', async (name) => {
    const bytes = readFileSync(new URL(`csvs/${name}.csv`, SPECTRUM));
    let expected: Record<string, string>[] = [
      JSON.parse(readFileSync(new URL(`json/${name}.json`, SPECTRUM), 'utf8')),
    ].flat();
    // Deliberate: CR and CRLF become LF, also inside quoted fields.
    expected = expected.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.replace(/\r\n?/g, '\n')])),
    );
    if (name === 'location_coordinates') {
      // The expected JSON of this case has another phone number than its CSV.
      expect(expected[0]!['Contact Phone Number']).toBe('1234567890');
      expected[0]!['Contact Phone Number'] = '2095257564';
    }

    for (const size of [bytes.length, 1, 7]) {
      const all: CsvRecord[] = [];
      const text = async function* () {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      };
      for await (const batch of readCsvRecords(decodeCsvText(text()), { delimiter: ',', batchSize: 2 }))
        all.push(...batch);
      const [header, ...rows] = all;
      expect(all.every((r) => r.error === undefined)).toBe(true);
      expect(rows.map((r) => Object.fromEntries(r.fields.map((value, i) => [header!.fields[i], value])))).toEqual(
        expected,
      );
    }
  });

  it('finds the delimiter and the lines of the multi-line cases', async () => {
    for (const name of names) {
      const sniff = sniffHeader(readFileSync(new URL(`csvs/${name}.csv`, SPECTRUM), 'latin1'), true);
      expect(sniff).toMatchObject({ kind: 'header', start: 0, delimiter: ',' });
    }
    const read = async (name: string) =>
      (await records(readFileSync(new URL(`csvs/${name}.csv`, SPECTRUM), 'utf8'))).map((r) => r.line);
    expect(await read('newlines')).toEqual([1, 2, 3, 5]);
    expect(await read('newlines_crlf')).toEqual([1, 2, 3, 5]);
    expect(await read('quotes_and_newlines')).toEqual([1, 2, 5]);
    expect(await read('escaped_quotes')).toEqual([1, 2, 3]);
  });
});

describe('readCsvRecords', () => {
  it('reads LF, CRLF, CR and mixed line ends alike', async () => {
    const expected = [
      [1, 'a', 'b'],
      [2, '1', '2'],
      [3, '3', '4'],
    ];
    expect(await linesAnyPieces('a,b\n1,2\n3,4\n')).toEqual(expected);
    expect(await linesAnyPieces('a,b\r\n1,2\r\n3,4\r\n')).toEqual(expected);
    expect(await linesAnyPieces('a,b\r1,2\r3,4\r')).toEqual(expected);
    expect(await linesAnyPieces('a,b\r\n1,2\n3,4')).toEqual(expected);
    expect(await linesAnyPieces('a,b\r1,2\r\n3,4\n')).toEqual(expected);
  });

  it('numbers records by the physical line they start on', async () => {
    const physical = [
      'a,b', // 1
      '', // 2 (skipped)
      '1,"two', // 3
      'lines"', // 4
      '"x\r\ny",z', // 5-6 (CRLF inside quotes)
      '"p\rq",r', // 7-8 (bare CR inside quotes)
      '', // 9
      '', // 10
      'last,one', // 11
      '', // trailing
    ];
    const expected = [
      [1, 'a', 'b'],
      [3, '1', 'two\nlines'],
      [5, 'x\ny', 'z'],
      [7, 'p\nq', 'r'],
      [11, 'last', 'one'],
    ];
    expect(await linesAnyPieces(physical.join('\n'))).toEqual(expected);
    expect(await linesAnyPieces(physical.join('\r\n'))).toEqual(expected);
    expect(await linesAnyPieces(physical.join('\r'))).toEqual(expected);
  });

  it('keeps whitespace-only lines (they are rows) and skips empty ones, also a lone ""', async () => {
    expect(await linesAnyPieces('a,b\n\n  \n,\n""\n"",""\n')).toEqual([
      [1, 'a', 'b'],
      [3, '  '],
      [4, '', ''],
      [6, '', ''],
    ]);
  });

  it('starts counting at firstLine', async () => {
    const all: CsvRecord[] = [];
    for await (const batch of readCsvRecords(pieces('a;b\n1;2'), { delimiter: ';', firstLine: 4 })) all.push(...batch);
    expect(all.map((r) => [r.line, ...r.fields])).toEqual([
      [4, 'a', 'b'],
      [5, '1', '2'],
    ]);
  });

  it('reads quotes, escaped quotes, delimiters and line breaks inside quoted fields', async () => {
    expect(await linesAnyPieces('a,b,c\n"x, y","say ""hi""","1\n2"\n"",\'q\',x"y\n')).toEqual([
      [1, 'a', 'b', 'c'],
      [2, 'x, y', 'say "hi"', '1\n2'],
      [4, '', "'q'", 'x"y'],
    ]);
  });

  it('reports quote errors on their own row only, wherever the pieces end', async () => {
    const stray = 'Row has a stray " in a quoted field; a quote inside a quoted field must be written as "".';
    const open = 'Row has a quoted field that is never closed (a closing " is missing).';
    expect(await linesAnyPieces('a,b\n1,"x"y",z\n2,"ok"\n')).toEqual([
      [1, 'a', 'b'],
      [2, stray],
      [3, '2', 'ok'],
    ]);
    expect(await linesAnyPieces('a,b\n1,2\n3,"never\nclosed\n')).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [3, open],
    ]);
    // A closing quote at the end of a piece, its CRLF in the next: no error.
    expect(await lines('a,b\r\n"1","2"\r\n"3","4"\r\n', 12)).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [3, '3', '4'],
    ]);
  });

  it('reads only as far ahead as the consumer has got', async () => {
    let pulled = 0;
    async function* source() {
      yield 'email,n\n';
      for (let i = 0; i < 2000; i++) {
        pulled++;
        yield `user${i}@example.com,${i}\n`.repeat(100);
      }
    }
    const reader = readCsvRecords(source(), { delimiter: ',', batchSize: 50 });
    const first = await reader.next();
    expect(first.value).toHaveLength(50);
    await sleep(100); // the consumer is busy with its batch; the input must not be drained meanwhile
    expect(pulled).toBeLessThan(10);
    let total = 50;
    for await (const batch of reader) total += batch.length;
    expect(total).toBe(200_001);
    expect(pulled).toBe(2000);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield `${i},x\n`.repeat(1000);
      } finally {
        closed = true;
      }
    }
    for await (const batch of readCsvRecords(source(), { delimiter: ',', batchSize: 10 })) {
      expect(batch).toHaveLength(10);
      break;
    }
    await sleep(10);
    expect(closed).toBe(true);
  });

  it('gives up on a record longer than MAX_RECORD_CHARS instead of buffering the file', async () => {
    let pulled = 0;
    async function* source() {
      yield 'a,b\n1,2\n3,"never closed';
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield 'x'.repeat(64 * 1024);
      }
    }
    const all: CsvRecord[] = [];
    for await (const batch of readCsvRecords(source(), { delimiter: ',' })) all.push(...batch);
    expect(all.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(all[2]!.error).toMatch(
      /^Row is longer than 1,000,000 characters, so a quote is probably not closed; the rest of the file was not read\.$/,
    );
    expect(pulled * 64 * 1024).toBeLessThan(MAX_RECORD_CHARS * 2);
  });

  it('passes on an error of the source', async () => {
    async function* source() {
      yield 'a,b\n1,2\n';
      throw new Error('upload aborted');
    }
    const read = async () => {
      for await (const batch of readCsvRecords(source(), { delimiter: ',' })) void batch;
    };
    await expect(read()).rejects.toThrow('upload aborted');
  });
});
