import { afterEach, describe, expect, it } from 'vitest';
import { WorkerLimitError, WorkerPool } from './worker-pool.js';

const THREAD = new URL('../../test/fixtures/pool-thread.ts', import.meta.url).href;

describe('WorkerPool', () => {
  let pool: WorkerPool;
  afterEach(() => pool?.close());
  const create = (options: { size?: number; unitTimeoutMs?: number; heapMb?: number; depth?: number } = {}) =>
    (pool = new WorkerPool({
      here: THREAD,
      name: 'pool-thread',
      size: options.size ?? 2,
      workerData: 'shared',
      heapMb: options.heapMb ?? 64,
      unitTimeoutMs: options.unitTimeoutMs ?? 60_000,
      ...(options.depth === undefined ? {} : { depth: options.depth }),
    }));

  it('runs tasks on its threads and hands back their results and errors', async () => {
    create();
    const results = await Promise.all([1, 2, 3, 4, 5].map((value) => pool.run({ type: 'echo', value })));
    expect(results).toEqual([1, 2, 3, 4, 5].map((value) => ({ value, data: 'shared' })));
    await expect(pool.run({ type: 'fail' })).rejects.toThrow('the task failed');
    expect(await pool.run({ type: 'echo', value: 'after' })).toEqual({ value: 'after', data: 'shared' });
  });

  it('starts its threads ahead of the first task, never more than its size; a closed pool stays closed', async () => {
    create({ size: 2 });
    pool.start();
    pool.start();
    const threads = await Promise.all([1, 2, 3, 4, 5, 6].map(() => pool.run<number>({ type: 'thread' })));
    expect(new Set(threads).size).toBe(2);
    await pool.close();
    pool.start();
    await expect(pool.run({ type: 'thread' })).rejects.toThrow('the worker pool is closed');
  });

  it('kills a thread that overruns the budget, naming the unit, while the other thread keeps serving', async () => {
    create({ unitTimeoutMs: 300 });
    // Both threads started first, so the echo below is not waiting for one to start.
    await Promise.all([pool.run({ type: 'echo' }), pool.run({ type: 'echo' })]);
    const events: string[] = [];
    const spinning = pool.run({ type: 'spin', unit: 3 }).catch((error: unknown) => {
      events.push('killed');
      return error;
    });
    // The other thread answers while the first one is still spinning.
    await pool.run({ type: 'echo', value: 'meanwhile' }).then(() => events.push('answered'));
    const error = await spinning;
    expect(events).toEqual(['answered', 'killed']);
    expect(error).toBeInstanceOf(WorkerLimitError);
    expect(error).toMatchObject({ limit: 'time', unit: 3, label: 7 });
    // A fresh thread takes the next task.
    expect(await pool.run({ type: 'echo', value: 'again' })).toMatchObject({ value: 'again' });
  });

  it('stops a thread that outgrows its heap, and recovers', async () => {
    create({ size: 1, heapMb: 32 });
    const error = await pool.run({ type: 'grow', unit: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkerLimitError);
    expect(error).toMatchObject({ limit: 'memory', unit: 0 });
    expect(await pool.run({ type: 'echo', value: 'recovered' })).toMatchObject({ value: 'recovered' });
  });

  it('sends tasks ahead to a busy thread (depth), timing each from when the thread takes it', async () => {
    create({ size: 1, depth: 2, unitTimeoutMs: 1_000 });
    // Together over the budget, each well within it: the second waited in the port, untimed.
    const threads = await Promise.all([
      pool.run<number>({ type: 'busy', ms: 600 }),
      pool.run<number>({ type: 'busy', ms: 600 }),
    ]);
    expect(threads[0]).toBe(threads[1]);
  });

  it('runs a task sent ahead on a fresh thread when the one before it kills its thread', async () => {
    create({ size: 1, depth: 2, unitTimeoutMs: 300 });
    const spinning = pool.run({ type: 'spin', unit: 1 }).catch((error: unknown) => error);
    const behind = pool.run({ type: 'echo', value: 'behind' });
    expect(await spinning).toMatchObject({ limit: 'time', unit: 1 });
    expect(await behind).toMatchObject({ value: 'behind' });
    const grown = pool.run({ type: 'grow', unit: 2 }).catch((error: unknown) => error);
    const afterGrowth = pool.run({ type: 'echo', value: 'after growth' });
    expect(await grown).toBeInstanceOf(WorkerLimitError);
    expect(await afterGrowth).toMatchObject({ value: 'after growth' });
  });

  it('refuses work once closed', async () => {
    create();
    await pool.close();
    await expect(pool.run({ type: 'echo', value: 1 })).rejects.toThrow(/closed/);
  });
});
