import { GrivoError } from './errors.js';

/** The longest `Retry-After` the SDK waits for by itself; a longer one is the caller's decision. */
export const MAX_RETRY_AFTER_SECONDS = 60;

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/**
 * How long to wait before retry number `attempt` (0 for the first retry), or
 * undefined when the server asked for longer than the SDK waits by itself.
 * `Retry-After` is honoured, plus up to 10% of jitter so clients told the
 * same second do not all come back at once; without it, exponential backoff
 * with jitter (half to all of 0.5s, 1s, 2s… up to 8s).
 */
export function retryDelayMs(attempt: number, retryAfterSeconds: number | undefined): number | undefined {
  if (retryAfterSeconds !== undefined) {
    if (retryAfterSeconds > MAX_RETRY_AFTER_SECONDS) return undefined;
    const ms = retryAfterSeconds * 1000;
    return ms + Math.random() * Math.max(ms * 0.1, 100);
  }
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  return ceiling * (0.5 + Math.random() * 0.5);
}

/** Waits `ms`, or rejects with an `aborted` GrivoError as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The error a call the caller aborted ends with. */
export function abortedError(signal: AbortSignal | undefined): GrivoError {
  return new GrivoError({
    code: 'aborted',
    message: 'The request was aborted.',
    status: 0,
    cause: signal?.reason,
  });
}
