import { expect, it } from 'vitest';
import { describeEachQueue, LEASE_MS, recordingJob, sleep, waitFor } from '../../test/helpers/queues.js';

// A keyed job enqueued while it runs runs once more after (EnqueueOptions.key),
// on every queue implementation (test/helpers/queues.ts).

/** A promise the test resolves when it chooses. */
function gate(): { opened: Promise<void>; open(): void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describeEachQueue(': keyed jobs', ({ harness, crashWorker }) => {
  /** Where the job `id` stands is no longer "running": its run has ended, in the queue too. */
  const ended = (id: string) => async () => (await harness().state(id))?.status !== 'running';

  it('runs a job enqueued while it runs once more, after the run, never alongside it', async () => {
    const events: string[] = [];
    const release = gate();
    const { job, handler, runs } = recordingJob('test.again', async () => {
      const run = runs.length;
      events.push(`start ${run}`);
      if (run === 1) await release.opened;
      events.push(`end ${run}`);
    });
    const queue = await harness().open({ concurrency: 4 });
    queue.work([handler]);
    const first = await queue.enqueue(job, { n: 1 }, { key: 'again:1' });
    await waitFor(() => runs.length === 1, 'the first run to start');
    // The enqueuer changed what the job reads: the run under way may have read it already.
    expect(await queue.enqueue(job, { n: 2 }, { key: 'again:1' })).toBe(first);
    // Free slots, yet nothing more starts while the first run goes on.
    await sleep(LEASE_MS * 2);
    expect(runs).toHaveLength(1);
    release.open();
    await waitFor(() => runs.length === 2, 'the follow-up run');
    await sleep(LEASE_MS * 2);
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    expect(runs.map(({ n, attempt }) => ({ n, attempt }))).toEqual([
      { n: 1, attempt: 1 },
      { n: 2, attempt: 1 },
    ]);
  });

  it('asks for no run after the one running when the enqueue only makes sure the job exists', async () => {
    const release = gate();
    const { job, handler, runs } = recordingJob('test.ensure', async () => {
      if (runs.length === 1) await release.opened;
    });
    const queue = await harness().open({ concurrency: 4 });
    queue.work([handler]);
    const first = await queue.enqueue(job, { n: 1 }, { key: 'ensure:1' });
    await waitFor(() => runs.length === 1, 'the first run to start');
    // A sweep recovering lost jobs: the running job is the job it wanted.
    expect(await queue.enqueue(job, { n: 2 }, { key: 'ensure:1', whileRunning: 'nothing' })).toBe(first);
    release.open();
    await waitFor(ended(first), 'the run to end');
    await sleep(LEASE_MS * 2);
    expect(runs.map(({ n }) => n)).toEqual([1]);
    // Once it has ended, the same enqueue queues the job again.
    await queue.enqueue(job, { n: 3 }, { key: 'ensure:1', whileRunning: 'nothing' });
    await waitFor(() => runs.length === 2, 'a new run');
    expect(runs.map(({ n }) => n)).toEqual([1, 3]);
  });

  it('makes one follow-up of many requests, the latest one, which holds the key while it waits', async () => {
    const release = gate();
    const { job, handler, runs } = recordingJob('test.coalesce', async () => {
      if (runs.length === 1) await release.opened;
    });
    const queue = await harness().open({ concurrency: 4 });
    queue.work([handler]);
    const first = await queue.enqueue(job, { n: 1 }, { key: 'coalesce:1' });
    await waitFor(() => runs.length === 1, 'the first run to start');
    const during = [
      await queue.enqueue(job, { n: 2 }, { key: 'coalesce:1' }),
      await queue.enqueue(job, { n: 3 }, { key: 'coalesce:1' }),
      // The latest request's delay keeps the follow-up waiting for a while.
      await queue.enqueue(job, { n: 4 }, { key: 'coalesce:1', delayMs: 2000 }),
    ];
    expect(during).toEqual([first, first, first]);
    release.open();
    await waitFor(ended(first), 'the first run to end');
    // Enqueued while the follow-up waits: that is the job it gets.
    const waiting = await queue.enqueue(job, { n: 5 }, { key: 'coalesce:1' });
    await waitFor(() => runs.length === 2, 'the follow-up run', 10_000);
    await sleep(LEASE_MS * 2);
    expect(runs.map(({ n, jobId }) => ({ n, jobId }))).toEqual([
      { n: 1, jobId: first },
      { n: 4, jobId: waiting },
    ]);
  });

  it('runs the follow-up after retries, and after the job failed for good', async () => {
    const release = gate();
    const { job, handler, runs, failures } = recordingJob(
      'test.failing',
      async (ctx) => {
        if (runs.length === 1) await release.opened;
        if (runs.length <= 2) throw new Error(`attempt ${ctx.attempt} failed`);
      },
      2,
    );
    const queue = await harness().open();
    queue.work([handler]);
    await queue.enqueue(job, { n: 1 }, { key: 'failing:1' });
    await waitFor(() => runs.length === 1, 'the first attempt to start');
    await queue.enqueue(job, { n: 2 }, { key: 'failing:1' });
    release.open();
    await waitFor(() => runs.length === 3, 'the retry and the follow-up');
    await sleep(LEASE_MS * 2);
    // The retry is still the job it was (its attempts go on); the follow-up starts afresh.
    expect(runs.map(({ n, attempt }) => ({ n, attempt }))).toEqual([
      { n: 1, attempt: 1 },
      { n: 1, attempt: 2 },
      { n: 2, attempt: 1 },
    ]);
    expect(failures).toEqual([{ n: 1, error: 'attempt 2 failed' }]);
  });

  it('keeps a follow-up asked for while the worker running the job dies', async () => {
    const producer = await harness().open();
    const { job, handler, runs } = recordingJob('test.crash');
    const id = await producer.enqueue(job, { n: 1 }, { key: 'crash:1' });
    const child = await crashWorker();
    expect(await producer.enqueue(job, { n: 2 }, { key: 'crash:1' })).toBe(id);
    await child.kill();

    const worker = await harness().open({ leaseMs: 1000 });
    worker.work([handler]);
    await waitFor(() => runs.length === 2, 'the job to be taken over, then its follow-up', 15_000);
    await sleep(LEASE_MS * 2);
    expect(runs.map(({ n, attempt }) => ({ n, attempt }))).toEqual([
      { n: 1, attempt: 2 },
      { n: 2, attempt: 1 },
    ]);
  });

  it('never loses a request made as a run ends, nor runs two at once', async () => {
    // Each round changes the state the job reads, then enqueues as the run
    // that read the previous state is ending (it lasts 0–4 ms), so the
    // request lands before, during and after the statements that end it.
    const ROUNDS = 40;
    let state = 0;
    let active = 0;
    let mostActive = 0;
    const seen: number[] = [];
    const watchers = new Set<() => void>();
    const { job, handler } = recordingJob('test.race', async () => {
      active++;
      mostActive = Math.max(mostActive, active);
      seen.push(state);
      for (const watch of watchers) watch();
      await sleep(Math.random() * 4);
      active--;
    });
    const seenAtLeast = (wanted: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`state ${wanted} was never seen: ${seen}`)), 5000);
        const watch = () => {
          if (seen.some((s) => s >= wanted)) {
            watchers.delete(watch);
            clearTimeout(timer);
            resolve();
          }
        };
        watchers.add(watch);
        watch();
      });
    const workers = [await harness().open({ concurrency: 4 }), await harness().open({ concurrency: 4 })];
    for (const worker of workers) worker.work([handler]);
    for (let round = 1; round <= ROUNDS; round++) {
      state = round;
      await workers[round % 2]!.enqueue(job, { n: round }, { key: 'race:1' });
      await seenAtLeast(round);
    }
    await sleep(LEASE_MS * 2);
    // One run per request, each reading the state its request left: none lost, none extra.
    expect(seen).toEqual(Array.from({ length: ROUNDS }, (_, i) => i + 1));
    expect(mostActive).toBe(1);
  });
});
