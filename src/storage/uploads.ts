import { DomainError } from '../lib/domain-error.js';
import { nowIso } from '../lib/time.js';
import type { Db } from './database.js';

const CHUNK_BYTES = 1024 * 1024;

/**
 * Streams an upload into the database in 1 MiB chunks, so any worker process
 * can read it back and no process ever holds the whole file. Over `maxBytes`
 * it stops reading, removes what it stored and throws a `too_large` domain error.
 */
export async function storeUpload(
  db: Db,
  id: string,
  source: AsyncIterable<Uint8Array>,
  options: { maxBytes: number; onData?: (chunk: Uint8Array) => void },
): Promise<{ bytes: number }> {
  let bytes = 0;
  let seq = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  // Stored chunks are never larger than CHUNK_BYTES, however large the pieces
  // the source hands over (a whole body in one piece, say): a reader holds one
  // chunk at a time. The rest waits for more, or for the end.
  const flush = async (end: boolean) => {
    if (pendingBytes === 0) return;
    const data = Buffer.concat(pending, pendingBytes);
    let at = 0;
    for (; data.length - at >= CHUNK_BYTES || (end && at < data.length); at += CHUNK_BYTES) {
      const piece = data.subarray(at, Math.min(at + CHUNK_BYTES, data.length));
      await db
        .insertInto('upload_chunks')
        .values({ upload_id: id, seq: seq++, data: piece, created_at: nowIso() })
        .execute();
    }
    pending = at < data.length ? [data.subarray(at)] : [];
    pendingBytes = data.length - at;
  };
  // Iterated by hand: leaving a `for await` would destroy the request stream,
  // and with it the socket, before the client could read the refusal. Left
  // alone, the rest of the body is read and dropped once the answer is sent.
  const chunks = source[Symbol.asyncIterator]();
  try {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      const chunk = next.value;
      bytes += chunk.byteLength;
      if (bytes > options.maxBytes) {
        throw new DomainError(
          'too_large',
          `The file is larger than the ${formatBytes(options.maxBytes)} this server accepts.`,
        );
      }
      options.onData?.(chunk);
      pending.push(chunk);
      pendingBytes += chunk.byteLength;
      if (pendingBytes >= CHUNK_BYTES) await flush(false);
    }
    await flush(true);
  } catch (error) {
    await deleteUpload(db, id);
    throw error;
  }
  return { bytes };
}

/** The upload's bytes in order, one stored chunk at a time. */
export async function* readUpload(db: Db, id: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const row = await db
      .selectFrom('upload_chunks')
      .select('data')
      .where('upload_id', '=', id)
      .where('seq', '=', seq)
      .executeTakeFirst();
    if (!row) return;
    yield row.data;
  }
}

export async function deleteUpload(db: Db, id: string): Promise<void> {
  await db.deleteFrom('upload_chunks').where('upload_id', '=', id).execute();
}

/** Removes uploads nothing consumed in time (a process that died mid-upload). */
export async function deleteExpiredUploads(db: Db, before: string): Promise<void> {
  await db.deleteFrom('upload_chunks').where('created_at', '<', before).execute();
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
