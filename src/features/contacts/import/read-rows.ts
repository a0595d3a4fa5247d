import type { ResourceLimits } from 'node:worker_threads';
import { startThread } from '../../../lib/threads.js';
import { CsvFormatError, readContactCsv } from '../csv/read-contact-csv.js';
import { fromTuple, toTuple, type ContactPreparedRow, type PreparedRow } from './prepared-row.js';
import { windowsOf, type ContactTuple, type WindowMessage, type WindowOptions } from './windows.js';

export type ToThread =
  | { type: 'start'; options: WindowOptions; credits: number }
  | { type: 'chunk'; data: Uint8Array }
  | { type: 'end' }
  | { type: 'credit' };
export type FromThread =
  | { type: 'need' }
  | WindowMessage
  | { type: 'done' }
  | { type: 'format-error'; message: string }
  | { type: 'error'; message: string };

/** A window's announcement and its parts (see `WindowMessage`), as rows ready to store. */
export type WindowEvent =
  | { type: 'window'; rows: number; loose: PreparedRow[]; addresses: number }
  | { type: 'part'; rows: ContactPreparedRow[]; last: boolean };

const decoder = new TextDecoder();

/** Chunks of the file (1 MiB each) queued for the parsing thread: with two it waited for input a tenth of the time. */
const INPUT_AHEAD = 4;
/** Messages the parsing thread may have sent before they are taken. */
const READ_AHEAD = 2;
/**
 * The parsing thread's heap. A window's rows are bytes outside it (see
 * `windowsOf`), so it holds the addresses of two windows, the parser's own
 * and what is being parsed: ~20 MB. Bounding it keeps a large import's memory
 * flat, V8 collecting within the bound rather than letting the heap grow with
 * the file. Smaller bounds cost more collections (200,000 rows: 3.0–3.5
 * CPU-seconds at these, 4.2–4.9 at 32 and 16 MiB; 2.5–2.9 at 96 and 32, for
 * ~20 MB more memory; rows kept as strings, 3.8–4.0 at 96 and 32).
 */
const THREAD_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };

/**
 * The windows of an uploaded CSV, ready to store (`windowsOf`). A large file
 * is parsed, grouped and sorted on a thread of its own, so that work runs
 * alongside the database writes on the main thread, which holds only the
 * part it stores; a small one is read here, where starting a thread would
 * cost more than it saves. Both give the same windows.
 */
export async function* readImportWindows(
  chunks: AsyncIterable<Uint8Array>,
  options: WindowOptions & { thread: boolean },
): AsyncGenerator<WindowEvent> {
  if (!options.thread) {
    async function* tuples() {
      for await (const batch of readContactCsv(chunks, { batchSize: options.batchSize })) yield batch.map(toTuple);
    }
    for await (const message of windowsOf(tuples(), options)) yield toEvent(message);
    return;
  }
  yield* readInThread(chunks, options);
}

function toEvent(message: WindowMessage): WindowEvent {
  if (message.type === 'window') return { ...message, loose: message.loose.map(fromTuple) };
  const tuples = JSON.parse(decoder.decode(message.data)) as ContactTuple[];
  return { type: 'part', rows: tuples.map((t) => fromTuple(t) as ContactPreparedRow), last: message.last };
}

async function* readInThread(chunks: AsyncIterable<Uint8Array>, options: WindowOptions): AsyncGenerator<WindowEvent> {
  const worker = startThread(import.meta.url, 'csv-thread', undefined, { resourceLimits: THREAD_LIMITS });
  const inbox: FromThread[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  worker.on('message', (message: FromThread) => {
    inbox.push(message);
    wake?.();
  });
  worker.on('error', (error: Error & { code?: string }) => {
    failure =
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new CsvFormatError('The file has rows too large to import; split its longest rows or remove columns.')
        : error;
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
      // The bytes move to the thread, they are not cloned: a chunk that has
      // its memory to itself (as the database drivers give it) goes as it
      // is; one that shares it (a slice of a pool, of a larger buffer) as a copy.
      const chunk = next.value;
      const own = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
      const data = own ? chunk : new Uint8Array(chunk);
      send({ type: 'chunk', data }, [data.buffer as ArrayBuffer]);
    }
  };
  try {
    send({ type: 'start', options, credits: READ_AHEAD });
    for (let i = 0; i < INPUT_AHEAD; i++) await feed();
    for (;;) {
      // Input first: the thread must never wait for it behind a part being stored.
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
        case 'window':
        case 'part':
          yield toEvent(message);
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
