import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';
import { BullmqQueue } from './jobs/bullmq-queue.js';
import type { Queue } from './jobs/queue.js';
import { SqlQueue } from './jobs/sql-queue.js';
import type { RateLimiter } from './rate-limit/limiter.js';
import { MemoryRateLimiter } from './rate-limit/memory-limiter.js';
import { RedisRateLimiter } from './rate-limit/redis-limiter.js';
import { openDatabase, type Database } from './storage/database.js';
import { migrateToLatest } from './storage/migrate.js';

/** Every dependency, built once at start and passed down. */
export interface Services {
  config: Config;
  logger: Logger;
  database: Database;
  limiter: RateLimiter;
  queue: Queue;
  /** Present in scale-out mode (REDIS_URL). */
  redis: Redis | undefined;
  close(): Promise<void>;
}

/**
 * The composition root: picks each implementation by configuration —
 * SQLite or PostgreSQL, SQL or BullMQ queue, memory or Redis limiter.
 */
export async function createServices(config: Config, options: { logger?: Logger } = {}): Promise<Services> {
  const logger = options.logger ?? pino({ level: config.logLevel });
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database);

  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false }) : undefined;
  const limiter: RateLimiter = redis ? new RedisRateLimiter(redis, { prefix: `${config.redisPrefix}:rl:` }) : new MemoryRateLimiter();
  const queueOptions = { concurrency: config.jobs.concurrency, leaseMs: config.jobs.leaseMs, logger };
  const queue: Queue = config.redisUrl
    ? new BullmqQueue({ redisUrl: config.redisUrl, prefix: config.redisPrefix, ...queueOptions })
    : new SqlQueue(database, queueOptions);

  return {
    config,
    logger,
    database,
    limiter,
    queue,
    redis,
    async close() {
      await queue.close();
      await limiter.close();
      await redis?.quit();
      await database.close();
    },
  };
}
