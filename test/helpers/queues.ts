import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue as BullQueue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { z } from 'zod';
import { BullmqQueue } from '../../src/jobs/bullmq-queue.js';
import { defineJobType, handleJob, type JobContext, type Queue } from '../../src/jobs/queue.js';
import { SqlQueue } from '../../src/jobs/sql-queue.js';
import { randomBase62 } from '../../src/lib/ids.js';
import { openDatabase, type Database, type Dialect } from '../../src/storage/database.js';
import { createTestDatabase, DIALECTS, TEST_REDIS_URL } from './engines.js';
import { childEnv } from './processes.js';

// The job queue tests (src/jobs/*.test.ts) run one suite against every queue
// implementation on every store this machine has. Each suite gets a store of its own (SQLite file, PostgreSQL
// schema or Redis prefix) — one per suite rather than per test, as creating
// and dropping PostgreSQL schemas races with other files' migrations — and
// each test uses job names of its own. Every queue instance opens its own
// connections, as a separate process would.

/** Every queue's lease in these tests. */
export const LEASE_MS = 500;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const quiet = { error: () => {} };

export interface QueueSettings {
  concurrency?: number;
  leaseMs?: number;
}

/** A store of the suite's own plus a way to open queue instances on it. */
export interface Harness {
  open(settings?: QueueSettings): Promise<Queue>;
  /** Where a job stands, in the SQL queue's terms. */
  state(id: string): Promise<{ status: string; error: string | null } | undefined>;
  /** What test/fixtures/job-worker.ts needs to reach the same store. */
  childEnv: Record<string, string>;
  /** Closes every queue opened so far (after each test). */
  closeQueues(): Promise<void>;
  drop(): Promise<void>;
}

async function sqlHarness(dialect: Dialect): Promise<Harness> {
  const store = await createTestDatabase(dialect);
  const opened: Array<{ queue: Queue; database: Database }> = [];
  return {
    async open(settings = {}) {
      const database = await openDatabase({ url: store.databaseUrl, dataDir: store.dataDir, poolSize: 3 });
      const queue = new SqlQueue(database, {
        concurrency: settings.concurrency ?? 4,
        leaseMs: settings.leaseMs ?? LEASE_MS,
        pollMs: 50,
        retryBaseMs: 50,
        logger: quiet,
      });
      opened.push({ queue, database });
      return queue;
    },
    async state(id) {
      const row = await store.db
        .selectFrom('jobs')
        .select(['status', 'last_error'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { status: row.status, error: row.last_error };
    },
    childEnv: {
      JOB_WORKER_ENGINE: dialect,
      JOB_WORKER_DATA_DIR: store.dataDir,
      ...(store.databaseUrl ? { JOB_WORKER_DATABASE_URL: store.databaseUrl } : {}),
    },
    async closeQueues() {
      for (const { queue, database } of opened.splice(0)) {
        await queue.close();
        await database.close();
      }
    },
    drop: () => store.drop(),
  };
}

async function bullmqHarness(redisUrl: string): Promise<Harness> {
  const prefix = `jobs-test-${randomBase62(12)}`;
  const queues: Queue[] = [];
  const inspector = new BullQueue('grivo', { connection: { url: redisUrl }, prefix });
  const states: Record<string, string> = { completed: 'done', failed: 'failed', active: 'running' };
  return {
    async state(id) {
      const job = await inspector.getJob(id);
      return job && { status: states[await job.getState()] ?? 'queued', error: job.failedReason ?? null };
    },
    async open(settings = {}) {
      const queue = new BullmqQueue({
        redisUrl,
        prefix,
        concurrency: settings.concurrency ?? 4,
        leaseMs: settings.leaseMs ?? LEASE_MS,
        retryBaseMs: 50,
        logger: quiet,
      });
      queues.push(queue);
      return queue;
    },
    childEnv: { JOB_WORKER_ENGINE: 'bullmq', JOB_WORKER_REDIS_URL: redisUrl, JOB_WORKER_PREFIX: prefix },
    async closeQueues() {
      await Promise.all(queues.splice(0).map((queue) => queue.close()));
    },
    async drop() {
      await inspector.close();
      const redis = new Redis(redisUrl);
      for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 })) {
        if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
      }
      await redis.quit();
    },
  };
}

/** Every queue implementation on every store this machine has. */
const QUEUE_IMPLEMENTATIONS = [
  ...DIALECTS.map((dialect) => ({ name: `SqlQueue on ${dialect}`, setup: () => sqlHarness(dialect) })),
  ...(TEST_REDIS_URL ? [{ name: 'BullmqQueue', setup: () => bullmqHarness(TEST_REDIS_URL!) }] : []),
];

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

export const Payload = z.object({ n: z.number() });

/** A job type named `name`, and a handler that records each run and runs `behave` (default: succeed). */
export function recordingJob(name: string, behave?: (ctx: JobContext) => Promise<void>, maxAttempts?: number) {
  const runs: Array<{ n: number } & JobContext> = [];
  const failures: Array<{ n: number; error: string }> = [];
  const job = defineJobType({ name, schema: Payload, maxAttempts });
  const handler = handleJob(job, {
    async handle(payload, ctx) {
      runs.push({ ...payload, ...ctx });
      await behave?.(ctx);
    },
    async onFailed(payload, error) {
      failures.push({ ...payload, error });
    },
  });
  return { job, handler, runs, failures };
}

/** A worker process (test/fixtures/job-worker.ts) stuck in a `test.crash` job, until killed. */
export interface CrashWorker {
  /** What the job's runs wrote: `started\n` once per start. */
  marker(): string;
  /** SIGKILL, as a machine that dies; resolves once the process is gone. */
  kill(): Promise<void>;
}

/** Starts the worker process on the harness's store and waits for it to start the queued `test.crash` job. */
async function startCrashWorker(harness: Harness): Promise<CrashWorker> {
  const file = path.join(os.tmpdir(), `grivo-job-marker-${randomBase62(10)}`);
  const marker = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/job-worker.ts'], {
    cwd: ROOT,
    env: childEnv({ ...harness.childEnv, JOB_WORKER_MARKER: file }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    }
    fs.rmSync(file, { force: true });
  };
  try {
    await waitFor(() => marker() !== '' || child.exitCode !== null, 'the child to start the job', 15_000);
  } catch (error) {
    console.error(output);
    await kill();
    throw error;
  }
  return { marker, kill };
}

/** What a suite of `describeEachQueue` works with. */
export interface QueueSuite {
  /** The suite's store (ready once its tests run). */
  harness(): Harness;
  /** `startCrashWorker` on the suite's store; the worker is killed after the test. */
  crashWorker(): Promise<CrashWorker>;
}

/**
 * `tests` on every queue implementation, each suite with a store of its own
 * (one per suite rather than per test, as creating and dropping PostgreSQL
 * schemas races with other files' migrations); after each test its queues
 * are closed and its crash worker killed.
 */
export function describeEachQueue(title: string, tests: (suite: QueueSuite) => void): void {
  describe.each(QUEUE_IMPLEMENTATIONS)(`$name${title}`, ({ setup }) => {
    let harness: Harness;
    let child: CrashWorker | undefined;
    beforeAll(async () => {
      harness = await setup();
    });
    afterAll(() => harness?.drop());
    afterEach(async () => {
      await child?.kill();
      child = undefined;
      await harness.closeQueues();
    });
    tests({
      harness: () => harness,
      crashWorker: async () => {
        child = await startCrashWorker(harness);
        return child;
      },
    });
  });
}
