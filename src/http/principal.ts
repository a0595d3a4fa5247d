import type { FastifyRequest } from 'fastify';
import type { Plan } from '../config.js';
import { ApiError } from './api-error.js';

/** The authenticated caller of a request: an API key, or a user signed in to the dashboard. */
export interface Principal {
  workspaceId: string;
  plan: Plan;
  keyId: string | null;
  userId: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, by URL pattern (for 405s, and for tests that check coverage). */
    grivoRoutes: import('./not-found.js').RouteTable;
  }
  interface FastifyRequest {
    principal: Principal | null;
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
