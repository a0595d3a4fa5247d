import os from 'node:os';
import { z } from 'zod';
import { randomBase62, newId } from '../lib/ids.js';
import { isoIn, nowIso } from '../lib/time.js';
import type { Database } from '../storage/database.js';
import {
  DEFAULT_MAX_ATTEMPTS,
  retryDelayMs,
  type EnqueueOptions,
  type JobHandler,
  type JobType,
  type Queue,
} from './queue.js';
import {
  claimNextJob,
  finishClaimedJob,
  updateClaimedJob,
  type Claim,
  type Ending,
  type JobRow,
  type JobUpdate,
} from './sql-queue-claim.js';
import { enqueueKeyed } from './sql-queue-keyed.js';

/** Settings of the database-backed queue (the embedded default). */
export interface SqlQueueOptions {
  concurrency: number;
  /** How long a claimed job stays ours between heartbeats; a dead worker's jobs run again after it. */
  leaseMs: number;
  /** Idle poll interval (default 500 ms). */
  pollMs?: number;
  /** Recorded in `locked_by`, with a name of each claim's own (default host:pid:random). */
  workerId?: string;
  /** Base of the exponential retry delay (default 1000 ms; tests use less). */
  retryBaseMs?: number;
  logger?: { error(obj: unknown, msg?: string): void };
}

/** Durable queue in the `jobs` table; close() leaves the caller's database open. */
export class SqlQueue implements Queue {
  private readonly workerId: string;
  private readonly logger: { error(obj: unknown, msg?: string): void };
  private readonly handlers = new Map<string, JobHandler>();
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private pollAgain = false;
  private closing = false;

  constructor(
    private readonly database: Database,
    private readonly options: SqlQueueOptions,
  ) {
    this.workerId = options.workerId ?? `${os.hostname()}:${process.pid}:${randomBase62(6)}`;
    this.logger = options.logger ?? { error: (obj, msg) => console.error(msg, obj) };
  }

  async enqueue<P>(type: JobType<P>, payload: P, options: EnqueueOptions = {}): Promise<string> {
    type.schema.parse(payload);
    const now = nowIso();
    // The payload is stored as given and parsed again when it runs, so a
    // schema change between enqueue and run is caught rather than trusted.
    const row = {
      id: newId('job'),
      name: type.name,
      payload: JSON.stringify(payload ?? null),
      status: 'queued' as const,
      dedupe_key: options.key ?? null,
      attempts: 0,
      max_attempts: type.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      run_at: isoIn(options.delayMs ?? 0),
      created_at: now,
      updated_at: now,
    };
    if (options.key === undefined) await this.database.db.insertInto('jobs').values(row).execute();
    const id =
      options.key === undefined ? row.id : await enqueueKeyed(this.database, row, options.key, options.whileRunning);
    this.wake();
    return id;
  }

  work(handlers: JobHandler[]): void {
    if (this.handlers.size > 0) throw new Error('SqlQueue.work() was already called');
    for (const handler of handlers) this.handlers.set(handler.type.name, handler);
    this.wake();
  }

  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.timer);
    await this.polling;
    // Handlers are never interrupted: a half-done job would run again anyway,
    // and letting it finish avoids the repeat.
    while (this.running.size > 0) await Promise.all(this.running);
  }

  /** Fills free slots now; called on work(), enqueue, a finished handler, and every pollMs. */
  private wake(): void {
    if (this.handlers.size === 0 || this.closing) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    clearTimeout(this.timer);
    this.polling = this.fill().finally(() => {
      this.polling = undefined;
      const again = this.pollAgain;
      this.pollAgain = false;
      if (again) this.wake();
      else if (!this.closing) this.timer = setTimeout(() => this.wake(), this.options.pollMs ?? 500);
    });
  }

  private async fill(): Promise<void> {
    try {
      while (!this.closing && this.running.size < this.options.concurrency) {
        const now = Date.now();
        const row = await claimNextJob(this.database, {
          claimedBy: `${this.workerId}:${randomBase62(8)}`,
          names: [...this.handlers.keys()],
          now: isoIn(0, now),
          lockedUntil: isoIn(this.options.leaseMs, now),
        });
        if (!row) return;
        const run: Promise<void> = this.run(row)
          .catch((err) => this.logger.error({ err, jobId: row.id }, 'job queue: could not record a job result'))
          .finally(() => {
            this.running.delete(run);
            this.wake();
          });
        this.running.add(run);
      }
    } catch (err) {
      this.logger.error({ err }, 'job queue: claiming a job failed');
    }
  }

  private async run(row: JobRow): Promise<void> {
    const claim: Claim = { id: row.id, claimedBy: row.locked_by! };
    const handler = this.handlers.get(row.name)!; // the claim only takes names we handle
    const parsed = handler.type.schema.safeParse(parseJson(row.payload));
    if (!parsed.success) {
      return this.end(claim, { status: 'failed', last_error: `Invalid payload: ${z.prettifyError(parsed.error)}` });
    }
    // Claimed past its last attempt means every attempt died with its worker:
    // running it yet again could take this worker down too.
    if (row.attempts > row.max_attempts) {
      return this.failForGood(claim, handler, parsed.data, 'Worker lost (lease expired) on the last attempt');
    }
    const heartbeat = setInterval(() => this.extendLease(claim), Math.max(1, Math.floor(this.options.leaseMs / 3)));
    try {
      await handler.handle(parsed.data, { jobId: row.id, attempt: row.attempts });
    } catch (err) {
      this.logger.error({ err, jobId: row.id, name: row.name, attempt: row.attempts }, 'job failed');
      const lastError = (err instanceof Error ? err.message : String(err)).slice(0, 2000);
      return row.attempts < row.max_attempts
        ? this.retry(claim, {
            status: 'queued',
            run_at: isoIn(retryDelayMs(row.attempts, this.options.retryBaseMs)),
            last_error: lastError,
          })
        : this.failForGood(claim, handler, parsed.data, lastError);
    } finally {
      clearInterval(heartbeat);
    }
    return this.end(claim, { status: 'done' });
  }

  private async failForGood(claim: Claim, handler: JobHandler, payload: unknown, error: string): Promise<void> {
    await this.end(claim, { status: 'failed', last_error: error });
    await handler.onFailed?.(payload, error);
  }

  // A retry keeps a run asked for meanwhile: it follows the job's end.
  private async retry(claim: Claim, values: JobUpdate & { status: 'queued' }): Promise<void> {
    this.noteLost(
      claim,
      await updateClaimedJob(this.database, claim, { ...values, locked_by: null, locked_until: null }),
    );
  }

  private async end(claim: Claim, ending: Ending): Promise<void> {
    this.noteLost(claim, await finishClaimedJob(this.database, claim, ending));
  }

  private noteLost(claim: Claim, lost: boolean): void {
    if (lost)
      this.logger.error({ jobId: claim.id }, 'job queue: lease lost before the job finished; another worker took it');
  }

  private extendLease(claim: Claim): void {
    updateClaimedJob(this.database, claim, { locked_until: isoIn(this.options.leaseMs) })
      .then(
        (lost) =>
          lost && this.logger.error({ jobId: claim.id }, 'job queue: lease lost while the job runs; it may run twice'),
      )
      .catch((err) => this.logger.error({ err, jobId: claim.id }, 'job queue: extending a lease failed'));
  }
}

// Corrupt JSON becomes undefined, which fails the schema: an "Invalid payload" error.
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
