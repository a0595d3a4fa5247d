import { expect, it } from 'vitest';
import { z } from 'zod';
import { describeEachQueue, LEASE_MS, Payload, recordingJob, sleep, waitFor } from '../../test/helpers/queues.js';
import { defineJobType, handleJob } from './queue.js';

// One suite, run against every queue implementation (test/helpers/queues.ts).

describeEachQueue('', ({ harness, crashWorker }) => {
  it('runs an enqueued job once with its payload, and rejects an invalid payload at enqueue', async () => {
    const { job, handler, runs } = recordingJob('test.echo');
    const queue = await harness().open();
    queue.work([handler]);
    await expect(queue.enqueue(job, { n: 'seven' } as unknown as { n: number })).rejects.toThrow();
    const id = await queue.enqueue(job, { n: 7 });
    await waitFor(() => runs.length === 1, 'the job to run');
    // Past a lease: a job left unfinished would be taken again by now.
    await sleep(LEASE_MS * 2);
    expect(runs).toEqual([{ n: 7, jobId: id, attempt: 1 }]);
  });

  it('retries a failing job until it succeeds, counting attempts', async () => {
    let succeeded = false;
    const { job, handler, runs, failures } = recordingJob('test.flaky', async (ctx) => {
      if (ctx.attempt < 3) throw new Error(`failure ${ctx.attempt}`);
      succeeded = true;
    });
    const queue = await harness().open();
    queue.work([handler]);
    const id = await queue.enqueue(job, { n: 1 });
    await waitFor(() => succeeded, 'the third attempt to succeed');
    await sleep(300);
    expect(runs.map((run) => run.attempt)).toEqual([1, 2, 3]);
    expect(await harness().state(id)).toMatchObject({ status: 'done' });
    // Failed attempts that were retried are not failures for good.
    expect(failures).toEqual([]);
  });

  it('stops a job that always fails after maxAttempts', async () => {
    const { job, handler, runs, failures } = recordingJob(
      'test.doomed',
      async () => Promise.reject(new Error('always')),
      3,
    );
    const queue = await harness().open();
    queue.work([handler]);
    const id = await queue.enqueue(job, { n: 1 });
    await waitFor(() => runs.length === 3, 'three attempts');
    // A fourth attempt would come after ~200 ms of backoff.
    await sleep(600);
    expect(runs.map((run) => run.attempt)).toEqual([1, 2, 3]);
    expect(await harness().state(id)).toEqual({ status: 'failed', error: 'always' });
    // onFailed ran once, after the last attempt only.
    expect(failures).toEqual([{ n: 1, error: 'always' }]);
  });

  it('fails a job whose payload no longer parses, without running it', async () => {
    const old = recordingJob('test.versioned').job;
    const ran: string[] = [];
    const current = defineJobType({ name: 'test.versioned', schema: z.object({ s: z.string() }) });
    const queue = await harness().open();
    const stale = await queue.enqueue(old, { n: 1 });
    queue.work([handleJob(current, { handle: async (payload) => void ran.push(payload.s) })]);
    await queue.enqueue(current, { s: 'after' });
    await waitFor(() => ran.length === 1, 'the valid job to run');
    await sleep(300);
    expect(ran).toEqual(['after']);
    expect(await harness().state(stale)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/Invalid payload/),
    });
  });

  it('keeps jobs across restarts', async () => {
    const { job, handler, runs } = recordingJob('test.durable');
    const producer = await harness().open();
    const id = await producer.enqueue(job, { n: 5 });
    await producer.close();
    const worker = await harness().open();
    worker.work([handler]);
    await waitFor(() => runs.length === 1, 'the job to run in the new instance');
    expect(runs).toEqual([{ n: 5, jobId: id, attempt: 1 }]);
  });

  it('does not run a delayed job before its delay', async () => {
    const ranAt: number[] = [];
    const { job, handler } = recordingJob('test.delayed', async () => void ranAt.push(Date.now()));
    const queue = await harness().open();
    queue.work([handler]);
    const enqueuedAt = Date.now();
    await queue.enqueue(job, { n: 1 }, { delayMs: 1000 });
    await sleep(700);
    expect(ranAt).toEqual([]);
    await waitFor(() => ranAt.length === 1, 'the delayed job to run');
    expect(ranAt[0]! - enqueuedAt).toBeGreaterThanOrEqual(1000);
  });

  it('runs a keyed job once while it is pending, and again once it is done', async () => {
    const { job, handler, runs } = recordingJob('test.keyed');
    const queue = await harness().open();
    // Concurrent enqueues of one key must agree on one job; ':' is allowed in keys.
    const ids = await Promise.all([1, 2, 3, 4, 5].map((n) => queue.enqueue(job, { n }, { key: 'bot:42' })));
    expect(new Set(ids).size).toBe(1);
    queue.work([handler]);
    await waitFor(() => runs.length === 1, 'the keyed job to run');
    await sleep(LEASE_MS * 2);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.jobId).toBe(ids[0]);

    const again = await queue.enqueue(job, { n: 9 }, { key: 'bot:42' });
    expect(again).not.toBe(ids[0]);
    await waitFor(() => runs.length === 2, 'the re-enqueued keyed job to run');
    expect(runs[1]).toMatchObject({ n: 9, jobId: again });
  });

  it('runs each job exactly once across two workers', async () => {
    const byWorker: Array<Map<number, number>> = [new Map(), new Map()];
    const sharedJob = defineJobType({ name: 'test.shared', schema: Payload });
    const jobFor = (worker: Map<number, number>) =>
      handleJob(sharedJob, {
        async handle({ n }) {
          worker.set(n, (worker.get(n) ?? 0) + 1);
          await sleep(20);
        },
      });
    const producer = await harness().open();
    for (let n = 0; n < 50; n++) await producer.enqueue(sharedJob, { n });
    const workers = [await harness().open(), await harness().open()];
    workers.forEach((worker, i) => worker.work([jobFor(byWorker[i]!)]));
    const total = () => byWorker.reduce((sum, runs) => sum + [...runs.values()].reduce((a, b) => a + b, 0), 0);
    await waitFor(() => total() >= 50, 'all 50 jobs to run', 15_000);
    await sleep(LEASE_MS * 2);
    for (let n = 0; n < 50; n++) {
      expect((byWorker[0]!.get(n) ?? 0) + (byWorker[1]!.get(n) ?? 0), `runs of job ${n}`).toBe(1);
    }
    expect(total()).toBe(50);
    // Both took part, or this would prove nothing about two workers.
    expect(byWorker[0]!.size).toBeGreaterThan(0);
    expect(byWorker[1]!.size).toBeGreaterThan(0);
  });

  it('keeps a job that outlasts its lease with its worker while the worker is alive', async () => {
    const holders: string[] = [];
    let finished = false;
    const slowType = defineJobType({ name: 'test.slow', schema: Payload });
    const slowJob = (worker: string) =>
      handleJob(slowType, {
        async handle() {
          holders.push(worker);
          await sleep(LEASE_MS * 3);
          finished = true;
        },
      });
    const first = await harness().open();
    first.work([slowJob('first')]);
    await first.enqueue(slowType, { n: 1 });
    await waitFor(() => holders.length === 1, 'the slow job to start');
    const second = await harness().open();
    second.work([slowJob('second')]);
    // close() returns once the handler has finished, so the job is done and
    // the second worker had the whole run to steal it.
    await first.close();
    expect(finished).toBe(true);
    expect(holders).toEqual(['first']);
  });

  it('runs a job again after its worker process is killed mid-job', async () => {
    const producer = await harness().open();
    const { job, handler, runs } = recordingJob('test.crash');
    const id = await producer.enqueue(job, { n: 1 });
    const child = await crashWorker();
    expect(child.marker()).toBe('started\n');
    await child.kill();

    const worker = await harness().open({ leaseMs: 1000 });
    worker.work([handler]);
    await waitFor(() => runs.length === 1, 'the job to be taken over after the lease expired', 15_000);
    await sleep(300);
    expect(runs).toEqual([{ n: 1, jobId: id, attempt: 2 }]);
  });
});
