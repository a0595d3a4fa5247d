import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { randomBase62 } from '../../src/lib/ids.js';
import { loadConfig, type Plan } from '../../src/config.js';
import { createApiKey } from '../../src/features/api-keys/service.js';
import { createWorkspace } from '../../src/features/workspaces/service.js';
import { buildApp } from '../../src/app.js';
import { createServices, type Services } from '../../src/services.js';
import type { Dialect } from '../../src/storage/database.js';
import { createTestDatabase, type TestDatabase } from './engines.js';

/** A workspace with one API key, as a test's caller. */
export interface Tenant {
  workspaceId: string;
  keyId: string;
  key: string;
  auth: { authorization: string };
}

/** The real app, in-process, on a fresh database of the given engine. */
export interface TestApp {
  app: FastifyInstance;
  services: Services;
  database: TestDatabase;
  tenant(plan?: Plan): Promise<Tenant>;
  close(): Promise<void>;
}

export async function createTestApp(dialect: Dialect, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const config = loadConfig({
    ...database.env,
    // Redis keys of this app stay apart from every other test's.
    GRIVO_REDIS_PREFIX: `test-${randomBase62(10)}`,
    ...env,
  });
  const redisPrefix = config.redisPrefix;
  const services = await createServices(config, { logger: pino({ level: 'silent' }) });
  const app = await buildApp(services);
  return {
    app,
    services,
    database,
    tenant: (plan = 'free') => createTenant(services, plan),
    async close() {
      await app.close();
      await services.close();
      // After close: BullMQ may still write its keys while it shuts down.
      if (config.redisUrl) await deleteRedisPrefix(config.redisUrl, redisPrefix);
      await database.drop();
    },
  };
}

/** Removes every key a test's Grivo wrote under its Redis prefix. */
export async function deleteRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 }))
    if (keys.length) await redis.del(...(keys as string[]));
  await redis.quit();
}

export async function createTenant(services: Pick<Services, 'database'>, plan: Plan = 'free'): Promise<Tenant> {
  const { db } = services.database;
  const workspace = await createWorkspace(db, { name: `Test ${plan}`, plan });
  const { key, secret } = await createApiKey(db, { workspaceId: workspace.id });
  return { workspaceId: workspace.id, keyId: key.id, key: secret, auth: { authorization: `Bearer ${secret}` } };
}
