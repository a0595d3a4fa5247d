import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimiter } from '../rate-limit/limiter.js';
import { ApiError } from './api-error.js';
import type { Principal } from './principal.js';
import { rateLimited, setRateLimitHeaders } from './rate-limit.js';

const BEARER = /^Bearer +([^\s]+) *$/i;
const QUERY_KEY_PARAMS = /[?&](api_key|apikey|key|access_token|token)=/i;

export interface AuthenticateOptions {
  limiter: RateLimiter;
  /** Failed key attempts allowed per IP address per window. */
  failures: { limit: number; windowMs: number };
  /** The principal of an API key's secret, or null for a key that does not exist or was revoked. */
  verifyKey(secret: string): Promise<Principal | null>;
  /**
   * For a request without an `Authorization` header: null when it carries no
   * session either, else its principal; throws when the session is not valid.
   */
  resolveSession(request: FastifyRequest, reply: FastifyReply): Promise<Principal | null>;
}

/**
 * Resolves `Authorization: Bearer KEY` to a principal or, without that header,
 * the dashboard's session: one set of routes and rules for both.
 * Failed key attempts are counted per IP address; once over the limit, every
 * attempt from that address is refused (valid key or not) until the window
 * moves on, so keys cannot be guessed.
 */
export function authenticate(options: AuthenticateOptions) {
  const { limiter, failures } = options;
  return async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (request.routeOptions.config.public) return;
    const failKey = `authfail:${request.ip}`;
    const lockout = await limiter.peek(failKey, failures);
    setRateLimitHeaders(reply, lockout);
    if (!lockout.allowed)
      throw rateLimited(reply, lockout, 'Too many failed authentication attempts from your address.');

    const header = request.headers.authorization;
    if (header === undefined || header.trim() === '') {
      const fromSession = await options.resolveSession(request, reply);
      if (fromSession) {
        request.principal = fromSession;
        return;
      }
      reply.header('www-authenticate', 'Bearer');
      const message = QUERY_KEY_PARAMS.test(request.url)
        ? 'API keys are not accepted in the query string. Send it in the header: Authorization: Bearer YOUR_API_KEY.'
        : 'No API key provided. Send it in the header: Authorization: Bearer YOUR_API_KEY.';
      throw new ApiError('missing_api_key', message);
    }
    const secret = BEARER.exec(header)?.[1];
    const principal = secret ? await options.verifyKey(secret) : null;
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
