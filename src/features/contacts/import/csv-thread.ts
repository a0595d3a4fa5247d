import { parentPort } from 'node:worker_threads';
import { CsvFormatError, readContactCsv } from '../csv/read-contact-csv.js';
import { toTuple } from './prepared-row.js';
import type { FromThread, ToThread } from './read-rows.js';

// The parsing thread of a large import: it receives the file's bytes as the
// main thread reads them from the database, and sends back rows ready to
// store, at most a few batches ahead of what the main thread has taken.

const port = parentPort!;
const post = (message: FromThread) => port.postMessage(message);

const chunks: Uint8Array[] = [];
let ended = false;
let credits = 0;
let batchSize = 1000;
// The reader pulls input while the sender waits for credit: each waiter is woken.
const waiters = new Set<() => void>();

port.on('message', (message: ToThread) => {
  if (message.type === 'start') {
    batchSize = message.batchSize;
    credits = message.credits;
    void run();
  } else if (message.type === 'chunk') chunks.push(message.data);
  else if (message.type === 'end') ended = true;
  else if (message.type === 'credit') credits++;
  for (const wake of waiters) wake();
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

async function run(): Promise<void> {
  try {
    for await (const batch of readContactCsv(input(), { batchSize })) {
      await until(() => credits > 0);
      credits--;
      post({ type: 'rows', rows: batch.map(toTuple) });
    }
    post({ type: 'done' });
  } catch (error) {
    if (error instanceof CsvFormatError) post({ type: 'format-error', message: error.message });
    else post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
