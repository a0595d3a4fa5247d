import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Plan } from '../../config.js';
import { ApiError } from '../../http/api-error.js';
import type { Principal, Role } from '../../http/principal.js';
import type { Database } from '../../storage/database.js';
import { clearSessionCookie, SESSION_COOKIE } from './cookie.js';
import { csrfMatches, resolveSession } from './service.js';
import type { SessionWithContext } from './store.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the caller signed in to the dashboard (cookie) rather than sending an API key. */
    session: (SessionWithContext & { token: string }) | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The session check `http/auth.ts` runs on a request without an API key:
 * null when the request carries no session cookie, else its principal.
 */
export function sessionAuthenticator(database: Database) {
  return async function fromSession(request: FastifyRequest, reply: FastifyReply): Promise<Principal | null> {
    const token = request.cookies[SESSION_COOKIE];
    return token ? authenticateSession(database, request, reply, token) : null;
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
): Promise<Principal> {
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
    role: session.role as Role,
  };
  return request.principal;
}
