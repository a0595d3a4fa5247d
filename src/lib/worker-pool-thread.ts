import { parentPort, workerData } from 'node:worker_threads';

/** Int32 slots shared with the pool: the current unit, its label. */
export const UNIT_SLOTS = 2;
/** Float64 slots shared with the pool: when the current unit started (epoch ms; 0 = no task taken). */
export const TIMING_SLOTS = 1;

/** What a pool's thread receives as workerData. */
export interface PoolThreadData {
  pool: { buffer: SharedArrayBuffer };
  data: unknown;
}

/** What a task handler gets besides its message. */
export interface PoolThread {
  /** The data the pool was created with. */
  data: unknown;
  /**
   * Starts a unit of work (one render, say): the wall-clock budget counts
   * from here, and if the thread is stopped, the pool's error names `unit`
   * and `label` (a number the caller gives meaning to).
   */
  mark(unit: number, label?: number): void;
}

/**
 * Serves a WorkerPool's tasks in this thread: each message is handled in turn
 * (also those the pool sends ahead, see WorkerPoolOptions.depth), its result
 * or error, or what its promise settles to, posted back.
 */
export function servePoolTasks(handle: (message: unknown, thread: PoolThread) => unknown): void {
  const { pool, data } = workerData as PoolThreadData;
  const units = new Int32Array(pool.buffer, 0, UNIT_SLOTS);
  const started = new Float64Array(pool.buffer, UNIT_SLOTS * 4, TIMING_SLOTS);
  const thread: PoolThread = {
    data,
    mark(unit, label = -1) {
      Atomics.store(units, 0, unit);
      Atomics.store(units, 1, label);
      started[0] = Date.now();
    },
  };
  const port = parentPort!;
  const serve = async (message: unknown) => {
    thread.mark(-1);
    let reply: { ok: true; value: unknown } | { ok: false; error: string };
    try {
      reply = { ok: true, value: await handle(message, thread) };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    // The clock stops before the answer goes: a task waiting in the port is timed from when it is taken.
    started[0] = 0;
    port.postMessage(reply);
  };
  let turn = Promise.resolve();
  port.on('message', (message: unknown) => {
    turn = turn.then(() => serve(message));
  });
}
