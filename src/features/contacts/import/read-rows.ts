import { startThread } from '../../../lib/threads.js';
import { CsvFormatError, readContactCsv } from '../csv/read-contact-csv.js';
import { fromTuple, prepareRow, type PreparedRow, type RowTuple } from './prepared-row.js';

export type ToThread =
  | { type: 'start'; batchSize: number; credits: number }
  | { type: 'chunk'; data: Uint8Array }
  | { type: 'end' }
  | { type: 'credit' };
export type FromThread =
  | { type: 'need' }
  | { type: 'rows'; rows: RowTuple[] }
  | { type: 'done' }
  | { type: 'format-error'; message: string }
  | { type: 'error'; message: string };

/** Chunks of the file queued for the parsing thread. */
const INPUT_AHEAD = 2;

/**
 * The rows of an uploaded CSV, in batches, ready to store. A large file is
 * parsed on a thread of its own, so parsing runs alongside the database
 * writes on the main thread; a small one is parsed here, where starting a
 * thread would cost more than it saves. Both give the same rows.
 */
export async function* readImportRows(
  chunks: AsyncIterable<Uint8Array>,
  /** readAhead: batches the parsing thread may have ready before they are taken. */
  options: { batchSize: number; thread: boolean; readAhead: number },
): AsyncGenerator<PreparedRow[]> {
  if (!options.thread) {
    for await (const batch of readContactCsv(chunks, { batchSize: options.batchSize })) yield batch.map(prepareRow);
    return;
  }
  yield* readInThread(chunks, options.batchSize, options.readAhead);
}

async function* readInThread(
  chunks: AsyncIterable<Uint8Array>,
  batchSize: number,
  readAhead: number,
): AsyncGenerator<PreparedRow[]> {
  const worker = startThread(import.meta.url, 'csv-thread');
  const inbox: FromThread[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  worker.on('message', (message: FromThread) => {
    inbox.push(message);
    wake?.();
  });
  worker.on('error', (error) => {
    failure = error;
    wake?.();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the CSV thread exited with code ${code}`);
    wake?.();
  });
  const send = (message: ToThread, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
  const source = chunks[Symbol.asyncIterator]();
  let sourceDone = false;
  const feed = async () => {
    if (sourceDone) return;
    const next = await source.next();
    if (next.done) {
      sourceDone = true;
      send({ type: 'end' });
    } else {
      // A copy the thread owns outright: the bytes move, they are not cloned.
      const data = new Uint8Array(next.value);
      send({ type: 'chunk', data }, [data.buffer]);
    }
  };
  try {
    send({ type: 'start', batchSize, credits: readAhead });
    for (let i = 0; i < INPUT_AHEAD; i++) await feed();
    for (;;) {
      // Input first: the thread must never wait for it behind a batch being stored.
      const need = inbox.findIndex((m) => m.type === 'need');
      const message = need >= 0 ? inbox.splice(need, 1)[0] : inbox.shift();
      if (!message) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      switch (message.type) {
        case 'need':
          await feed();
          break;
        case 'rows':
          yield message.rows.map(fromTuple);
          send({ type: 'credit' });
          break;
        case 'done':
          return;
        case 'format-error':
          throw new CsvFormatError(message.message);
        case 'error':
          throw new Error(`CSV thread failed: ${message.message}`);
      }
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
    await source.return?.();
  }
}
