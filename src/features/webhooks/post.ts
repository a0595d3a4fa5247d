import http from 'node:http';
import https from 'node:https';
import { checkUrl } from '../../providers/crawler/ssrf.js';
import { createSafeLookup, type ResolveHost } from '../../providers/crawler/safe-lookup.js';

export interface PostResult {
  /** The HTTP status, when the receiver answered. */
  status: number | null;
  /** Why the attempt failed, when it did (short). */
  error: string | null;
  durationMs: number;
}

export interface PostOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  resolveHost?: ResolveHost | undefined;
}

const MAX_ERROR_LENGTH = 200;

/**
 * POSTs `body` to `url` once: no redirect followed (a 3xx is a failure), the
 * crawler's address rules at connect time, one timeout for the whole exchange.
 * Never throws: a network error or timeout comes back as `error`.
 */
export function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<PostResult> {
  const started = performance.now();
  const done = (status: number | null, error: string | null): PostResult => ({
    status,
    error: error && error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH - 1)}…` : error,
    durationMs: Math.round(performance.now() - started),
  });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(done(null, 'the URL is not valid'));
  }
  const refusal = checkUrl(target, { allowPrivate: options.allowPrivate });
  if (refusal) return Promise.resolve(done(null, `refused: ${refusal.detail}`));
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: createSafeLookup({ allowPrivate: options.allowPrivate }, options.resolveHost),
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // The body is not read beyond what arrives; the status is the answer.
        response.resume();
        response.on('error', () => {});
        const ok = status >= 200 && status < 300;
        const error = ok
          ? null
          : status >= 300 && status < 400
            ? `HTTP ${status}: redirects are not followed${response.headers.location ? ` (to ${response.headers.location})` : ''}`
            : `HTTP ${status}`;
        settle(done(status, error));
      },
    );
    const timer = setTimeout(() => {
      settle(done(null, `no answer within ${Math.round(options.timeoutMs / 1000)} s`));
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => {
      settle(
        done(
          null,
          error.code && !error.message.includes(error.code) ? `${error.code}: ${error.message}` : error.message,
        ),
      );
    });
    request.end(body);
  });
}
