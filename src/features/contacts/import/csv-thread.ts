import { parentPort } from 'node:worker_threads';
import { CsvFormatError, readContactCsv } from '../csv/read-contact-csv.js';
import { toTuple, type RowTuple } from './prepared-row.js';
import type { FromThread, ToThread } from './read-rows.js';
import { WINDOW_BATCHES, windowsOf, type WindowOptions } from './windows.js';

// The parsing thread of a large import: it receives the file's bytes as the
// main thread reads them from the database, and sends back windows of rows
// ready to store (grouped by address, sorted), at most a few messages ahead
// of what the main thread has taken. It parses the next window while the
// main thread stores this one, and holds at most those two.

const port = parentPort!;
const post = (message: FromThread) => port.postMessage(message);
const chunks: Uint8Array[] = [];
let ended = false;
let credits = 0;
// The reader pulls input while the sender waits for credit: each waiter is woken.
const waiters = new Set<() => void>();
const wakeAll = () => {
  for (const wake of waiters) wake();
};

port.on('message', (message: ToThread) => {
  if (message.type === 'start') {
    credits = message.credits;
    void run(message.options);
  } else if (message.type === 'chunk') chunks.push(message.data);
  else if (message.type === 'end') ended = true;
  else if (message.type === 'credit') credits++;
  wakeAll();
});

async function until(ready: () => boolean): Promise<void> {
  while (!ready()) {
    await new Promise<void>((resolve) => {
      const wake = () => {
        waiters.delete(wake);
        resolve();
      };
      waiters.add(wake);
    });
  }
}

// The main thread keeps a couple of chunks queued here: each one taken is
// replaced, so parsing never waits on a round trip for input.
async function* input(): AsyncGenerator<Uint8Array> {
  for (;;) {
    await until(() => chunks.length > 0 || ended);
    const chunk = chunks.shift();
    if (!chunk) return;
    post({ type: 'need' });
    yield chunk;
  }
}

async function* tuples(batchSize: number): AsyncGenerator<RowTuple[]> {
  for await (const batch of readContactCsv(input(), { batchSize })) yield batch.map(toTuple);
}

async function run(options: WindowOptions): Promise<void> {
  // Messages made but not yet sent: the parser stops when a window's worth waits.
  const ready: FromThread[] = [];
  let parsed = false;
  const send = (async () => {
    for (;;) {
      await until(() => (credits > 0 && ready.length > 0) || (parsed && ready.length === 0));
      const message = ready.shift();
      if (!message) return;
      credits--;
      // A part's bytes are moved, not cloned: waiting in the main thread's queue they take none of its heap.
      if (message.type === 'part') port.postMessage(message, [message.data.buffer as ArrayBuffer]);
      else post(message);
      wakeAll();
    }
  })();
  try {
    for await (const message of windowsOf(tuples(options.batchSize), options)) {
      ready.push(message);
      wakeAll();
      await until(() => ready.length <= WINDOW_BATCHES);
    }
    parsed = true;
    wakeAll();
    await send;
    post({ type: 'done' });
  } catch (error) {
    if (error instanceof CsvFormatError) post({ type: 'format-error', message: error.message });
    else post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
