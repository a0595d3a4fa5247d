import { setTimeout as sleep } from 'node:timers/promises';
import type { Mailer } from './mailer.js';

/** Lets callers through at an even pace, shared by every concurrent caller. */
export interface Throttle {
  /** Resolves at this caller's turn; rejects with `signal.reason` as soon as the signal aborts. */
  take(signal?: AbortSignal): Promise<void>;
}

/**
 * A spaced schedule: turn n is at least 1000 / ratePerSecond ms after turn n-1.
 * Idle time is not saved up, so there is never a burst — not even after a pause.
 */
export function createThrottle(ratePerSecond: number): Throttle {
  if (!(ratePerSecond > 0)) throw new RangeError(`ratePerSecond must be above 0, got ${ratePerSecond}`);
  const interval = 1000 / ratePerSecond;
  let next = 0;
  return {
    async take(signal) {
      signal?.throwIfAborted();
      const now = performance.now();
      const slot = Math.max(now, next);
      next = slot + interval;
      const wait = slot - now;
      // Timers are no finer than 1 ms; the schedule, not the wake-up, keeps the pace.
      if (wait < 1) return;
      try {
        await sleep(wait, undefined, { signal });
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
export function throttleMailer(mailer: Mailer, ratePerSecond: number): Mailer {
  const throttle = createThrottle(ratePerSecond);
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
    close: () => mailer.close(),
  };
}
