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
  // Pieces are copied into one buffer, used again for every stored chunk:
  // a new megabyte a chunk, garbage until V8 collected it, left the process's
  // malloc heap tens of megabytes larger for good. Each insert is awaited
  // (the driver has copied the bytes) before the buffer is written again.
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let filled = 0;
  const flush = async () => {
    await db
      .insertInto('upload_chunks')
      .values({ upload_id: id, seq: seq++, data: chunk.subarray(0, filled), created_at: nowIso() })
      .execute();
    filled = 0;
  };
  // Iterated by hand: leaving a `for await` would destroy the request stream,
  // and with it the socket, before the client could read the refusal. Left
  // alone, the rest of the body is read and dropped once the answer is sent.
  const chunks = source[Symbol.asyncIterator]();
  try {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      const piece = next.value;
      bytes += piece.byteLength;
      if (bytes > options.maxBytes) {
        throw new DomainError(
          'too_large',
          `The file is larger than the ${formatBytes(options.maxBytes)} this server accepts.`,
        );
      }
      options.onData?.(piece);
      // Stored chunks are never larger than CHUNK_BYTES, however large the
      // pieces the source hands over (a whole body in one piece, say): a
      // reader holds one chunk at a time.
      for (let at = 0; at < piece.byteLength; ) {
        const taken = Math.min(CHUNK_BYTES - filled, piece.byteLength - at);
        chunk.set(piece.subarray(at, at + taken), filled);
        filled += taken;
        at += taken;
        if (filled === CHUNK_BYTES) await flush();
      }
    }
    if (filled > 0) await flush();
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
