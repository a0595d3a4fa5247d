import type { z } from 'zod';

/** What a handler learns about the run it is in. */
export interface JobContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
}

/**
 * A kind of background task, as data: a unique name, the schema of its
 * payload, and how often it may run. Anyone with the queue can enqueue it;
 * what runs it is registered by the worker (`JobHandler`).
 */
export interface JobType<P = unknown> {
  name: string;
  schema: z.ZodType<P>;
  /** Runs before the job is marked failed for good (default 5). */
  maxAttempts?: number;
}

export function defineJobType<P>(type: JobType<P>): JobType<P> {
  return type;
}

/**
 * What runs a job type: an idempotent handler (a job may run again after a
 * crash), built by the worker from its dependencies.
 */
export interface JobHandler<P = unknown> {
  type: JobType<P>;
  handle(payload: P, ctx: JobContext): Promise<void>;
  /**
   * Runs once when the job has failed for good — its last attempt threw, or
   * its worker died on every attempt — so what it worked on can say so.
   */
  onFailed?(payload: P, error: string): Promise<void>;
}

/** A handler for `type`, its payload typed by the type's schema. */
export function handleJob<P>(type: JobType<P>, handler: Omit<JobHandler<P>, 'type'>): JobHandler<P> {
  return { type, ...handler };
}

export interface EnqueueOptions {
  /** Run no earlier than this many ms from now. */
  delayMs?: number;
  /**
   * One job at a time per key, and no request missed. While the key's job
   * waits, enqueueing it again returns that job, unchanged. While it runs,
   * the enqueue asks for one more run after it ends (done or failed for good;
   * a retry is not its end), so a handler that reads what the enqueuer just
   * changed sees it. The requests made during one run make one follow-up run,
   * with the latest request's payload and delay (counted from the request,
   * or from the end of the run, whichever the queue does), never alongside
   * the run before it, holding the key while it waits, and kept across a
   * crash of the worker. Such an enqueue returns the running job's id (the
   * follow-up may get an id of its own). A key names one job type.
   */
  key?: string;
  /**
   * With a key, what an enqueue that finds the key's job running does:
   * 'run-again' (the default, above), or 'nothing' — for an enqueue that only
   * makes sure a job exists (a sweep recovering lost jobs), which changed
   * nothing the running job reads.
   */
  whileRunning?: 'run-again' | 'nothing';
}

/** The job queue every background task goes through: SQL-backed (embedded) or BullMQ (Redis). */
export interface Queue {
  enqueue<P>(type: JobType<P>, payload: P, options?: EnqueueOptions): Promise<string>;
  /** Starts working the jobs these handlers run, in this process, until close(). */
  work(handlers: JobHandler[]): void;
  /** Stops taking jobs, waits for running ones, releases connections. */
  close(): Promise<void>;
}

/** Delay before retry number `attempt` (1-based): 1s, 2s, 4s … capped at 10 min, with ±20 % jitter. */
export function retryDelayMs(attempt: number, baseMs = 1000): number {
  const exp = Math.min(baseMs * 2 ** (attempt - 1), 600_000);
  return Math.round(exp * (0.8 + Math.random() * 0.4));
}

export const DEFAULT_MAX_ATTEMPTS = 5;
