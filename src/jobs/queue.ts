import type { z } from 'zod';

/** What a handler learns about the run it is in. */
export interface JobContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
}

/**
 * A background task: a unique name, the schema of its payload, and an
 * idempotent handler (a job may run again after a crash).
 */
export interface JobDefinition<P = unknown> {
  name: string;
  schema: z.ZodType<P>;
  handler(payload: P, ctx: JobContext): Promise<void>;
  /** Runs before the job is marked failed for good (default 5). */
  maxAttempts?: number;
  /**
   * Runs once when the job has failed for good — its last attempt threw, or
   * its worker died on every attempt — so what it worked on can say so.
   */
  onFailed?(payload: P, error: string): Promise<void>;
}

export function defineJob<P>(job: JobDefinition<P>): JobDefinition<P> {
  return job;
}

export interface EnqueueOptions {
  /** Run no earlier than this many ms from now. */
  delayMs?: number;
  /** While a job with this key is waiting or running, enqueueing it again returns the same job. */
  key?: string;
}

/** The job queue every background task goes through: SQL-backed (embedded) or BullMQ (Redis). */
export interface Queue {
  enqueue<P>(job: JobDefinition<P>, payload: P, options?: EnqueueOptions): Promise<string>;
  /** Starts working the given jobs in this process until close(). */
  work(jobs: JobDefinition<any>[]): void;
  /** Stops taking jobs, waits for running ones, releases connections. */
  close(): Promise<void>;
}

/** Delay before retry number `attempt` (1-based): 1s, 2s, 4s … capped at 10 min, with ±20 % jitter. */
export function retryDelayMs(attempt: number, baseMs = 1000): number {
  const exp = Math.min(baseMs * 2 ** (attempt - 1), 600_000);
  return Math.round(exp * (0.8 + Math.random() * 0.4));
}

export const DEFAULT_MAX_ATTEMPTS = 5;
