/** The closed set of error codes the API answers with, and their HTTP status. */
export const ERROR_STATUS = {
  invalid_request: 400,
  invalid_json: 400,
  unknown_parameter: 400,
  invalid_template: 400,
  invalid_parameter: 400,
  invalid_token: 400,
  template_limit_exceeded: 400,
  missing_api_key: 401,
  invalid_api_key: 401,
  invalid_credentials: 401,
  invalid_signature: 401,
  not_signed_in: 401,
  plan_limit_exceeded: 403,
  forbidden: 403,
  origin_not_allowed: 403,
  invalid_csrf_token: 403,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  idempotency_key_in_use: 409,
  contact_exists: 409,
  account_exists: 409,
  already_member: 409,
  invalid_campaign_state: 409,
  suppressed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  rate_limit_exceeded: 429,
  internal_error: 500,
  llm_unavailable: 502,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The error envelope every failure is rendered as. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; status: number; param?: string; request_id?: string };
}

/** An expected failure with a public code and message; rendered by the one error handler. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = ERROR_STATUS[code];
  }
}

/** The 404 for an id that does not exist — or belongs to another workspace, which must look the same. */
export function notFound(what: string, id: string, scope = ' in this workspace'): ApiError {
  return new ApiError('not_found', `No ${what} with id '${id}' exists${scope}.`, 'id');
}
