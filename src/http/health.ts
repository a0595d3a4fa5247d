import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { ApiError } from '../lib/api-error.js';
import type { Database } from '../storage/database.js';

/** /healthz: the process answers. /readyz: its database (and Redis, when used) answer too. */
export function registerHealth(
  app: FastifyInstance,
  deps: { database: Database; pingRedis?: () => Promise<unknown> },
): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async () => {
    const checks: Record<string, 'ok' | 'failed'> = {};
    checks.database = await probe(() => sql`select 1`.execute(deps.database.db));
    if (deps.pingRedis) checks.redis = await probe(deps.pingRedis);
    const failed = Object.keys(checks).filter((k) => checks[k] === 'failed');
    if (failed.length) throw new ApiError('service_unavailable', `Not ready: ${failed.join(', ')} not reachable.`);
    return { status: 'ok', checks };
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
