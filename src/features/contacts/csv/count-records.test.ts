import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvRecordCounter } from './count-records.js';
import { readContactCsv } from './read-contact-csv.js';

const SPECTRUM_CSVS = new URL('../../../../node_modules/csv-spectrum/csvs/', import.meta.url);

function count(bytes: Uint8Array, size = Math.max(1, bytes.length)): number {
  const counter = new CsvRecordCounter();
  for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
  return counter.finish();
}

async function* chunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** How many rows readContactCsv yields: contacts, errors and blanks. */
async function rowsYielded(bytes: Uint8Array): Promise<number> {
  let rows = 0;
  for await (const batch of readContactCsv(chunks(bytes))) rows += batch.length;
  return rows;
}

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('CsvRecordCounter', () => {
  it('counts data records, not the header nor empty lines', () => {
    expect(count(Buffer.from(''))).toBe(0);
    expect(count(Buffer.from('email'))).toBe(0);
    expect(count(Buffer.from('email\n'))).toBe(0);
    expect(count(Buffer.from('email\na@b.co'))).toBe(1);
    expect(count(Buffer.from('email\na@b.co\n\n\n'))).toBe(1);
    expect(count(Buffer.from('\n \n\r\nemail\r\n\r\na@b.co\r\n  \r\n,\r\n""\r\n'))).toBe(3);
    expect(count(Buffer.from('email,note\na@b.co,"1\n2\r\n3\r4"\nc@d.co,"say ""hi"""\n'))).toBe(2);
    expect(count(Buffer.from('email,note\na@b.co,x"y\nc@d.co,"z\n'))).toBe(2);
  });

  it('counts what readContactCsv yields on the csv-spectrum files and the real exports', async () => {
    const files = [
      ...readdirSync(SPECTRUM_CSVS).map((name) => new URL(name, SPECTRUM_CSVS)),
      ...readdirSync(new URL('../../../../test/fixtures/contacts/', import.meta.url))
        .filter((name) => name.endsWith('.csv'))
        .map((name) => new URL(`../../../../test/fixtures/contacts/${name}`, import.meta.url)),
    ];
    for (const file of files) {
      // csv-spectrum files have no email column: they get one in front.
      const text = readFileSync(file, 'latin1').replace(/^[^\r\n]*/, (header) =>
        /mail/i.test(header) ? header : `email,${header}`,
      );
      const bytes = Buffer.from(text, 'latin1');
      const expected = await rowsYielded(bytes);
      for (const size of [1, 2, 7, bytes.length])
        expect(count(bytes, size), `${file.pathname} in chunks of ${size}`).toBe(expected);
    }
  });

  it('agrees with readContactCsv on random CSV-like text', async () => {
    const tokens = ['a', 'x@y.io', ',', ';', '\t', '"', '""', '\n', '\r', '\r\n', ' ', 'é', '😀', '|'];
    const headers = ['email,a,b\n', 'email;a\r\n', '"email"\t"a"\r', '  email|a\n', '\n\r\n \nemail,"a\nb"\n'];
    const next = random(42);
    for (let n = 0; n < 1500; n++) {
      let text = headers[Math.floor(next() * headers.length)]!;
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += tokens[Math.floor(next() * tokens.length)];
      const bytes = Buffer.from(text);
      const expected = await rowsYielded(bytes);
      const size = 1 + Math.floor(next() * 8);
      expect(count(bytes, size), `${JSON.stringify(text)} in chunks of ${size}`).toBe(expected);
      expect(count(bytes), JSON.stringify(text)).toBe(expected);
    }
  });

  it('counts UTF-16 files by code unit, not by byte', async () => {
    const text = 'email\tnote\r\na@b.co\t"x\ny"\r\nc@d.co\t\u220a\u0a0a\u0d22\r\n';
    for (const bom of [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])]) {
      const body = Buffer.from(text, 'utf16le');
      if (bom[0] === 0xfe) body.swap16();
      const bytes = Buffer.concat([bom, body]);
      expect(await rowsYielded(bytes)).toBe(2);
      for (const size of [1, 3, bytes.length]) expect(count(bytes, size)).toBe(2);
    }
  });

  it('skips the UTF-8 BOM', () => {
    expect(count(Buffer.from('\uFEFF"email"\n"a@b.co"\n'), 1)).toBe(1);
  });
});
