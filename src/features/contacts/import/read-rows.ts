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
  | Extract<WindowMessage, { type: 'window' }>
  /** A part's rows as the JSON of their tuples. */
  | { type: 'part'; data: Uint8Array; last: boolean }
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
 * The parsing thread's heap: two windows of rows (see `WINDOW_CHARS`) and the
 * parser's own. Bounding it keeps a large import's memory flat, and V8
 * collects within the bound rather than letting the heap grow with the file.
 * A young generation of 8 MiB made the thread a third slower (each scavenge
 * copies the window's rows, which live until their part is sent).
 */
const THREAD_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 32 };

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
  const tuples = JSON.parse(message.json) as ContactTuple[];
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
      // A copy the thread owns outright: the bytes move, they are not cloned.
      const data = new Uint8Array(next.value);
      send({ type: 'chunk', data }, [data.buffer]);
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
          yield toEvent(message);
          send({ type: 'credit' });
          break;
        case 'part':
          yield toEvent({ type: 'part', json: decoder.decode(message.data), last: message.last });
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
