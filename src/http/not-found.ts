import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** The routes registered so far, to tell a wrong method (405) from an unknown path (404). */
export class RouteTable {
  private readonly patterns = new Map<string, { regex: RegExp; methods: Set<string> }>();

  add(method: string | string[], url: string): void {
    let entry = this.patterns.get(url);
    if (!entry) {
      const source = url
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/:[A-Za-z_]\w*/g, '[^/]+')
        .replace(/\*/g, '.*');
      entry = { regex: new RegExp(`^${source}/?$`), methods: new Set() };
      this.patterns.set(url, entry);
    }
    for (const m of Array.isArray(method) ? method : [method]) entry.methods.add(m);
  }

  /** Methods served at this concrete path (empty when no route matches it). */
  methodsFor(path: string): string[] {
    const methods = new Set<string>();
    for (const { regex, methods: ms } of this.patterns.values())
      if (regex.test(path)) ms.forEach((m) => methods.add(m));
    return [...methods].sort();
  }

  urls(): Array<{ url: string; methods: string[] }> {
    return [...this.patterns].map(([url, e]) => ({ url, methods: [...e.methods].sort() }));
  }
}

/**
 * Unknown routes under /v1 are authenticated and rate-limited like known
 * ones (an unauthenticated caller learns nothing about which paths exist).
 */
export function notFoundHandler(deps: { routes: RouteTable; authenticate: Hook; rateLimit: Hook }) {
  return async function notFound(request: FastifyRequest, reply: FastifyReply): Promise<never> {
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/v1' || path.startsWith('/v1/')) {
      await deps.authenticate(request, reply);
      await deps.rateLimit(request, reply);
    }
    const allowed = deps.routes.methodsFor(path).filter((m) => m !== 'HEAD');
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      throw new ApiError(
        'method_not_allowed',
        `${request.method} is not allowed on ${path}. Allowed: ${allowed.join(', ')}.`,
      );
    }
    throw new ApiError('route_not_found', `No route ${request.method} ${path}. See /docs for the API reference.`);
  };
}
