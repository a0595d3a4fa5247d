import { errorFromResponse, GrivoError } from './errors.js';
import { queryString } from './query.js';
import { uuid } from './uuid.js';
import { abortedError, retryDelayMs, sleep } from './retry.js';

/** The `fetch` the SDK calls: the global one unless the client is given another. */
export type FetchFunction = (input: string, init?: RequestInit) => Promise<Response>;

/** Per-call settings, the last argument of every method. */
export interface RequestOptions {
  /** Aborts the call (and its retries, and a stream being read). */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
  /** The `Idempotency-Key` of a POST; a random UUID by default, the same on every retry. */
  idempotencyKey?: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** A request body: JSON, or bytes with their content type (`replayable` when it can be sent again). */
export type RequestPayload =
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; value: Blob | Uint8Array | string | ReadableStream<Uint8Array>; contentType: string };

/** One API call as a resource method describes it. */
export interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: object | undefined;
  body?: RequestPayload | undefined;
  accept?: string;
  options?: RequestOptions | undefined;
}

/** The client's settings the transport needs. */
export interface TransportConfig {
  apiKey: string;
  baseUrl: string;
  maxRetries: number;
  timeoutMs: number;
  fetch: FetchFunction;
}

type Outcome<T> = { value: T } | { error: GrivoError };

const IDEMPOTENT_METHODS = new Set(['GET', 'DELETE']);

/** Sends calls: auth, retries with the same Idempotency-Key, timeouts, and errors as GrivoError. */
export class Transport {
  constructor(private readonly config: TransportConfig) {}

  /** The call's JSON response. */
  json<T>(call: Call): Promise<T> {
    return this.run(call, true, async (response) => {
      if (response.status === 204) return undefined as T;
      const text = await response.text();
      try {
        return JSON.parse(text) as T;
      } catch {
        throw new GrivoError({
          code: 'invalid_response',
          message: `The server answered ${response.status} with a body that is not JSON.`,
          status: response.status,
          requestId: response.headers.get('x-request-id') ?? undefined,
        });
      }
    });
  }

  /** The call's response, its body unread: the timeout stops once the headers arrive. */
  stream(call: Call): Promise<Response> {
    return this.run(call, false, async (response) => response);
  }

  private async run<T>(call: Call, buffered: boolean, read: (response: Response) => Promise<T>): Promise<T> {
    const options = call.options ?? {};
    const maxRetries = options.maxRetries ?? this.config.maxRetries;
    // Every POST carries a key, reused on each retry: the server replays the
    // first response instead of acting twice.
    const key = call.method === 'POST' ? (options.idempotencyKey ?? uuid()) : undefined;
    const safe = IDEMPOTENT_METHODS.has(call.method) || key !== undefined;
    // A stream body is gone once sent: such a call is never retried.
    const replayable = !(call.body?.kind === 'raw' && call.body.value instanceof ReadableStream);
    const url = `${this.config.baseUrl}${call.path}${queryString(call.query)}`;
    const init = this.init(call, key);
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(url, init, options, buffered, read);
      if ('value' in outcome) return outcome.value;
      const { error } = outcome;
      if (attempt >= maxRetries || !replayable || !retryable(error, safe, key)) throw error;
      const delay = retryDelayMs(attempt, error.retryAfter);
      if (delay === undefined) throw error;
      await sleep(delay, options.signal);
    }
  }

  private init(call: Call, key: string | undefined): RequestInit {
    const headers = new Headers({
      authorization: `Bearer ${this.config.apiKey}`,
      accept: call.accept ?? 'application/json',
    });
    if (key !== undefined) headers.set('idempotency-key', key);
    let body: RequestInit['body'];
    if (call.body?.kind === 'json' && call.body.value !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(call.body.value);
    } else if (call.body?.kind === 'raw') {
      headers.set('content-type', call.body.contentType);
      body = call.body.value as RequestInit['body'];
    }
    for (const [name, value] of Object.entries(call.options?.headers ?? {})) headers.set(name, value);
    // Node's fetch sends a stream body only when told it is half duplex.
    const duplex = body instanceof ReadableStream ? { duplex: 'half' } : {};
    return { method: call.method, headers, body, ...duplex } as RequestInit;
  }

  private async attempt<T>(
    url: string,
    init: RequestInit,
    options: RequestOptions,
    buffered: boolean,
    read: (response: Response) => Promise<T>,
  ): Promise<Outcome<T>> {
    const { signal } = options;
    if (signal?.aborted) throw abortedError(signal);
    const controller = new AbortController();
    const timeoutMs = options.timeoutMs ?? this.config.timeoutMs;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let streaming = false;
    try {
      const response = await this.config.fetch(url, { ...init, signal: controller.signal });
      if (!response.ok) return { error: await errorFromResponse(response) };
      if (!buffered) {
        clearTimeout(timer);
        streaming = true;
      }
      return { value: await read(response) };
    } catch (thrown) {
      if (thrown instanceof GrivoError) throw thrown;
      if (signal?.aborted) throw abortedError(signal);
      if (timedOut) {
        return {
          error: new GrivoError({
            code: 'timeout',
            message: `No answer from ${url} within ${timeoutMs} ms.`,
            status: 0,
            cause: thrown,
          }),
        };
      }
      return { error: networkError(url, thrown) };
    } finally {
      clearTimeout(timer);
      // A stream being read stays abortable by the caller's signal.
      if (!streaming) signal?.removeEventListener('abort', onAbort);
    }
  }
}

function retryable(error: GrivoError, safe: boolean, key: string | undefined): boolean {
  // A 429 is refused before anything runs: any call may try again.
  if (error.status === 429) return true;
  if (error.code === 'network_error' || error.code === 'timeout' || error.status >= 500) return safe;
  // The first attempt of this very call is still running on the server.
  return error.code === 'idempotency_key_in_use' && key !== undefined;
}

function networkError(url: string, thrown: unknown): GrivoError {
  const cause = (thrown as { cause?: { message?: string; code?: string } } | undefined)?.cause;
  const detail = cause?.code ?? cause?.message ?? (thrown instanceof Error ? thrown.message : String(thrown));
  return new GrivoError({
    code: 'network_error',
    message: `Could not reach ${new URL(url).origin} (${detail}).`,
    status: 0,
    cause: thrown,
  });
}
