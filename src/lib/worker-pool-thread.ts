import { parentPort, workerData } from 'node:worker_threads';

/** Int32 slots shared with the pool: the current unit, its label. */
export const UNIT_SLOTS = 2;
/** Float64 slots shared with the pool: when the current unit started (epoch ms; 0 = no task taken yet). */
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
 * (the pool sends the next one only once this one's answer is back), its
 * result or error, or what its promise settles to, posted back.
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
  port.on('message', async (message: unknown) => {
    thread.mark(-1);
    try {
      port.postMessage({ ok: true, value: await handle(message, thread) });
    } catch (error) {
      port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
