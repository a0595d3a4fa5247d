import type { Dispatcher } from 'undici';
import { BodyTooLargeError, decodeContentEncoding, decodeText, mediaTypeOf } from './decode-body.js';
import { classifyFetchError } from './classify-fetch-error.js';
import { checkUrl, type AddressPolicy } from './ssrf.js';

export const USER_AGENT = 'GrivoBot/1.0 (+https://grivo.io/bot)';
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Why one URL produced no content. Per-URL problems are data, never throws. */
export type FetchSkipReason =
  | 'invalid_url'
  | 'not_html'
  | 'too_large'
  | 'http_status'
  | 'blocked_address'
  | 'redirect_offsite'
  | 'too_many_redirects'
  | 'timeout'
  | 'network_error';

/** The outcome of fetching one URL; `url` is the last URL requested (after redirects). */
export type FetchResult =
  | {
      kind: 'ok';
      url: string;
      status: number;
      contentType: string;
      body: string;
      bytes: Buffer;
      etag: string | null;
      lastModified: string | null;
      contentLanguage: string | null;
    }
  | { kind: 'not_modified'; url: string }
  | { kind: 'skipped'; url: string; reason: FetchSkipReason; detail: string; status?: number };

/** How to fetch one URL. */
export interface FetchOptions {
  /** The crawl's connection pool, built by `createCrawlAgent` with the same policy. */
  agent: Dispatcher;
  policy: AddressPolicy;
  /** Checked on every redirect target (the first URL is the caller's to vet): the same-site rule. */
  isAllowedUrl?: (url: URL) => boolean;
  /** Refuse anything but HTML before reading its body. */
  htmlOnly?: boolean;
  /** Total time for all hops, headers and body. */
  timeoutMs?: number;
  maxBytes?: number;
  /** Validators from an earlier fetch, sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  /** Cancels the whole crawl: an abort rejects with the signal's reason, unlike a timeout. */
  signal?: AbortSignal;
}

/** GETs `target`, following up to five redirects, each re-checked against the address policy and `isAllowedUrl`. */
export async function fetchResource(target: string | URL, options: FetchOptions): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return { kind: 'skipped', url: String(target), reason: 'invalid_url', detail: 'not a valid URL' };
  }
  for (let hop = 0; ; hop++) {
    const refusal = checkUrl(url, options.policy);
    if (refusal) return skip(url, refusal.reason, refusal.detail);
    if (hop > 0 && options.isAllowedUrl && !options.isAllowedUrl(url)) {
      return skip(url, 'redirect_offsite', `redirected to ${url.href}, outside the site`);
    }
    try {
      const response = await options.agent.request({
        origin: url.origin,
        path: url.pathname + url.search,
        method: 'GET',
        headers: requestHeaders(options),
        signal,
      });
      const location = header(response.headers, 'location');
      if (isRedirect(response.statusCode) && location) {
        await discard(response.body);
        if (hop === MAX_REDIRECTS) return skip(url, 'too_many_redirects', `more than ${MAX_REDIRECTS} redirects`);
        const next = URL.canParse(location, url.href) ? new URL(location, url) : null;
        if (!next) return skip(url, 'network_error', `unusable Location header: ${location}`);
        url = next;
        continue;
      }
      return await readResponse(url, response, options);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      const { reason, detail } = classifyFetchError(error, deadline.aborted, timeoutMs);
      return skip(url, reason, detail);
    }
  }
}

async function readResponse(url: URL, response: Dispatcher.ResponseData, options: FetchOptions): Promise<FetchResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const status = response.statusCode;
  if (status === 304) {
    await discard(response.body);
    return { kind: 'not_modified', url: url.href };
  }
  if (status < 200 || status >= 300) {
    await discard(response.body);
    return { kind: 'skipped', url: url.href, reason: 'http_status', detail: `HTTP ${status}`, status };
  }
  const contentType = header(response.headers, 'content-type') ?? '';
  const mediaType = mediaTypeOf(contentType);
  if (options.htmlOnly && mediaType && !HTML_TYPES.has(mediaType)) {
    abandon(response.body);
    return skip(url, 'not_html', `content type ${mediaType}`);
  }
  const declaredLength = Number(header(response.headers, 'content-length'));
  if (declaredLength > maxBytes) {
    abandon(response.body);
    return skip(url, 'too_large', `${declaredLength} bytes, over the ${maxBytes}-byte limit`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      abandon(response.body);
      return skip(url, 'too_large', `over the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk as Buffer);
  }
  let bytes: Buffer;
  try {
    bytes = decodeContentEncoding(Buffer.concat(chunks, size), header(response.headers, 'content-encoding'), maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return skip(url, 'too_large', error.message);
    return skip(url, 'network_error', `cannot decode body: ${(error as Error).message}`);
  }
  // No Content-Type at all: take it as HTML only if it starts like HTML.
  if (options.htmlOnly && !mediaType && !looksLikeHtml(bytes))
    return skip(url, 'not_html', 'no content type, and the body is not HTML');
  return {
    kind: 'ok',
    url: url.href,
    status,
    contentType,
    body: decodeText(bytes, contentType),
    bytes,
    etag: header(response.headers, 'etag') ?? null,
    lastModified: header(response.headers, 'last-modified') ?? null,
    contentLanguage: header(response.headers, 'content-language') ?? null,
  };
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: options.htmlOnly ? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' : '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

// Reads a small unwanted body so the connection can be reused; a big one is cut off.
async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

// Stops reading a body we do not want; the connection closes, and its abort error is expected.
function abandon(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

function looksLikeHtml(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|title|p|div)[\s>]/.test(head);
}

function skip(url: URL, reason: FetchSkipReason, detail: string): FetchResult {
  return { kind: 'skipped', url: url.href, reason, detail };
}
