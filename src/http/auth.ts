import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config, Plan } from '../config.js';
import { clearSessionCookie, SESSION_COOKIE } from '../features/accounts/cookie.js';
import { csrfMatches, resolveSession } from '../features/accounts/service.js';
import { authenticateKey } from '../features/api-keys/service.js';
import { ApiError } from '../lib/api-error.js';
import type { RateLimiter } from '../rate-limit/limiter.js';
import type { Database } from '../storage/database.js';
import { rateLimited, setRateLimitHeaders } from './rate-limit.js';

const BEARER = /^Bearer +([^\s]+) *$/i;
const QUERY_KEY_PARAMS = /[?&](api_key|apikey|key|access_token|token)=/i;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves `Authorization: Bearer KEY` to a principal or, without that header,
 * the dashboard's session cookie: one set of routes and rules for both.
 * Failed key attempts are counted per IP address; once over the limit, every
 * attempt from that address is refused (valid key or not) until the window
 * moves on, so keys cannot be guessed.
 */
export function authenticate(deps: { database: Database; limiter: RateLimiter; config: Pick<Config, 'rateLimit'> }) {
  const { database, limiter } = deps;
  const failures = { limit: deps.config.rateLimit.authFailures, windowMs: deps.config.rateLimit.windowMs };
  return async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (request.routeOptions.config.public) return;
    const failKey = `authfail:${request.ip}`;
    const lockout = await limiter.peek(failKey, failures);
    setRateLimitHeaders(reply, lockout);
    if (!lockout.allowed)
      throw rateLimited(reply, lockout, 'Too many failed authentication attempts from your address.');

    const header = request.headers.authorization;
    if (header === undefined || header.trim() === '') {
      const token = request.cookies[SESSION_COOKIE];
      if (token) return authenticateSession(database, request, reply, token);
      reply.header('www-authenticate', 'Bearer');
      const message = QUERY_KEY_PARAMS.test(request.url)
        ? 'API keys are not accepted in the query string. Send it in the header: Authorization: Bearer YOUR_API_KEY.'
        : 'No API key provided. Send it in the header: Authorization: Bearer YOUR_API_KEY.';
      throw new ApiError('missing_api_key', message);
    }
    const secret = BEARER.exec(header)?.[1];
    const principal = secret ? await authenticateKey(database.db, secret) : null;
    if (!principal) {
      const counted = await limiter.consume(failKey, failures);
      setRateLimitHeaders(reply, counted);
      reply.header('www-authenticate', 'Bearer error="invalid_token"');
      if (!counted.allowed)
        throw rateLimited(reply, counted, 'Too many failed authentication attempts from your address.');
      throw secret
        ? new ApiError('invalid_api_key', 'The API key provided is invalid.')
        : new ApiError('invalid_api_key', 'The Authorization header must be: Bearer YOUR_API_KEY.');
    }
    request.principal = principal;
  };
}

/**
 * A dashboard request: the session must be live and, for anything but a read,
 * carry the session's CSRF token in `X-CSRF-Token` — a header no other site's
 * page can set, on top of the SameSite cookie.
 */
export async function authenticateSession(
  database: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): Promise<void> {
  const session = await resolveSession(database.db, token);
  if (!session) {
    clearSessionCookie(request, reply);
    throw new ApiError('not_signed_in', 'Your session has expired or you signed out. Sign in again.');
  }
  if (
    !SAFE_METHODS.has(request.method) &&
    !csrfMatches(session, request.headers['x-csrf-token'] as string | undefined)
  ) {
    throw new ApiError(
      'invalid_csrf_token',
      'This request did not carry the CSRF token of your session (X-CSRF-Token). Reload the page and try again.',
    );
  }
  request.session = { ...session, token };
  request.principal = {
    workspaceId: session.workspace_id,
    plan: session.plan as Plan,
    keyId: null,
    userId: session.user_id,
  };
}
