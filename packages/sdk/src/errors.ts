/** The error envelope the API answers every failure with. */
export interface ErrorBody {
  error: { code: string; message: string; status: number; param?: string; request_id?: string };
}

/** What a {@link GrivoError} is made of. */
export interface GrivoErrorInit {
  code: string;
  message: string;
  status: number;
  param?: string | undefined;
  requestId?: string | undefined;
  retryAfter?: number | undefined;
  cause?: unknown;
}

/**
 * Every failure the SDK reports: an API error (its `code`, `status`, `param`
 * and `requestId` as the server sent them), or a failure to reach the server
 * (`network_error`, status 0) or to hear back in time (`timeout`, status 0).
 */
export class GrivoError extends Error {
  override readonly name = 'GrivoError';
  /** The API's error code (`not_found`, `invalid_parameter`…), or `network_error`, `timeout`, `http_error`. */
  readonly code: string;
  /** The HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** The parameter the error is about, when there is one. */
  readonly param: string | undefined;
  /** The request's id (`x-request-id`): quote it to support. */
  readonly requestId: string | undefined;
  /** Seconds the server asked to wait before retrying (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;

  constructor(init: GrivoErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.param = init.param;
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
  }
}

/** The error a non-2xx response stands for, from its body when it is the API's envelope. */
export async function errorFromResponse(response: Response): Promise<GrivoError> {
  const text = await response.text().catch(() => '');
  const headerId = response.headers.get('x-request-id') ?? undefined;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const body = parseErrorBody(text);
  if (body) {
    const { code, message, param, request_id } = body.error;
    return new GrivoError({
      code,
      message,
      status: response.status,
      param,
      requestId: request_id ?? headerId,
      retryAfter,
    });
  }
  // Not the API's envelope: a proxy's page, or a server that is not Grivo.
  const snippet = text.trim().slice(0, 200);
  return new GrivoError({
    code: 'http_error',
    message: `The server answered HTTP ${response.status}${snippet ? `: ${snippet}` : '.'}`,
    status: response.status,
    requestId: headerId,
    retryAfter,
  });
}

function parseErrorBody(text: string): ErrorBody | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<ErrorBody> | null;
    const error = parsed?.error;
    if (error && typeof error.code === 'string' && typeof error.message === 'string') return parsed as ErrorBody;
  } catch {
    // not JSON
  }
  return undefined;
}

/** `Retry-After` in seconds: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - Date.now()) / 1000);
}

/** The error an `error` event of a stream carries. */
export function errorFromEvent(data: unknown, requestId: string | undefined): GrivoError {
  const error = (data as Partial<ErrorBody> | null)?.error;
  return new GrivoError({
    code: typeof error?.code === 'string' ? error.code : 'internal_error',
    message: typeof error?.message === 'string' ? error.message : 'The stream ended with an error.',
    status: typeof error?.status === 'number' ? error.status : 500,
    param: error?.param,
    requestId: error?.request_id ?? requestId,
  });
}
