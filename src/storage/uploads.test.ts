import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/helpers/engines.js';
import { readUpload, storeUpload } from './uploads.js';

const MiB = 1024 * 1024;

async function* pieces(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* parts;
}

async function readAll(database: TestDatabase, id: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of readUpload(database.db, id)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe.each(DIALECTS)('uploads on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());

  const bytes = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251));
  const stored = (id: string) =>
    database.db
      .selectFrom('upload_chunks')
      .select(['seq', 'data'])
      .where('upload_id', '=', id)
      .orderBy('seq')
      .execute();

  it('stores a body handed over in one piece as chunks of at most 1 MiB, and reads it back whole', async () => {
    const body = bytes(3.5 * MiB, 1);
    expect(await storeUpload(database.db, 'up_whole', pieces(body), { maxBytes: 10 * MiB })).toEqual({
      bytes: body.length,
    });
    const rows = await stored('up_whole');
    expect(rows.map((r) => r.data.length)).toEqual([MiB, MiB, MiB, MiB / 2]);
    expect((await readAll(database, 'up_whole')).equals(body)).toBe(true);
  });

  it('gathers small pieces into chunks of 1 MiB, in order', async () => {
    const parts = Array.from({ length: 40 }, (_, i) => bytes(64 * 1024, i));
    await storeUpload(database.db, 'up_small', pieces(...parts), { maxBytes: 10 * MiB });
    expect((await stored('up_small')).map((r) => r.data.length)).toEqual([MiB, MiB, MiB / 2]);
    expect((await readAll(database, 'up_small')).equals(Buffer.concat(parts))).toBe(true);
  });

  it('refuses a body over the limit and keeps nothing of it', async () => {
    await expect(
      storeUpload(database.db, 'up_big', pieces(bytes(MiB, 2), bytes(MiB, 3)), { maxBytes: 1.5 * MiB }),
    ).rejects.toMatchObject({ kind: 'too_large' });
    expect(await stored('up_big')).toEqual([]);
  });
});
