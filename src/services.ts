import type { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';
import { TemplateSandbox } from './features/campaigns/sandbox/sandbox.js';
import { PageReaders } from './features/chatbots/training/page-reader.js';
import { loadSecret } from './lib/secret.js';
import { TokenSigner } from './lib/tracking-tokens.js';
import type { Queue } from './jobs/queue.js';
import { SqlQueue } from './jobs/sql-queue.js';
import type { ChatModel, Embedder } from './providers/llm/llm.js';
import { OpenAiClient } from './providers/llm/openai-client.js';
import { createMailer } from './providers/mail/create-mailer.js';
import type { Mailer } from './providers/mail/mailer.js';
import type { RateLimiter } from './rate-limit/limiter.js';
import { MemoryRateLimiter } from './rate-limit/memory-limiter.js';
import { openDatabase, type Database } from './storage/database.js';
import { migrateToLatest } from './storage/migrate.js';

/** Every dependency, built once at start and passed down. */
export interface Services {
  config: Config;
  logger: Logger;
  database: Database;
  limiter: RateLimiter;
  queue: Queue;
  /** How mail leaves: SMTP, or the Maildir outbox. */
  mailer: Mailer;
  /** Signs the tracking and unsubscribe links in mail. */
  signer: TokenSigner;
  /** Renders every Liquid template, in threads with limits of their own. */
  templates: TemplateSandbox;
  /** Writes chatbot answers; undefined: answers are quoted from the pages. */
  chatModel: ChatModel | undefined;
  /** Embeds chunks and questions; undefined: retrieval is full-text only. */
  embedder: Embedder | undefined;
  /** Reads the pages a training fetches, in threads of their own. */
  pageReaders: PageReaders;
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

  const signer = new TokenSigner(loadSecret(config.secret, config.dataDir));
  const mailer = createMailer(config.mail);
  const { threads, ...limits } = config.templates;
  const templates = new TemplateSandbox({
    limits,
    threads,
    publicUrl: config.publicUrl,
    secret: signer.secret,
    bounceDomain: config.bounces.domain,
  });
  const pageReaders = new PageReaders(config.crawl.threads);
  const llm = config.llm ? new OpenAiClient(config.llm) : undefined;

  const queueOptions = { concurrency: config.jobs.concurrency, leaseMs: config.jobs.leaseMs, logger };
  const { redis, limiter, queue } = config.redisUrl
    ? await scaleOutParts(config.redisUrl, config.redisPrefix, queueOptions)
    : { redis: undefined, limiter: new MemoryRateLimiter(), queue: new SqlQueue(database, queueOptions) };

  return {
    config,
    logger,
    database,
    limiter,
    queue,
    mailer,
    signer,
    templates,
    chatModel: config.llm?.chatModel ? llm : undefined,
    embedder: config.llm?.embeddingModel ? llm : undefined,
    pageReaders,
    redis,
    async close() {
      await queue.close();
      await templates.close();
      await pageReaders.close();
      await mailer.close();
      await limiter.close();
      await redis?.quit();
      await database.close();
    },
  };
}

// Redis and BullMQ are loaded only in scale-out mode: the embedded server
// does not pay their ~20 MB of memory.
async function scaleOutParts(
  redisUrl: string,
  prefix: string,
  queueOptions: { concurrency: number; leaseMs: number; logger: Logger },
) {
  const [{ Redis }, { RedisRateLimiter }, { BullmqQueue }] = await Promise.all([
    import('ioredis'),
    import('./rate-limit/redis-limiter.js'),
    import('./jobs/bullmq-queue.js'),
  ]);
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false });
  return {
    redis,
    limiter: new RedisRateLimiter(redis, { prefix: `${prefix}:rl:` }) as RateLimiter,
    queue: new BullmqQueue({ redisUrl, prefix, ...queueOptions }) as Queue,
  };
}
