import type { ApiMethod, ApiPath, Operation, paths, QueryParams, RequestBody, ResponseBody } from '@grivo/sdk';

/** A failed call, in the API's own words; `errorText` (error-text.ts) turns it into a sentence for people. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly param?: string,
    /** Made by the page itself, already in plain words (a check before sending): shown as is. */
    readonly local = false,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  /** A problem the page found before sending, worded for people, about the field `param`. */
  static plain(message: string, param?: string): ApiFailure {
    return new ApiFailure('invalid_request', message, 400, param, true);
  }
}

/** The methods the OpenAPI document gives `path`. */
export type MethodOf<P extends ApiPath> = {
  [M in ApiMethod]: [NonNullable<paths[P][M]>] extends [never] ? never : M;
}[ApiMethod];

/** The paths that answer `method`. */
export type PathWith<M extends ApiMethod> = { [P in ApiPath]: M extends MethodOf<P> ? P : never }[ApiPath];

/** The `{name}` parameters of an operation's path: `{ id: string }`. */
type PathParams<P extends ApiPath, M extends ApiMethod> =
  Operation<P, M> extends { parameters: { path: infer T } } ? T : never;

/** Whether an operation has this part: `never` (or `unknown`) means it has none. */
type Documented<T> = [T] extends [never] ? false : unknown extends T ? false : true;

/** `params` when the path has `{name}`s to fill, and only then. */
export type ParamsOption<P extends ApiPath, M extends ApiMethod> =
  Documented<PathParams<P, M>> extends true ? { params: PathParams<P, M> } : { params?: undefined };

type QueryOption<P extends ApiPath, M extends ApiMethod> =
  Documented<QueryParams<P, M>> extends true ? { query?: QueryParams<P, M> } : { query?: undefined };

type BodyOption<P extends ApiPath, M extends ApiMethod> =
  Documented<RequestBody<P, M>> extends true
    ? Operation<P, M> extends { requestBody: unknown }
      ? { body: RequestBody<P, M> }
      : { body?: RequestBody<P, M> }
    : { body?: undefined };

/** What a call to `method path` takes, each part typed by the OpenAPI document. */
export type CallOptions<P extends ApiPath, M extends ApiMethod> = ParamsOption<P, M> &
  QueryOption<P, M> &
  BodyOption<P, M> & { signal?: AbortSignal };

/** The options as a rest parameter: left out altogether when nothing in them is required. */
type OptionsArg<O> = Partial<O> extends O ? [options?: O] : [options: O];

type Query = Record<string, string | number | boolean | undefined | null | string[]>;

/** The untyped shape every typed option set is, inside this file. */
interface LooseOptions {
  params?: Record<string, string>;
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
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

/** `path` with each `{name}` replaced by its parameter, URL-encoded. */
function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${path} needs its ${name} parameter.`);
    return encodeURIComponent(value);
  });
}

/** The URL of a documented GET (a download link, say), its parameters filled and its query added. */
export function urlOf<P extends PathWith<'get'>>(path: P, ...[options]: OptionsArg<CallOptions<P, 'get'>>): string;
export function urlOf(path: string, options: LooseOptions = {}): string {
  return urlFor(path, options);
}

function urlFor(path: string, { params, query }: LooseOptions): string {
  return withQuery(fillPath(path, params), query);
}

function headersFor(method: string, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (json) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

/** The error envelope every failed call answers with. */
interface ErrorEnvelope {
  error?: { code: string; message: string; status: number; param?: string };
}

/** The error a response carries, in plain words whatever went wrong. */
export async function failureOf(res: Response): Promise<ApiFailure> {
  const body: ErrorEnvelope | null = await res.json().catch(() => null);
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

/**
 * Calls the Grivo API with the session cookie: `call('patch', '/v1/chatbots/{id}', { params: { id }, body })`.
 * The path parameters, query, body and answer are typed by the OpenAPI document; ApiFailure on any error.
 */
export function call<P extends ApiPath, M extends MethodOf<P>>(
  method: M,
  path: P,
  ...[options]: OptionsArg<CallOptions<P, M>>
): Promise<ResponseBody<P, M>>;
export function call(method: ApiMethod, path: string, options: LooseOptions = {}): Promise<unknown> {
  return send(method.toUpperCase(), path, options);
}

async function send(verb: string, path: string, options: LooseOptions): Promise<unknown> {
  const url = urlFor(path, options);
  const attempt = async () => {
    try {
      return await fetch(url, {
        method: verb,
        credentials: 'same-origin',
        headers: headersFor(verb, options.body !== undefined),
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiFailure('network_error', NETWORK, 0);
    }
  };
  let res = await attempt();
  // A read refused by the rate limit (a page polling for progress) waits as told and tries once more.
  const wait = Number(res.headers.get('retry-after'));
  if (res.status === 429 && verb === 'GET' && wait > 0 && wait <= 30) {
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    res = await attempt();
  }
  if (!res.ok) throw await failureOf(res);
  if (res.status === 204) return undefined;
  return res.json();
}

/** A GET ready to run, named by its URL: what `useApi` loads (and loads again when the URL changes). */
export interface Read<T> {
  key: string;
  run(signal?: AbortSignal): Promise<T>;
}

/** The GET of `path` as a `Read`, for `useApi` (or to run once). */
export function read<P extends PathWith<'get'>>(
  path: P,
  ...[options]: OptionsArg<CallOptions<P, 'get'>>
): Read<ResponseBody<P, 'get'>>;
export function read(path: string, options: LooseOptions = {}): Read<unknown> {
  return { key: urlFor(path, options), run: (signal) => send('GET', path, { ...options, signal }) };
}

/** A multipart upload: the form, a progress callback (fetch cannot report one), and the path's parameters. */
export type Upload<P extends ApiPath> = ParamsOption<P, 'post'> & {
  form: FormData;
  onProgress(sent: number, total: number): void;
};

/** POSTs a multipart form to `path` with upload progress; answers what the path's POST answers. */
export function upload<P extends PathWith<'post'>>(path: P, options: Upload<P>): Promise<ResponseBody<P, 'post'>>;
export function upload(
  path: string,
  {
    params,
    form,
    onProgress,
  }: { params?: Record<string, string>; form: FormData; onProgress: Upload<ApiPath>['onProgress'] },
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', fillPath(path, params));
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.onerror = () => reject(new ApiFailure('network_error', NETWORK, 0));
    xhr.onload = () => {
      const res = new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText });
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText || 'null'));
      else failureOf(res).then(reject, reject);
    };
    xhr.send(form);
  });
}
