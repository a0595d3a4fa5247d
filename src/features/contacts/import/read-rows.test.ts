import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../csv/read-contact-csv.js';
import { prepareRow } from './prepared-row.js';
import { readImportRows } from './read-rows.js';

function sampleCsv(rows: number): string {
  const lines = ['Email Address,First Name,Last Name,Tags,City,Status'];
  for (let i = 0; i < rows; i++) {
    if (i % 101 === 3) lines.push(`bad-${i},x,y,,`);
    else if (i % 97 === 5) lines.push(`"q${i}@example.com","Multi\nline ${i}",L,"a;b",Zürich`);
    else lines.push(`user${i}@Example.com,First ${i},Last,"t${i % 5}, all",City ${i % 7},${i % 3 ? '' : 'bounced'}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function collect(bytes: Buffer, thread: boolean, chunkSize = 40_000) {
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
  }
  const batches = [];
  for await (const batch of readImportRows(chunks(), { batchSize: 500, thread, readAhead: 4 })) batches.push(...batch);
  return batches;
}

describe('readImportRows', () => {
  it('gives the same rows on a parsing thread as inline', async () => {
    const bytes = Buffer.from(sampleCsv(5000));
    const inline = await collect(bytes, false);
    const threaded = await collect(bytes, true, 65_536);
    expect(threaded).toEqual(inline);
    expect(inline).toHaveLength(5000);
    expect(inline.filter((r) => r.kind === 'error')).toHaveLength(50);
    expect(inline.filter((r) => r.kind === 'contact' && r.status === 'bounced').length).toBeGreaterThan(1000);
    expect(inline[0]).toEqual({
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
    for await (const batch of readImportRows(chunks(), { batchSize: 100, thread: true, readAhead: 4 })) {
      expect(batch.length).toBeGreaterThan(0);
      break;
    }
    expect(pulled).toBeLessThan(Math.ceil(bytes.length / 16_384));
  });
});
