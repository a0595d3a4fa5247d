import { describe, expect, it } from 'vitest';
import { SNIFF_BYTES, decodeCsvText, detectEncoding } from './decode-text.js';
import { CsvFormatError } from './types.js';

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function decode(bytes: Uint8Array, size = Math.max(1, bytes.length)): Promise<string> {
  let text = '';
  for await (const piece of decodeCsvText(chunks(bytes, size))) text += piece;
  return text;
}

describe('detectEncoding', () => {
  it('goes by the BOM, then by whether the start is valid UTF-8', () => {
    expect(detectEncoding(Buffer.from('\uFEFFemail'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x65, 0]))).toBe('utf-16le');
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 0x65]))).toBe('utf-16be');
    expect(detectEncoding(Buffer.from('email,name\nm@x.de,Müller'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('email,name\nm@x.de,Müller', 'latin1'))).toBe('windows-1252');
    // A character cut by the end of the sample is not a reason to give up on UTF-8.
    expect(detectEncoding(Buffer.from('abc€').subarray(0, 5))).toBe('utf-8');
  });
});

describe('decodeCsvText', () => {
  it('keeps characters whole across chunk boundaries', async () => {
    const text = 'email,name\nz@example.jp,Zoë 山田 😀 Ærø\n';
    const bytes = Buffer.from(text);
    for (const size of [1, 2, 3, 5, 7]) expect(await decode(bytes, size)).toBe(text);
  });

  it('drops the BOM of UTF-8 and UTF-16 files', async () => {
    expect(await decode(Buffer.from('\uFEFFemail\n'), 1)).toBe('email\n');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('email\tnamé\r\n', 'utf16le')]);
    expect(await decode(le, 3)).toBe('email\tnamé\r\n');
    const be = Buffer.from(le).swap16();
    expect(await decode(be, 1)).toBe('email\tnamé\r\n');
  });

  it('reads the whole file as windows-1252 when its start is not UTF-8, with € and curly quotes', async () => {
    const bytes = Buffer.from([...Buffer.from('name\nM\xfcller \x80 \x93q\x94', 'latin1')]);
    expect(await decode(bytes)).toBe('name\nMüller € “q”');
    expect(await decode(bytes, 1)).toBe('name\nMüller € “q”');
  });

  it('decodes a later invalid UTF-8 byte as U+FFFD once the start was UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('a'.repeat(SNIFF_BYTES)), Buffer.from([0xff]), Buffer.from('b')]);
    const text = await decode(bytes, 4096);
    expect(text.slice(-2)).toBe('\uFFFDb');
  });

  it('refuses a file with a NUL byte in its first 64 KB', async () => {
    const read = (bytes: Uint8Array) => decode(bytes, 100);
    await expect(read(Buffer.from('email\n\0'))).rejects.toThrow(
      new CsvFormatError('The file is not a CSV text file.'),
    );
    await expect(read(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).rejects.toThrow(CsvFormatError); // a zip (.xlsx)
    // UTF-16 text has zero bytes everywhere; only a NUL character counts.
    await expect(read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('email\0', 'utf16le')]))).rejects.toThrow(
      CsvFormatError,
    );
    expect(await read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('email', 'utf16le')]))).toBe('email');
    // Past the first 64 KB a NUL is just a character.
    const late = Buffer.concat([Buffer.from('a'.repeat(SNIFF_BYTES)), Buffer.from([0])]);
    expect(await read(late)).toHaveLength(SNIFF_BYTES + 1);
  });

  it('yields an empty file as nothing', async () => {
    expect(await decode(Buffer.alloc(0))).toBe('');
  });

  it('closes the source when the reader stops early', async () => {
    let closed = false;
    async function* source() {
      try {
        for (;;) yield Buffer.from('x'.repeat(100_000));
      } finally {
        closed = true;
      }
    }
    for await (const piece of decodeCsvText(source())) {
      expect(piece.length).toBeGreaterThan(0);
      break;
    }
    expect(closed).toBe(true);
  });
});
