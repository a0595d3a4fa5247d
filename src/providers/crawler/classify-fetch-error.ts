import { BLOCKED_ADDRESS_CODE } from './safe-lookup.js';

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
]);

/** How a thrown fetch error is reported for the URL. */
export interface ClassifiedFetchError {
  reason: 'blocked_address' | 'timeout' | 'network_error';
  detail: string;
}

/**
 * Turns whatever undici or the socket threw into a reason a person can act
 * on. `deadlinePassed` is checked first: after our own deadline the error is
 * just an abort, and the useful fact is the time limit.
 */
export function classifyFetchError(error: unknown, deadlinePassed: boolean, timeoutMs: number): ClassifiedFetchError {
  if (deadlinePassed) return { reason: 'timeout', detail: `no complete response within ${timeoutMs} ms` };
  // undici may wrap the socket error, so look down the cause chain.
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code === BLOCKED_ADDRESS_CODE) return { reason: 'blocked_address', detail: current.message };
    if (code && TIMEOUT_CODES.has(code)) return { reason: 'timeout', detail: `${code}: ${current.message}` };
  }
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return { reason: 'network_error', detail: code ? `${code}: ${message}` : message };
}
