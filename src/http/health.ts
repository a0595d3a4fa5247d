import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error.js';

/**
 * /healthz: the process answers. /readyz: every service it depends on
 * answers too, each within 2 s — `checks` names them (database, Redis…).
 */
export function registerHealth(app: FastifyInstance, checks: Record<string, () => Promise<unknown>>): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async () => {
    const results: Record<string, 'ok' | 'failed'> = {};
    for (const [name, check] of Object.entries(checks)) results[name] = await probe(check);
    const failed = Object.keys(results).filter((k) => results[k] === 'failed');
    if (failed.length) throw new ApiError('service_unavailable', `Not ready: ${failed.join(', ')} not reachable.`);
    return { status: 'ok', checks: results };
  });
}

async function probe(check: () => Promise<unknown>): Promise<'ok' | 'failed'> {
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(reject, 2000).unref())]);
    return 'ok';
  } catch {
    return 'failed';
  }
}
