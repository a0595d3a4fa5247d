import type { FastifyContextConfig, FastifyRequest, RouteOptions } from 'fastify';
import type { Plan } from '../config.js';
import { ApiError } from './api-error.js';

/** The authenticated caller of a request: an API key, or a user signed in to the dashboard. */
export interface Principal {
  workspaceId: string;
  plan: Plan;
  keyId: string | null;
  userId: string | null;
  /** The signed-in user's role in the workspace; null for an API key, which may do everything. */
  role: Role | null;
}

/** What a member of a workspace may do: `member`s use it; `admin`s also manage it; one `owner` also hands it over. */
export type Role = 'owner' | 'admin' | 'member';

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
    /**
     * The least role a signed-in user needs for this route (API keys pass), checked by
     * `enforceRole`, the one hook that does; `action` completes "Only an owner or admin can …".
     */
    role?: { least: 'admin' | 'owner'; action: string };
  }
}

/** The authenticated caller; every non-public /v1 route has one by the time its handler runs. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new ApiError('missing_api_key', 'No API key provided.');
  return request.principal;
}

/**
 * Refuses a signed-in user whose role is not among `roles` (an API key passes):
 * `action` completes "Only an owner or admin can …".
 */
function requireRole(request: FastifyRequest, roles: readonly Role[], action: string): Principal {
  const principal = requirePrincipal(request);
  if (principal.role !== null && !roles.includes(principal.role)) {
    const who = roles.length === 1 ? `an ${roles[0]}` : `an ${roles.slice(0, -1).join(', ')} or ${roles.at(-1)}`;
    throw new ApiError('forbidden', `Only ${who} of this workspace can ${action}. Ask one of them.`);
  }
  return principal;
}

const ALLOWED: Record<'admin' | 'owner', readonly Role[]> = { admin: ['owner', 'admin'], owner: ['owner'] };

/**
 * The one check of a route's `config.role`: a signed-in user below that role
 * gets 403 `forbidden`. `guardRoles` attaches it to the routes that declare a
 * role, so the others (every API-key request) pay nothing for it.
 */
export async function enforceRole(request: FastifyRequest): Promise<void> {
  const needed = request.routeOptions.config?.role;
  if (needed && request.principal) requireRole(request, ALLOWED[needed.least], needed.action);
}

/** An `onRoute` hook: a route whose config names a role gets `enforceRole` before its own preHandlers. */
export function guardRoles(route: RouteOptions): void {
  if (!(route.config as FastifyContextConfig | undefined)?.role) return;
  const own = route.preHandler === undefined ? [] : ([] as unknown[]).concat(route.preHandler);
  route.preHandler = [enforceRole, ...(own as Array<typeof enforceRole>)];
}
