import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

// Whole decimal numbers only: `1e3`, `0x10` or blanks are mistakes, not numbers.
const int = (fallback: number, min = 0) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .default(String(fallback))
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`));
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');

/** Every environment variable Grivo reads, in one place. */
const Env = z.object({
  PORT: int(3000).pipe(z.number().max(65535)),
  HOST: z.string().min(1).default('0.0.0.0'),
  GRIVO_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave unset for the embedded SQLite database)')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  GRIVO_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only')
    .default('grivo'),
  GRIVO_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRIVO_TRUST_PROXY: bool(false),
  GRIVO_BODY_LIMIT_BYTES: int(1_048_576, 1024),
  GRIVO_RATE_LIMIT_FREE: int(60, 1),
  GRIVO_RATE_LIMIT_PRO: int(300, 1),
  GRIVO_RATE_LIMIT_WINDOW_SECONDS: int(60, 1),
  GRIVO_AUTH_FAILURES_PER_WINDOW: int(20, 1),
  GRIVO_PUBLIC_RATE_LIMIT: int(120, 1),
  GRIVO_PLAN_FREE_CHATBOTS: int(3, 0),
  GRIVO_PLAN_PRO_CHATBOTS: int(50, 0),
  GRIVO_PLAN_FREE_CONTACTS: int(1_000, 0),
  GRIVO_PLAN_PRO_CONTACTS: int(100_000, 0),
  GRIVO_IMPORT_MAX_BYTES: int(100 * 1024 * 1024, 1024),
  GRIVO_SOURCE_MAX_FILE_BYTES: int(20 * 1024 * 1024, 1024),
  GRIVO_IMPORT_BATCH_ROWS: int(500, 1),
  GRIVO_IMPORT_WINDOW_BYTES: int(12 * 1024 * 1024, 1024),
  GRIVO_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  GRIVO_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, 'must be an smtp://user:pass@host:port or smtps://… URL')
    .optional(),
  GRIVO_SMTP_POOL_SIZE: int(5, 1),
  GRIVO_SEND_RATE: int(0, 0),
  GRIVO_SEND_BATCH: int(500, 1),
  GRIVO_SEND_MAX_ATTEMPTS: int(5, 1),
  GRIVO_SEND_RETRY_BASE_MS: int(60_000, 1),
  GRIVO_DKIM_DOMAIN: z.string().min(1).optional(),
  GRIVO_DKIM_SELECTOR: z.string().min(1).optional(),
  GRIVO_DKIM_PRIVATE_KEY: z.string().min(1).optional(),
  GRIVO_BOUNCE_DOMAIN: z
    .string()
    .regex(
      /^(?=.{1,190}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i,
      'must be a domain name whose MX points at the bounce receiver, e.g. bounces.example.com',
    )
    .optional(),
  GRIVO_BOUNCE_SMTP_HOST: z.string().min(1).default('0.0.0.0'),
  GRIVO_BOUNCE_SMTP_PORT: int(2525).pipe(z.number().max(65535)),
  GRIVO_BOUNCE_MAX_BYTES: int(1_048_576, 1024),
  GRIVO_PLAN_FREE_PAGES: int(100, 1),
  GRIVO_PLAN_PRO_PAGES: int(5_000, 1),
  GRIVO_PLAN_FREE_CHAT_MESSAGES_PER_DAY: int(500, 1),
  GRIVO_PLAN_PRO_CHAT_MESSAGES_PER_DAY: int(20_000, 1),
  GRIVO_PLAN_FREE_SOURCE_CHARACTERS: int(400_000, 1),
  GRIVO_PLAN_PRO_SOURCE_CHARACTERS: int(20_000_000, 1),
  GRIVO_WIDGET_RATE_LIMIT: int(20, 1),
  GRIVO_SOFT_BOUNCE_LIMIT: int(3, 1),
  GRIVO_SES_SNS_CERTIFICATES: z.string().min(1).optional(),
  GRIVO_CRAWL_ALLOW_PRIVATE: bool(false),
  GRIVO_WEBHOOKS_ALLOW_PRIVATE: bool(false),
  GRIVO_CRAWL_CONCURRENCY: int(4, 1),
  GRIVO_CRAWL_TIMEOUT_SECONDS: int(10, 1),
  GRIVO_CRAWL_MAX_PAGE_BYTES: int(5 * 1024 * 1024, 1024),
  // Reading pages is CPU-bound; the crawl's own thread (fetching, writing the
  // index) and the API need a core too, so the readers get the others: one on
  // two cores, where a second reader took a third more CPU for no faster
  // training (bench/README.md). At most 4, the pages a host has in flight by default.
  GRIVO_CRAWL_THREADS: int(Math.max(1, Math.min(os.availableParallelism() - 1, 4)), 0),
  GRIVO_LLM_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. https://api.openai.com/v1' })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  GRIVO_LLM_API_KEY: z.string().min(1).optional(),
  GRIVO_LLM_MODEL: z.string().min(1).optional(),
  GRIVO_EMBEDDING_MODEL: z.string().min(1).optional(),
  GRIVO_LLM_TIMEOUT_SECONDS: int(60, 1),
  GRIVO_TEMPLATE_THREADS: int(2, 1),
  GRIVO_TEMPLATE_TIMEOUT_MS: int(1_000, 10),
  GRIVO_TEMPLATE_HEAP_MB: int(128, 16),
  GRIVO_TEMPLATE_MAX_OUTPUT_BYTES: int(2 * 1024 * 1024, 1024),
  GRIVO_JOB_CONCURRENCY: int(4, 1),
  GRIVO_JOB_LEASE_SECONDS: int(30, 1),
  GRIVO_AUDIT_LOG_DAYS: int(365, 1),
});

export type Plan = 'free' | 'pro';
export const PLANS: readonly Plan[] = ['free', 'pro'];

export interface PlanLimits {
  /** Requests per rate-limit window. */
  requests: number;
  chatbots: number;
  contacts: number;
  /** Pages one chatbot may be trained on. */
  pages: number;
  /** Questions one chatbot answers per day through its widget. */
  chatMessagesPerDay: number;
  /** Characters of text and Q&A sources one chatbot may hold. */
  sourceCharacters: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Namespace of every Redis key, so deployments can share one Redis. */
  redisPrefix: string;
  logLevel: z.infer<typeof Env>['GRIVO_LOG_LEVEL'];
  trustProxy: boolean;
  bodyLimitBytes: number;
  /** Largest CSV file a contacts import accepts, how many rows it commits at a time, and the byte budget of a window of rows. */
  imports: { maxBytes: number; batchRows: number; windowBytes: number };
  /** Files a chatbot learns from (sources). */
  sources: { maxFileBytes: number };
  /** windowMs applies to every per-window limit; widgetRequests: widget requests per IP per window. */
  rateLimit: { windowMs: number; authFailures: number; publicRequests: number; widgetRequests: number };
  plans: Record<Plan, PlanLimits>;
  jobs: { concurrency: number; leaseMs: number };
  /** The audit log keeps entries this many days (GRIVO_AUDIT_LOG_DAYS); the hourly prune deletes older ones. */
  audit: { retentionDays: number };
  /** The address tracking links, pixels and unsubscribe links in emails point at. */
  publicUrl: string;
  /** Signs tracking and unsubscribe tokens; undefined: generated once and kept in the data dir. */
  secret: string | undefined;
  mail: MailConfig;
  bounces: BounceConfig;
  /** Inbound bounce and complaint reports: soft bounces that count as a hard one; the SNS certificates (PEM) SES notifications are verified with. */
  deliverability: { softBounceLimit: number; snsCertificates: string | undefined };
  crawl: CrawlConfig;
  /** Outbound webhooks: allowPrivate lets endpoints be loopback or private addresses (an intranet; tests). */
  webhooks: { allowPrivate: boolean };
  /** An OpenAI-compatible endpoint; undefined: answers are extractive and retrieval is full-text only. */
  llm: LlmConfig | undefined;
  /** The template sandbox: its threads, and what one render may use (time, heap, output per part). */
  templates: { threads: number; timeoutMs: number; heapMb: number; maxOutputBytes: number };
}

/** Grivo's own bounce mailbox: VERP return paths and the SMTP receiver of `grivo serve --role bounces`. */
export interface BounceConfig {
  /** GRIVO_BOUNCE_DOMAIN: return paths are `bounces+<token>@<domain>`; undefined: messages keep their usual envelope sender. */
  domain: string | undefined;
  /** Where the bounce receiver listens (GRIVO_BOUNCE_SMTP_HOST, GRIVO_BOUNCE_SMTP_PORT). */
  smtpHost: string;
  smtpPort: number;
  /** Largest bounce or complaint message the receiver takes (GRIVO_BOUNCE_MAX_BYTES). */
  maxBytes: number;
}

export interface CrawlConfig {
  /** Lets the crawler reach private and loopback addresses (an intranet; tests). */
  allowPrivate: boolean;
  concurrencyPerHost: number;
  timeoutMs: number;
  maxPageBytes: number;
  /** Worker threads that read fetched pages (parse, extract, analyze); 0: the crawl's own thread. */
  threads: number;
}

export interface LlmConfig {
  baseUrl: string;
  apiKey: string | undefined;
  /** Chat model; undefined: answers stay extractive (embeddings may still be used). */
  chatModel: string | undefined;
  /** Embedding model; undefined: retrieval is full-text only. */
  embeddingModel: string | undefined;
  timeoutMs: number;
}

export interface MailConfig {
  /**
   * smtp:// or smtps:// URL, or several comma-separated, each with an optional `?rate=N`
   * (read by providers/mail/smtp-servers.ts); undefined: messages go to the Maildir outbox.
   */
  smtpUrl: string | undefined;
  /** Maildir that receives every message when there is no SMTP_URL. */
  outboxDir: string;
  /** SMTP connections kept open; also how many messages are in flight at once. */
  poolSize: number;
  /** Messages per second for this process; 0 means as fast as the server takes them. */
  ratePerSecond: number;
  /** Recipients a send job reads at a time. */
  batchSize: number;
  /** Tries per recipient on temporary failures, and the first retry delay (doubling). */
  maxAttempts: number;
  retryBaseMs: number;
  dkim: { domainName: string; keySelector: string; privateKey: string } | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.GRIVO_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.GRIVO_REDIS_PREFIX,
    logLevel: e.GRIVO_LOG_LEVEL,
    trustProxy: e.GRIVO_TRUST_PROXY,
    bodyLimitBytes: e.GRIVO_BODY_LIMIT_BYTES,
    imports: {
      maxBytes: e.GRIVO_IMPORT_MAX_BYTES,
      batchRows: e.GRIVO_IMPORT_BATCH_ROWS,
      windowBytes: e.GRIVO_IMPORT_WINDOW_BYTES,
    },
    sources: { maxFileBytes: e.GRIVO_SOURCE_MAX_FILE_BYTES },
    rateLimit: {
      windowMs: e.GRIVO_RATE_LIMIT_WINDOW_SECONDS * 1000,
      authFailures: e.GRIVO_AUTH_FAILURES_PER_WINDOW,
      publicRequests: e.GRIVO_PUBLIC_RATE_LIMIT,
      widgetRequests: e.GRIVO_WIDGET_RATE_LIMIT,
    },
    plans: {
      free: {
        requests: e.GRIVO_RATE_LIMIT_FREE,
        chatbots: e.GRIVO_PLAN_FREE_CHATBOTS,
        contacts: e.GRIVO_PLAN_FREE_CONTACTS,
        pages: e.GRIVO_PLAN_FREE_PAGES,
        chatMessagesPerDay: e.GRIVO_PLAN_FREE_CHAT_MESSAGES_PER_DAY,
        sourceCharacters: e.GRIVO_PLAN_FREE_SOURCE_CHARACTERS,
      },
      pro: {
        requests: e.GRIVO_RATE_LIMIT_PRO,
        chatbots: e.GRIVO_PLAN_PRO_CHATBOTS,
        contacts: e.GRIVO_PLAN_PRO_CONTACTS,
        pages: e.GRIVO_PLAN_PRO_PAGES,
        chatMessagesPerDay: e.GRIVO_PLAN_PRO_CHAT_MESSAGES_PER_DAY,
        sourceCharacters: e.GRIVO_PLAN_PRO_SOURCE_CHARACTERS,
      },
    },
    jobs: { concurrency: e.GRIVO_JOB_CONCURRENCY, leaseMs: e.GRIVO_JOB_LEASE_SECONDS * 1000 },
    audit: { retentionDays: e.GRIVO_AUDIT_LOG_DAYS },
    publicUrl: e.GRIVO_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    secret: e.GRIVO_SECRET,
    mail: {
      smtpUrl: e.SMTP_URL,
      outboxDir: path.join(path.resolve(e.GRIVO_DATA_DIR), 'outbox'),
      poolSize: e.GRIVO_SMTP_POOL_SIZE,
      ratePerSecond: e.GRIVO_SEND_RATE,
      batchSize: e.GRIVO_SEND_BATCH,
      maxAttempts: e.GRIVO_SEND_MAX_ATTEMPTS,
      retryBaseMs: e.GRIVO_SEND_RETRY_BASE_MS,
      dkim: dkimOf(e),
    },
    bounces: {
      domain: e.GRIVO_BOUNCE_DOMAIN?.toLowerCase(),
      smtpHost: e.GRIVO_BOUNCE_SMTP_HOST,
      smtpPort: e.GRIVO_BOUNCE_SMTP_PORT,
      maxBytes: e.GRIVO_BOUNCE_MAX_BYTES,
    },
    crawl: {
      allowPrivate: e.GRIVO_CRAWL_ALLOW_PRIVATE,
      concurrencyPerHost: e.GRIVO_CRAWL_CONCURRENCY,
      timeoutMs: e.GRIVO_CRAWL_TIMEOUT_SECONDS * 1000,
      maxPageBytes: e.GRIVO_CRAWL_MAX_PAGE_BYTES,
      threads: e.GRIVO_CRAWL_THREADS,
    },
    webhooks: { allowPrivate: e.GRIVO_WEBHOOKS_ALLOW_PRIVATE },
    deliverability: {
      softBounceLimit: e.GRIVO_SOFT_BOUNCE_LIMIT,
      // PEM text inline, or the path of a file holding one or more certificates.
      snsCertificates:
        e.GRIVO_SES_SNS_CERTIFICATES === undefined
          ? undefined
          : e.GRIVO_SES_SNS_CERTIFICATES.includes('-----BEGIN')
            ? e.GRIVO_SES_SNS_CERTIFICATES.replace(/\\n/g, '\n')
            : readPemFile('GRIVO_SES_SNS_CERTIFICATES', e.GRIVO_SES_SNS_CERTIFICATES),
    },
    llm: llmOf(e),
    templates: {
      threads: e.GRIVO_TEMPLATE_THREADS,
      timeoutMs: e.GRIVO_TEMPLATE_TIMEOUT_MS,
      heapMb: e.GRIVO_TEMPLATE_HEAP_MB,
      maxOutputBytes: e.GRIVO_TEMPLATE_MAX_OUTPUT_BYTES,
    },
  };
}

// All three or none: half a DKIM setup would sign nothing and say nothing.
function dkimOf(e: z.infer<typeof Env>): MailConfig['dkim'] {
  const parts = [e.GRIVO_DKIM_DOMAIN, e.GRIVO_DKIM_SELECTOR, e.GRIVO_DKIM_PRIVATE_KEY];
  if (parts.every((p) => p === undefined)) return undefined;
  if (parts.some((p) => p === undefined)) {
    throw new ConfigError(
      'Invalid configuration:\n  GRIVO_DKIM_DOMAIN, GRIVO_DKIM_SELECTOR and GRIVO_DKIM_PRIVATE_KEY must be set together',
    );
  }
  const key = e.GRIVO_DKIM_PRIVATE_KEY!;
  // A PEM key inline, or the path of a file holding one.
  const privateKey = key.includes('-----BEGIN') ? key.replace(/\\n/g, '\n') : readKeyFile(key);
  return { domainName: e.GRIVO_DKIM_DOMAIN!, keySelector: e.GRIVO_DKIM_SELECTOR!, privateKey };
}

function llmOf(e: z.infer<typeof Env>): LlmConfig | undefined {
  if (!e.GRIVO_LLM_BASE_URL) {
    const orphan = [
      ['GRIVO_LLM_MODEL', e.GRIVO_LLM_MODEL],
      ['GRIVO_EMBEDDING_MODEL', e.GRIVO_EMBEDDING_MODEL],
    ].find(([, v]) => v);
    if (orphan)
      throw new ConfigError(
        `Invalid configuration:\n  ${orphan[0]}: needs GRIVO_LLM_BASE_URL, the OpenAI-compatible endpoint to call`,
      );
    return undefined;
  }
  if (!e.GRIVO_LLM_MODEL && !e.GRIVO_EMBEDDING_MODEL) {
    throw new ConfigError(
      'Invalid configuration:\n  GRIVO_LLM_BASE_URL: set GRIVO_LLM_MODEL (answers) and/or GRIVO_EMBEDDING_MODEL (retrieval) to use it',
    );
  }
  return {
    baseUrl: e.GRIVO_LLM_BASE_URL,
    apiKey: e.GRIVO_LLM_API_KEY,
    chatModel: e.GRIVO_LLM_MODEL,
    embeddingModel: e.GRIVO_EMBEDDING_MODEL,
    timeoutMs: e.GRIVO_LLM_TIMEOUT_SECONDS * 1000,
  };
}

function readKeyFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration:\n  GRIVO_DKIM_PRIVATE_KEY: cannot read the key file ${file} (${(error as Error).message})`,
    );
  }
}

function readPemFile(variable: string, file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration:\n  ${variable}: neither PEM text nor a readable file: ${file} (${(error as Error).message})`,
    );
  }
}

// An exported-but-empty variable (`FOO=`) means "not set", as in most tools.
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
