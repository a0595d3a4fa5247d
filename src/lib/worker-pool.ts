import type { Worker } from 'node:worker_threads';
import { startThread } from './threads.js';
import { TIMING_SLOTS, UNIT_SLOTS, type PoolThreadData } from './worker-pool-thread.js';

/** Which limit a task broke, and in which of its units of work (as the thread marked it). */
export class WorkerLimitError extends Error {
  override name = 'WorkerLimitError';
  constructor(
    readonly limit: 'time' | 'memory',
    /** The unit and label the thread last marked (see PoolThread.mark); -1 when none. */
    readonly unit: number,
    readonly label: number,
  ) {
    super(
      limit === 'time' ? 'the thread ran out of time and was stopped' : 'the thread ran out of memory and was stopped',
    );
  }
}

export interface WorkerPoolOptions {
  /** The thread's module: `name` beside `here` (an import.meta.url), as startThread takes it. */
  here: string;
  name: string;
  /** Threads at most; each is started when first needed. */
  size: number;
  /** Handed to every thread (besides the pool's own bookkeeping). */
  workerData?: unknown;
  /** Heap of each thread (old generation), in MiB. */
  heapMb: number;
  /** Its young generation, in MiB (default heapMb / 8): more for tasks that make much short-lived garbage. */
  youngMb?: number;
  /** Wall-clock budget of one unit of work; a thread over it is terminated. */
  unitTimeoutMs: number;
  /**
   * Tasks handed to a thread at once (default 1): the next waits in the
   * thread's port, so the thread goes on to it without waiting for this
   * thread to take its answer and send it more (busy with other work).
   */
  depth?: number;
}

interface Slot {
  worker: Worker;
  /** [0] unit, [1] label, [2] tasks started (as Int32); the unit's start time (as Float64, epoch ms). */
  units: Int32Array;
  started: Float64Array;
  /** The tasks sent to the thread, the one it runs first. */
  tasks: Pending[];
}

interface Pending {
  message: unknown;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * A fixed set of worker threads that run tasks one at a time each, with a
 * heap limit and a wall-clock budget per unit of work: a thread that stays
 * in one unit longer than the budget is terminated, its task rejected with
 * WorkerLimitError, and a fresh thread started for the next task. So the
 * main thread, and every other task, never waits on a runaway one.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private watchdog: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Runs a task on the next free thread; resolves with what the thread's handler returned. */
  run<T>(message: unknown): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ message, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Starts every thread not yet running, so the first tasks do not wait for them to load. */
  start(): void {
    while (!this.closed && this.slots.length < this.options.size) this.spawn();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the worker pool is closed'));
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot, new Error('the worker pool is closed'))));
  }

  private dispatch(): void {
    const depth = this.options.depth ?? 1;
    while (this.queue.length > 0) {
      const slot =
        this.slots.find((s) => s.tasks.length === 0) ??
        (this.slots.length < this.options.size ? this.spawn() : undefined) ??
        this.slots.find((s) => s.tasks.length < depth);
      if (!slot) return;
      const task = this.queue.shift()!;
      if (slot.tasks.length === 0) {
        Atomics.store(slot.units, 0, -1);
        Atomics.store(slot.units, 1, -1);
      }
      slot.tasks.push(task);
      slot.worker.postMessage(task.message);
      this.watch();
    }
  }

  private spawn(): Slot {
    const buffer = new SharedArrayBuffer(UNIT_SLOTS * 4 + TIMING_SLOTS * 8);
    const data: PoolThreadData = { pool: { buffer }, data: this.options.workerData };
    const worker = startThread(this.options.here, this.options.name, data, {
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.heapMb,
        maxYoungGenerationSizeMb: this.options.youngMb ?? Math.max(4, this.options.heapMb / 8),
      },
    });
    const slot: Slot = {
      worker,
      units: new Int32Array(buffer, 0, UNIT_SLOTS),
      started: new Float64Array(buffer, UNIT_SLOTS * 4, TIMING_SLOTS),
      tasks: [],
    };
    worker.on('message', (reply: { ok: true; value: unknown } | { ok: false; error: string }) => {
      const task = slot.tasks.shift();
      if (reply.ok) task?.resolve(reply.value);
      else task?.reject(new Error(reply.error));
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const failure = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? this.limitError(slot, 'memory') : error;
      void this.replace(slot, failure);
    });
    worker.on('exit', (code) => void this.replace(slot, new Error(`the worker thread exited with code ${code}`)));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private limitError(slot: Slot, limit: 'time' | 'memory'): WorkerLimitError {
    return new WorkerLimitError(limit, Atomics.load(slot.units, 0), Atomics.load(slot.units, 1));
  }

  /** Drops a thread that died or was stopped, failing its task; the next task starts a new one. */
  private async replace(slot: Slot, failure: Error): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    await this.retire(slot, failure);
    if (!this.closed) this.dispatch();
  }

  /** Fails the task the thread was running; those waiting behind it go back to the queue, unless the pool is closing. */
  private async retire(slot: Slot, failure: Error): Promise<void> {
    const [task, ...waiting] = slot.tasks.splice(0);
    task?.reject(failure);
    if (this.closed) for (const pending of waiting) pending.reject(failure);
    else this.queue.unshift(...waiting);
    slot.worker.removeAllListeners('exit');
    await slot.worker.terminate();
  }

  // One timer for the whole pool, running only while some thread is busy.
  private watch(): void {
    if (this.watchdog) return;
    const every = Math.max(5, Math.min(50, Math.floor(this.options.unitTimeoutMs / 10)));
    this.watchdog = setInterval(() => {
      const now = Date.now();
      for (const slot of [...this.slots]) {
        const started = slot.started[0]!;
        if (slot.tasks.length > 0 && started > 0 && now - started > this.options.unitTimeoutMs)
          void this.replace(slot, this.limitError(slot, 'time'));
      }
      if (!this.slots.some((s) => s.tasks.length > 0)) {
        clearInterval(this.watchdog);
        this.watchdog = undefined;
      }
    }, every);
    this.watchdog.unref();
  }
}
