import type { FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';
import { describeStringProblem, findTreeProblem, stringProblem, type TreeProblem } from '../lib/well-formed.js';

/** No request body nests deeper than this (fields with a tighter bound, like contact attributes, say so in their schema). */
const MAX_BODY_DEPTH = 32;

/**
 * The headers half of the input rule (see lib/well-formed.ts), before
 * anything reads them: an Idempotency-Key or Origin is stored.
 */
export async function refuseBadHeaders(request: FastifyRequest): Promise<void> {
  for (const [name, value] of Object.entries(request.headers)) {
    for (const text of Array.isArray(value) ? value : [value]) {
      const problem = text === undefined ? undefined : stringProblem(text);
      if (problem)
        throw new ApiError('invalid_parameter', describeStringProblem(`The header '${name}'`, problem), name);
    }
  }
}

/**
 * The rest of the rule, once the route has parsed its input and before its
 * schema runs: path parameters, query parameters and a JSON body hold no NUL
 * or unpaired surrogate, and the body nests at most MAX_BODY_DEPTH levels
 * (so no validator can overflow its stack). The same on every route and
 * both engines: refused with 400 invalid_parameter naming the field.
 */
export async function refuseBadInput(request: FastifyRequest): Promise<void> {
  check(findTreeProblem(request.params, 2), 'path parameter');
  check(findTreeProblem(request.query, 4), 'query parameter');
  if (isParsedJson(request.body)) check(findTreeProblem(request.body, MAX_BODY_DEPTH), 'parameter');
}

function check(found: TreeProblem | undefined, where: string): void {
  if (!found) return;
  const param = found.path || undefined;
  if (found.problem === 'depth') {
    const top = found.path.split('.')[0] || undefined;
    throw new ApiError(
      'invalid_parameter',
      `The request body nests deeper than ${MAX_BODY_DEPTH} levels${top ? ` (in '${top}')` : ''}.`,
      top,
    );
  }
  let what: string;
  if (found.inKey)
    what = param
      ? `A key of the ${where} '${param}'`
      : where === 'parameter'
        ? 'A key of the request body'
        : `The name of a ${where}`;
  else what = param ? `The ${where} '${param}'` : 'The request body';
  throw new ApiError('invalid_parameter', describeStringProblem(what, found.problem), param);
}

// A file upload's body is a stream, left for its route to read.
function isParsedJson(body: unknown): boolean {
  if (typeof body === 'string') return true;
  if (body === null || typeof body !== 'object') return false;
  const proto = Object.getPrototypeOf(body);
  return Array.isArray(body) || proto === Object.prototype || proto === null;
}
