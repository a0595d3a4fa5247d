import { DelayedError, Queue as BullQueue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { DEFAULT_MAX_ATTEMPTS, type EnqueueOptions, type JobHandler, type JobType, type Queue } from './queue.js';

/** Settings of the Redis-backed queue (scale-out mode). */
export interface BullmqQueueOptions {
  redisUrl: string;
  /** Redis key prefix (default 'grivo'); tests use one of their own. */
  prefix?: string;
  /** Handlers running at once in this process. */
  concurrency: number;
  /** BullMQ lock duration: a dead worker's jobs are moved back and run again after it. */
  leaseMs: number;
  /** Base of the exponential retry delay (default 1000 ms; tests use less). */
  retryBaseMs?: number;
  logger?: { error(obj: unknown, msg?: string): void };
}

const QUEUE_NAME = 'grivo';
// Finished jobs stay a while for inspection; BullMQ prunes them itself.
const KEEP_COMPLETED = { age: 24 * 3600, count: 10_000 };
const KEEP_FAILED = { age: 7 * 24 * 3600 };
// A job that lost its worker more often than this is failed, so a job that
// crashes every worker it touches cannot take the whole fleet down in turn.
const MAX_STALLED_COUNT = DEFAULT_MAX_ATTEMPTS - 1;
// A job this process has no handler for goes back for another worker.
const UNKNOWN_JOB_DELAY_MS = 5000;

/** Queue on Redis through BullMQ: one BullMQ queue, the job name picks the handler. */
export class BullmqQueue implements Queue {
  private readonly prefix: string;
  private readonly retryBaseMs: number;
  private readonly logger: { error(obj: unknown, msg?: string): void };
  // Enqueueing keeps ioredis's bounded retries so a request fails rather than
  // hangs when Redis is down; the worker's connection must retry forever.
  private readonly queueConnection: Redis;
  private readonly queue: BullQueue;
  private workerConnection: Redis | undefined;
  private worker: Worker | undefined;
  private closed: Promise<void> | undefined;

  constructor(private readonly options: BullmqQueueOptions) {
    this.prefix = options.prefix ?? 'grivo';
    this.retryBaseMs = options.retryBaseMs ?? 1000;
    this.logger = options.logger ?? { error: (obj, msg) => console.error(msg, obj) };
    this.queueConnection = new Redis(options.redisUrl);
    this.queue = new BullQueue(QUEUE_NAME, { connection: this.queueConnection, prefix: this.prefix });
    this.queue.on('error', (err) => this.logger.error({ err }, 'job queue: redis error'));
  }

  async enqueue<P>(type: JobType<P>, payload: P, options: EnqueueOptions = {}): Promise<string> {
    type.schema.parse(payload);
    const added = await this.queue.add(type.name, payload, {
      attempts: type.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      backoff: { type: 'exponential', delay: this.retryBaseMs, jitter: 0.2 },
      delay: options.delayMs ?? 0,
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
      // Deduplication rather than jobId = key: a custom jobId keeps blocking
      // new jobs while the finished one is retained (and may not contain ':'),
      // whereas a deduplication id is released the moment the job completes
      // or fails for good. BullMQ then returns the id of the job already
      // holding the key. keepLastIfActive is the follow-up run: an add while
      // the holder is active stores this job in Redis (dn:<key>, the latest
      // add wins), and the script that completes or fails the holder for good
      // creates it, holding the key, in the same step — so it survives a
      // crashed worker (the stalled holder runs again, then ends) and never
      // overlaps the holder. Its delay counts from the holder's end.
      ...(options.key === undefined
        ? {}
        : { deduplication: { id: options.key, keepLastIfActive: options.whileRunning !== 'nothing' } }),
    });
    if (!added.id) throw new Error(`BullMQ returned no id for job ${type.name}`);
    return added.id;
  }

  work(jobHandlers: JobHandler[]): void {
    if (this.worker) throw new Error('BullmqQueue.work() was already called');
    const handlers = new Map(jobHandlers.map((handler) => [handler.type.name, handler]));
    this.workerConnection = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
    this.worker = new Worker(QUEUE_NAME, (job, token) => this.process(handlers, job, token), {
      connection: this.workerConnection,
      prefix: this.prefix,
      concurrency: this.options.concurrency,
      lockDuration: this.options.leaseMs,
      // Checking for stalled jobs as often as a lease lasts bounds how long a
      // dead worker's job waits before another worker takes it (~2 leases).
      stalledInterval: this.options.leaseMs,
      maxStalledCount: MAX_STALLED_COUNT,
    });
    this.worker.on('error', (err) => this.logger.error({ err }, 'job queue: worker error'));
    this.worker.on('failed', (job, err) => {
      if (err instanceof DelayedError) return;
      this.logger.error({ err, jobId: job?.id, name: job?.name, attempt: job?.attemptsStarted }, 'job failed');
      if (job)
        void this.afterFailure(handlers, job, err).catch((error) =>
          this.logger.error({ err: error, jobId: job.id }, 'job onFailed failed'),
        );
    });
  }

  close(): Promise<void> {
    this.closed ??= this.release();
    return this.closed;
  }

  private async release(): Promise<void> {
    await this.worker?.close(); // waits for running handlers
    await this.queue.close();
    // BullMQ leaves connections it was given open; they are ours to end.
    const connections = [this.queueConnection, this.workerConnection].filter((c) => c !== undefined);
    await Promise.all(connections.map((c) => c.quit().catch(() => c.disconnect())));
  }

  // 'failed' is emitted for every failed attempt, and also when the stalled
  // check gives up on a job whose worker kept dying; only the job's state says
  // whether it is failed for good.
  private async afterFailure(handlers: Map<string, JobHandler>, job: Job, err: Error): Promise<void> {
    const handler = handlers.get(job.name);
    if (!handler?.onFailed || (await job.getState()) !== 'failed') return;
    const parsed = handler.type.schema.safeParse(job.data);
    if (parsed.success) await handler.onFailed(parsed.data, err.message);
  }

  private async process(handlers: Map<string, JobHandler>, job: Job, token?: string): Promise<void> {
    const handler = handlers.get(job.name);
    if (!handler) {
      await job.moveToDelayed(Date.now() + UNKNOWN_JOB_DELAY_MS, token);
      throw new DelayedError();
    }
    const parsed = handler.type.schema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`Invalid payload: ${z.prettifyError(parsed.error)}`);
    // attemptsStarted counts every start, crashes included, like the SQL queue's attempts.
    await handler.handle(parsed.data, { jobId: job.id ?? '', attempt: job.attemptsStarted });
  }
}
