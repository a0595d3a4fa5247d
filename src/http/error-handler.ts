import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type DomainFailure } from '../lib/domain-error.js';
import { ApiError, type ErrorBody, type ErrorCode } from './api-error.js';

/** Renders any error, from any layer, as the one envelope. */
export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const apiError = malformedForm(error, request) ?? toApiError(error);
  if (apiError.status >= 500) request.log.error({ err: error }, 'request failed');
  sendError(reply, request, apiError);
}

function sendError(reply: FastifyReply, request: FastifyRequest, error: ApiError): void {
  const body: ErrorBody = { error: { code: error.code, message: error.message, status: error.status } };
  if (error.param) body.error.param = error.param;
  body.error.request_id = request.id;
  // Also here: a request refused before any hook ran (a malformed URL) still gets its id.
  reply.header('x-request-id', request.id);
  reply.code(error.status).type('application/json; charset=utf-8').send(body);
}

const FASTIFY_CODES: Record<string, (e: FastifyError) => ApiError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    new ApiError('payload_too_large', 'The request body is larger than this endpoint accepts.'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (e) =>
    new ApiError(
      'unsupported_media_type',
      `Unsupported Content-Type. Send JSON with Content-Type: application/json.${detail(e)}`,
    ),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new ApiError('invalid_request', 'The Content-Length header does not match the body.'),
  FST_ERR_CTP_EMPTY_TYPE: () => new ApiError('unsupported_media_type', 'The Content-Type header is empty.'),
  FST_ERR_CTP_INVALID_TYPE: () => new ApiError('unsupported_media_type', 'The Content-Type header is not valid.'),
  FST_ERR_BAD_URL: () => new ApiError('invalid_request', 'The request URL is malformed.'),
};

/**
 * A multipart/form-data body the form parser cannot read: a Content-Type
 * without its boundary (busboy throws a plain Error), or a body that ends
 * before the form does (its file stream closes early). The client's fault,
 * not a 500.
 */
function malformedForm(error: unknown, request: FastifyRequest): ApiError | undefined {
  if (!/^multipart\/form-data/i.test(request.headers['content-type'] ?? '') || !(error instanceof Error))
    return undefined;
  if (error.message === 'Multipart: Boundary not found')
    return new ApiError('unsupported_media_type', 'The Content-Type multipart/form-data names no boundary.');
  if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE')
    return new ApiError('invalid_request', 'The multipart/form-data body ends before its closing boundary.');
  return undefined;
}

function detail(e: FastifyError): string {
  const type = /: (.+)$/.exec(e.message)?.[1];
  return type ? ` Received: ${type}.` : '';
}

/** The public code of each failure a lower layer reports. */
const DOMAIN_CODES: Record<DomainFailure, ErrorCode> = {
  model_unavailable: 'llm_unavailable',
  too_large: 'payload_too_large',
};

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) return new ApiError(DOMAIN_CODES[error.kind], error.message);
  if (hasZodFastifySchemaValidationErrors(error)) return fromValidation(error);
  const fastifyError = error as Partial<FastifyError>;
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped) return mapped(fastifyError as FastifyError);
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) return new ApiError('invalid_request', 'The request could not be understood.');
  return new ApiError(
    'internal_error',
    'An unexpected error occurred. Please try again; if it persists, contact support with the request_id.',
  );
}

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message: string;
  params: { keys?: string[]; expected?: string };
}

function fromValidation(error: { validation: unknown[]; validationContext?: string }): ApiError {
  const issue = error.validation[0] as ValidationIssue;
  const where = error.validationContext === 'querystring' ? 'query parameter' : 'parameter';
  if (issue.keyword === 'unrecognized_keys') {
    const keys = issue.params.keys ?? [];
    const names = keys.map((k) => `'${k}'`).join(', ');
    return new ApiError('unknown_parameter', `Unknown ${where}${keys.length > 1 ? 's' : ''}: ${names}.`, keys[0]);
  }
  const param = issue.instancePath.slice(1).replaceAll('/', '.');
  if (!param) {
    const what = error.validationContext === 'body' ? 'The request body' : 'The request';
    return new ApiError('invalid_request', `${what} must be a JSON object.`);
  }
  if (issue.keyword === 'invalid_type' && /received undefined/.test(issue.message)) {
    return new ApiError('invalid_request', `Missing required ${where}: '${param}'.`, param);
  }
  const message = issue.message.startsWith(param) ? issue.message : `Invalid ${where} '${param}': ${issue.message}`;
  return new ApiError('invalid_request', message, param);
}
