/** A failed call, in the API's own words: every form shows `message` as is. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** The `{data, total, page}` list shape of every list route. */
export interface List<T> {
  data: T[];
  total: number;
  page: number;
  per_page: number;
  has_more: boolean;
}

let csrfToken: string | undefined;
let onSignedOut: (() => void) | undefined;

/** The session's CSRF token, sent with every call that changes something. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (expired, or signed out elsewhere). */
export function whenSignedOut(callback: () => void): void {
  onSignedOut = callback;
}

type Query = Record<string, string | number | boolean | undefined | null | string[]>;

/** `path` with its query string; empty values are left out, arrays repeat the key. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function headersFor(method: string, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (json) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

/** The error a response carries, in plain words whatever went wrong. */
export async function failureOf(res: Response): Promise<ApiFailure> {
  const body = (await res.json().catch(() => null)) as {
    error?: { code: string; message: string; status: number; param?: string };
  } | null;
  const e = body?.error;
  if (res.status === 401 && onSignedOut && e?.code !== 'invalid_credentials') onSignedOut();
  if (e) return new ApiFailure(e.code, e.message, e.status, e.param);
  return new ApiFailure(
    'http_error',
    `The server answered ${[res.status, res.statusText].filter(Boolean).join(' ')}.`,
    res.status,
  );
}

const NETWORK = 'Could not reach the Grivo server. Check your connection and try again.';

/** Calls the Grivo API with the session cookie; JSON in, JSON out, ApiFailure on any error. */
export async function api<T>(
  path: string,
  options: { method?: string; body?: unknown; query?: Query; signal?: AbortSignal } = {},
): Promise<T> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const send = async () => {
    try {
      return await fetch(withQuery(path, options.query), {
        method,
        credentials: 'same-origin',
        headers: headersFor(method, options.body !== undefined),
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiFailure('network_error', NETWORK, 0);
    }
  };
  let res = await send();
  // A read refused by the rate limit (a page polling for progress) waits as told and tries once more.
  const wait = Number(res.headers.get('retry-after'));
  if (res.status === 429 && method === 'GET' && wait > 0 && wait <= 30) {
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    res = await send();
  }
  if (!res.ok) throw await failureOf(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** POSTs a multipart form with upload progress (fetch cannot report it). */
export function upload<T>(path: string, form: FormData, onProgress: (sent: number, total: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.onerror = () => reject(new ApiFailure('network_error', NETWORK, 0));
    xhr.onload = () => {
      const res = new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText });
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText || 'null') as T);
      else failureOf(res).then(reject, reject);
    };
    xhr.send(form);
  });
}
