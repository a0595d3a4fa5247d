import { setTimeout as sleep } from 'node:timers/promises';
import type { Mailer } from './mailer.js';

/** Lets callers through at an even pace, shared by every concurrent caller. */
export interface Throttle {
  /** Resolves at this caller's turn; rejects with `signal.reason` as soon as the signal aborts. */
  take(signal?: AbortSignal): Promise<void>;
}

/** The time a throttle reads and waits on: the real one, or a test's. */
export interface Clock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Resolves after `ms`; rejects with `signal.reason` when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const REAL_CLOCK: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) => sleep(ms, undefined, { signal }),
};

/**
 * A spaced schedule: turn n is at least 1000 / ratePerSecond ms after turn n-1.
 * Idle time is not saved up, so there is never a burst — not even after a pause.
 */
export function createThrottle(ratePerSecond: number, clock: Clock = REAL_CLOCK): Throttle {
  if (!(ratePerSecond > 0)) throw new RangeError(`ratePerSecond must be above 0, got ${ratePerSecond}`);
  const interval = 1000 / ratePerSecond;
  let next = 0;
  return {
    async take(signal) {
      signal?.throwIfAborted();
      const now = clock.now();
      const slot = Math.max(now, next);
      next = slot + interval;
      const wait = slot - now;
      // Timers are no finer than 1 ms; the schedule, not the wake-up, keeps the pace.
      if (wait < 1) return;
      try {
        await clock.sleep(wait, signal);
      } catch (error) {
        // Hand the turn back when no one has queued behind it.
        if (next === slot + interval) next = slot;
        throw signal?.aborted ? signal.reason : error;
      }
    },
  };
}

/**
 * `mailer`, sending at most `ratePerSecond` messages per second across all
 * callers. Every send uses exactly one turn: one taken ahead by `acquire`, or
 * its own.
 */
export function throttleMailer(mailer: Mailer, ratePerSecond: number, clock: Clock = REAL_CLOCK): Mailer {
  const throttle = createThrottle(ratePerSecond, clock);
  // Turns acquired and not yet used by a send. Capped at the concurrency so
  // turns acquired and then never used cannot pile up into a burst.
  let prepaid = 0;
  return {
    kind: mailer.kind,
    concurrency: mailer.concurrency,
    async acquire(signal) {
      await throttle.take(signal);
      prepaid = Math.min(prepaid + 1, mailer.concurrency);
    },
    async send(message, signal) {
      if (prepaid > 0) prepaid--;
      else await throttle.take(signal);
      return mailer.send(message, signal);
    },
    forget: (keys) => mailer.forget(keys),
    close: () => mailer.close(),
  };
}
