import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CsvFormatError, CsvRecordCounter, readContactCsv, type CsvRow } from './read-contact-csv.js';

const FIXTURES = new URL('../../../../test/fixtures/contacts/', import.meta.url);

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readRows(bytes: Uint8Array, size: number, batchSize = 4): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const batch of readContactCsv(chunks(bytes, size), { batchSize })) rows.push(...batch);
  return rows;
}

function countRecords(bytes: Uint8Array, size: number): number {
  const counter = new CsvRecordCounter();
  for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
  return counter.finish();
}

/**
 * Reads a file whole, in 1-byte and in 7-byte chunks, checks the results are
 * the same and that CsvRecordCounter counts exactly the rows yielded.
 */
async function read(file: string | Uint8Array): Promise<CsvRow[]> {
  const bytes = typeof file === 'string' ? Buffer.from(file) : file;
  const whole = await readRows(bytes, Math.max(1, bytes.length), 1000);
  for (const size of [1, 7, Math.max(1, bytes.length)]) {
    expect(await readRows(bytes, size), `read in chunks of ${size} bytes`).toEqual(whole);
    expect(countRecords(bytes, size), `counted in chunks of ${size} bytes`).toBe(whole.length);
  }
  return whole;
}

async function formatError(file: string | Uint8Array): Promise<string> {
  const reader = readContactCsv(chunks(typeof file === 'string' ? Buffer.from(file) : file, 5));
  const error: unknown = await reader.next().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CsvFormatError);
  return (error as Error).message;
}

const contacts = (rows: CsvRow[]) => rows.map((row) => (row.kind === 'contact' ? row.contact : row));

describe('readContactCsv on real exports', () => {
  it('reads Thunderbird address books, comma and semicolon', async () => {
    for (const file of ['thunderbird-addressbook.csv', 'thunderbird-semicolon.csv']) {
      const rows = await read(readFileSync(new URL(file, FIXTURES)));
      const doe = (email: string, first_name: string) => ({
        email,
        first_name,
        last_name: 'Doe',
        phone: null,
        tags: [],
        status: null,
        attributes: {},
      });
      expect(rows).toEqual([
        { kind: 'contact', line: 2, contact: doe('john@doe.invalid', 'John') },
        { kind: 'contact', line: 3, contact: doe('jane@doe.invalid', 'Jane') },
      ]);
    }
  });

  it('reads the Chatwoot export with its extra columns as attributes', async () => {
    const rows = await read(readFileSync(new URL('chatwoot-contacts.csv', FIXTURES)));
    expect(rows).toHaveLength(25);
    expect(rows.every((row) => row.kind === 'contact')).toBe(true);
    expect(rows.map((row) => row.line)).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
    const attributes = {
      gender: 'Bigender',
      ip_address: '219.181.212.8',
      identifier: '3540d40a-5567-4f28-af98-5583a7ddbc56',
    };
    const contact = {
      email: 'tolunney4@si.edu',
      first_name: 'Tina',
      last_name: "O'Lunney",
      phone: null,
      tags: [],
      status: null,
      attributes,
    };
    expect(rows[4]).toEqual({ kind: 'contact', line: 6, contact });
  });

  it('reads a Mailchimp export, tags written as "a","b" inside a quoted field', async () => {
    const text =
      'Email Address,First Name,Last Name,Address,Phone Number,TAGS\r\nann@example.com,Ann,Lee,"1 Main St, Springfield",+1 555 0100,"""Customer"",""VIP"""\r\n';
    const attributes = { Address: '1 Main St, Springfield' };
    expect(contacts(await read(text))).toEqual([
      {
        email: 'ann@example.com',
        first_name: 'Ann',
        last_name: 'Lee',
        phone: '+1 555 0100',
        tags: ['Customer', 'VIP'],
        status: null,
        attributes,
      },
    ]);
  });

  it('reads rows that omit the trailing phone, and yields a repeated email twice', async () => {
    const rows = await read(readFileSync(new URL('chatwoot-invalid-contacts.csv', FIXTURES)));
    expect(rows).toHaveLength(25);
    const all = contacts(rows) as { email: string; phone: string | null }[];
    expect(all.map((c) => c.phone)).toEqual([
      '+918484848484',
      '+918484848485',
      '+91848484848',
      ...Array<null>(22).fill(null),
    ]);
    expect(all[0]!.email).toBe('cuzzell0@mozilla.org');
    expect(all[2]!.email).toBe('cuzzell0@mozilla.org');
  });
});

describe('readContactCsv file formats', () => {
  const expected = [
    {
      kind: 'contact',
      line: 2,
      contact: {
        email: 'a@example.com',
        first_name: 'Ann',
        last_name: null,
        phone: null,
        tags: [],
        status: null,
        attributes: { city: 'Oslo, NO' },
      },
    },
    {
      kind: 'contact',
      line: 3,
      contact: {
        email: 'b@example.com',
        first_name: 'Bo',
        last_name: null,
        phone: null,
        tags: [],
        status: null,
        attributes: {},
      },
    },
  ];

  it.each([
    ['LF', 'email,first name,city\na@example.com,Ann,"Oslo, NO"\nb@example.com,Bo,\n'],
    ['CRLF', 'email,first name,city\r\na@example.com,Ann,"Oslo, NO"\r\nb@example.com,Bo,\r\n'],
    ['CR', 'email,first name,city\ra@example.com,Ann,"Oslo, NO"\rb@example.com,Bo,\r'],
    ['no final line break', 'email,first name,city\na@example.com,Ann,"Oslo, NO"\nb@example.com,Bo'],
    ['trailing blank lines', 'email,first name,city\na@example.com,Ann,"Oslo, NO"\nb@example.com,Bo\n\n\r\n\n'],
    ['UTF-8 BOM', '\uFEFFemail,first name,city\na@example.com,Ann,"Oslo, NO"\nb@example.com,Bo\n'],
    ['semicolons', 'email;first name;city\na@example.com;Ann;Oslo, NO\nb@example.com;Bo\n'],
    ['tabs', 'email\tfirst name\tcity\na@example.com\tAnn\tOslo, NO\nb@example.com\tBo\t\n'],
    ['pipes', 'email|first name|city\na@example.com|Ann|"Oslo, NO"\nb@example.com|Bo|\n'],
    ['quoted header', '"email";"first name";"city"\n"a@example.com";"Ann";"Oslo, NO"\n"b@example.com";"Bo";""\n'],
  ])('%s', async (_, text) => {
    expect(await read(text)).toEqual(expected);
  });

  it('decodes UTF-16 with a BOM (Excel "Unicode Text": UTF-16LE, tab-delimited)', async () => {
    const text = 'email\tfirst name\tcity\r\na@example.com\tAnn\tOslo, NO\r\nb@example.com\tBo\t\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await read(le)).toEqual(expected);
    const be = Buffer.from(le);
    be.swap16();
    expect(await read(be)).toEqual(expected);
    // A non-ASCII code unit whose low byte is a line feed (U+220A) is not a line break.
    const tricky = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('email\tnote\na@example.com\t\u220a\u0a0a\n', 'utf16le'),
    ]);
    expect(contacts(await read(tricky))).toEqual([expect.objectContaining({ attributes: { note: '\u220a\u0a0a' } })]);
  });

  it('reads a file that is not UTF-8 as windows-1252', async () => {
    const rows = await read(Buffer.from('email;name;note\nm@example.de;Jürgen Müller;Preis 5 \x80\n', 'latin1'));
    expect(contacts(rows)).toEqual([
      {
        email: 'm@example.de',
        first_name: 'Jürgen',
        last_name: 'Müller',
        phone: null,
        tags: [],
        status: null,
        attributes: { note: 'Preis 5 €' },
      },
    ]);
  });

  it('keeps a UTF-8 character whole when a chunk ends inside it', async () => {
    const rows = await read('email,name\nz@example.jp,Zoë 山田 😀\n');
    expect(contacts(rows)).toEqual([expect.objectContaining({ first_name: 'Zoë', last_name: '山田 😀' })]);
  });

  it('refuses a file without an email column, listing its columns, before yielding anything', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Ann,${i}`).join('\n');
    expect(await formatError(`First Name,Phone\n${rows}\n`)).toBe(
      'No email column found. The header has: "First Name", "Phone". Name one column "email".',
    );
    expect(await formatError('a,,c\n')).toBe(
      'No email column found. The header has: "a", "", "c". Name one column "email".',
    );
    expect(await formatError('email,"name\nx@y.co,z\n')).toBe(
      'The header line has a quote that is not closed properly; check the column names.',
    );
  });

  it('refuses an empty file, a blank one and a binary one', async () => {
    expect(await formatError('')).toBe('The file is empty.');
    expect(await formatError(' \r\n\t\n  ')).toBe('The file is empty.');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expect(await formatError(png)).toBe('The file is not a CSV text file.');
    expect(await formatError(Buffer.from('email,name\nx@example.com,\0\0\0\n'))).toBe(
      'The file is not a CSV text file.',
    );
  });

  it('yields nothing for a header-only file', async () => {
    expect(await read('email,first name\n')).toEqual([]);
    expect(await read('email')).toEqual([]);
  });
});

describe('readContactCsv rows', () => {
  it('gives each row the physical line it starts on', async () => {
    const text =
      '\n\nemail,note\r\n\r\na@example.com,"two\r\nlines"\r\n  \r\nbad,x\r\n"b@example.com","x\ry\nz"\r\nc@example.com';
    const rows = await read(text);
    expect(rows.map((row) => `${row.kind} ${row.line}`)).toEqual([
      'contact 5',
      'blank 7',
      'error 8',
      'contact 9',
      'contact 12',
    ]);
  });

  it('reports bad rows and goes on', async () => {
    const text =
      'email,name,city\nfoo@,A\n,B\n,,\na@example.com,A,X,Y\na@example.com,A,X,,\nb@example.com,"x"y",z\nc@example.com\n';
    expect(await read(text)).toEqual([
      { kind: 'error', line: 2, message: 'Invalid email address "foo@".' },
      { kind: 'error', line: 3, message: 'Missing email address.' },
      { kind: 'blank', line: 4 },
      { kind: 'error', line: 5, message: 'Row has 4 fields but the header has 3; check for an unquoted delimiter.' },
      {
        kind: 'contact',
        line: 6,
        contact: expect.objectContaining({ email: 'a@example.com', attributes: { city: 'X' } }),
      },
      {
        kind: 'error',
        line: 7,
        message: 'Row has a stray " in a quoted field; a quote inside a quoted field must be written as "".',
      },
      { kind: 'contact', line: 8, contact: expect.objectContaining({ email: 'c@example.com' }) },
    ]);
  });

  it('yields batches of about batchSize, in file order', async () => {
    const text = `email\n${Array.from({ length: 95 }, (_, i) => `u${i}@example.com`).join('\n')}\n`;
    const batches: CsvRow[][] = [];
    for await (const batch of readContactCsv(chunks(Buffer.from(text), 64), { batchSize: 10 })) batches.push(batch);
    expect(batches.every((batch) => batch.length >= 1 && batch.length <= 10)).toBe(true);
    expect(batches.flat().map((row) => row.line)).toEqual(Array.from({ length: 95 }, (_, i) => i + 2));
  });

  it('does not read the upload ahead while the consumer works on a batch', async () => {
    let pulled = 0;
    async function* upload() {
      yield Buffer.from('email,n\n');
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield Buffer.from(`user${i}@example.com,${i}\n`.repeat(200));
      }
    }
    const reader = readContactCsv(upload(), { batchSize: 100 });
    expect((await reader.next()).value).toHaveLength(99);
    await sleep(100);
    // Read ahead: a few 64K-character pieces (about 15 chunks each), out of 1000 chunks.
    expect(pulled).toBeLessThan(100);
    let total = 99;
    for await (const batch of reader) total += batch.length;
    expect(total).toBe(200_000);
  });
});
