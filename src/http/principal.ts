import type { FastifyRequest } from 'fastify';
import type { Principal } from '../features/api-keys/service.js';
import type { SessionWithContext } from '../features/accounts/store.js';
import { ApiError } from '../lib/api-error.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, by URL pattern (for 405s, and for tests that check coverage). */
    grivoRoutes: import('./not-found.js').RouteTable;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** Set when the caller signed in to the dashboard (cookie) rather than sending an API key. */
    session: (SessionWithContext & { token: string }) | null;
    idempotencyKey: string | undefined;
  }
  interface FastifyContextConfig {
    /** Served without an API key (rate-limited per IP address instead). */
    public?: boolean;
  }
}

/** The authenticated caller; every non-public /v1 route has one by the time its handler runs. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new ApiError('missing_api_key', 'No API key provided.');
  return request.principal;
}
