import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './storage/database.js';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      redisUrl: undefined,
      redisPrefix: 'grivo',
      logLevel: 'info',
      trustProxy: false,
      bodyLimitBytes: 1_048_576,
      imports: { maxBytes: 104_857_600, batchRows: 500, windowBytes: 12_582_912 },
      rateLimit: { windowMs: 60_000, authFailures: 20, publicRequests: 120 },
      plans: {
        free: { requests: 60, chatbots: 3, contacts: 1000 },
        pro: { requests: 300, chatbots: 50, contacts: 100_000 },
      },
      jobs: { concurrency: 4, leaseMs: 30_000 },
      audit: { retentionDays: 365 },
    });
    expect(path.isAbsolute(config.dataDir)).toBe(true);
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.dataDir.endsWith(`${path.sep}data`)).toBe(true);
  });

  it('selects the embedded SQLite database when DATABASE_URL is unset', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-config-'));
    try {
      const config = loadConfig({ GRIVO_DATA_DIR: dataDir });
      const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      expect(database.dialect).toBe('sqlite');
      await database.close();
      expect(fs.existsSync(path.join(dataDir, 'grivo.db'))).toBe(true);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('honours every override', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      GRIVO_DATA_DIR: 'var/grivo',
      DATABASE_URL: 'postgresql://grivo@db:5432/grivo',
      REDIS_URL: 'rediss://cache:6380',
      GRIVO_REDIS_PREFIX: 'acme-prod',
      GRIVO_LOG_LEVEL: 'debug',
      GRIVO_TRUST_PROXY: '1',
      GRIVO_BODY_LIMIT_BYTES: '2048',
      GRIVO_RATE_LIMIT_FREE: '10',
      GRIVO_RATE_LIMIT_PRO: '1000',
      GRIVO_RATE_LIMIT_WINDOW_SECONDS: '5',
      GRIVO_AUTH_FAILURES_PER_WINDOW: '3',
      GRIVO_PUBLIC_RATE_LIMIT: '7',
      GRIVO_PLAN_FREE_CHATBOTS: '0',
      GRIVO_PLAN_PRO_CHATBOTS: '9',
      GRIVO_JOB_CONCURRENCY: '2',
      GRIVO_JOB_LEASE_SECONDS: '11',
      GRIVO_AUDIT_LOG_DAYS: '90',
      GRIVO_PLAN_FREE_CONTACTS: '5',
      GRIVO_PLAN_PRO_CONTACTS: '500',
      GRIVO_IMPORT_MAX_BYTES: '4096',
      GRIVO_IMPORT_BATCH_ROWS: '10',
      GRIVO_PUBLIC_URL: 'https://mail.acme.example/',
      GRIVO_SECRET: 'k'.repeat(32),
      SMTP_URL: 'smtps://user:pass@smtp.acme.example:465',
      GRIVO_SMTP_POOL_SIZE: '8',
      GRIVO_SEND_RATE: '50',
      GRIVO_SEND_BATCH: '100',
      GRIVO_SEND_MAX_ATTEMPTS: '3',
      GRIVO_SEND_RETRY_BASE_MS: '1000',
      GRIVO_DKIM_DOMAIN: 'acme.example',
      GRIVO_DKIM_SELECTOR: 'grivo',
      GRIVO_DKIM_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nMIIB\\n-----END PRIVATE KEY-----',
      GRIVO_BOUNCE_DOMAIN: 'Bounces.Acme.example',
      GRIVO_BOUNCE_SMTP_HOST: '127.0.0.1',
      GRIVO_BOUNCE_SMTP_PORT: '25',
      GRIVO_BOUNCE_MAX_BYTES: '65536',
      GRIVO_PLAN_FREE_PAGES: '20',
      GRIVO_PLAN_PRO_PAGES: '200',
      GRIVO_PLAN_FREE_CHAT_MESSAGES_PER_DAY: '30',
      GRIVO_PLAN_PRO_CHAT_MESSAGES_PER_DAY: '300',
      GRIVO_WIDGET_RATE_LIMIT: '6',
      GRIVO_CRAWL_ALLOW_PRIVATE: 'true',
      GRIVO_CRAWL_CONCURRENCY: '2',
      GRIVO_CRAWL_TIMEOUT_SECONDS: '3',
      GRIVO_CRAWL_MAX_PAGE_BYTES: '65536',
      GRIVO_CRAWL_THREADS: '0',
      GRIVO_LLM_BASE_URL: 'http://ollama:11434/v1/',
      GRIVO_LLM_API_KEY: 'sk-acme',
      GRIVO_LLM_MODEL: 'llama3.1',
      GRIVO_EMBEDDING_MODEL: 'nomic-embed-text',
      GRIVO_LLM_TIMEOUT_SECONDS: '20',
      GRIVO_TEMPLATE_THREADS: '4',
      GRIVO_TEMPLATE_TIMEOUT_MS: '250',
      GRIVO_TEMPLATE_HEAP_MB: '64',
      GRIVO_TEMPLATE_MAX_OUTPUT_BYTES: '65536',
      GRIVO_SOFT_BOUNCE_LIMIT: '5',
      GRIVO_SES_SNS_CERTIFICATES: '-----BEGIN CERTIFICATE-----\\nMIIC\\n-----END CERTIFICATE-----',
      GRIVO_WEBHOOKS_ALLOW_PRIVATE: 'true',
    });
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: path.resolve('var/grivo'),
      databaseUrl: 'postgresql://grivo@db:5432/grivo',
      redisUrl: 'rediss://cache:6380',
      redisPrefix: 'acme-prod',
      logLevel: 'debug',
      trustProxy: true,
      webhooks: { allowPrivate: true },
      bodyLimitBytes: 2048,
      imports: { maxBytes: 4096, batchRows: 10, windowBytes: 12_582_912 },
      sources: { maxFileBytes: 20 * 1024 * 1024 },
      rateLimit: { windowMs: 5000, authFailures: 3, publicRequests: 7, widgetRequests: 6 },
      plans: {
        free: { requests: 10, chatbots: 0, contacts: 5, pages: 20, chatMessagesPerDay: 30, sourceCharacters: 400_000 },
        pro: {
          requests: 1000,
          chatbots: 9,
          contacts: 500,
          pages: 200,
          chatMessagesPerDay: 300,
          sourceCharacters: 20_000_000,
        },
      },
      jobs: { concurrency: 2, leaseMs: 11_000 },
      audit: { retentionDays: 90 },
      publicUrl: 'https://mail.acme.example',
      secret: 'k'.repeat(32),
      mail: {
        smtpUrl: 'smtps://user:pass@smtp.acme.example:465',
        outboxDir: path.resolve('var/grivo/outbox'),
        poolSize: 8,
        ratePerSecond: 50,
        batchSize: 100,
        maxAttempts: 3,
        retryBaseMs: 1000,
        // A key given on one line with \n escapes (as .env files do) gets its line breaks back.
        dkim: {
          domainName: 'acme.example',
          keySelector: 'grivo',
          privateKey: '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----',
        },
      },
      bounces: { domain: 'bounces.acme.example', smtpHost: '127.0.0.1', smtpPort: 25, maxBytes: 65536 },
      deliverability: {
        softBounceLimit: 5,
        snsCertificates: '-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----',
      },
      crawl: { allowPrivate: true, concurrencyPerHost: 2, timeoutMs: 3000, maxPageBytes: 65536, threads: 0 },
      llm: {
        baseUrl: 'http://ollama:11434/v1',
        apiKey: 'sk-acme',
        chatModel: 'llama3.1',
        embeddingModel: 'nomic-embed-text',
        timeoutMs: 20_000,
      },
      templates: { threads: 4, timeoutMs: 250, heapMb: 64, maxOutputBytes: 65_536 },
    });
  });

  it('has chatbot defaults: public addresses only, no language model', () => {
    const config = loadConfig({});
    expect(config.crawl).toEqual({
      allowPrivate: false,
      concurrencyPerHost: 4,
      timeoutMs: 10_000,
      maxPageBytes: 5 * 1024 * 1024,
      threads: Math.max(1, Math.min(os.availableParallelism() - 1, 4)),
    });
    expect(config.llm).toBeUndefined();
    expect(config.plans.free).toMatchObject({ pages: 100, chatMessagesPerDay: 500 });
    expect(config.plans.pro).toMatchObject({ pages: 5000, chatMessagesPerDay: 20_000 });
  });

  it.each([
    [{ GRIVO_LLM_MODEL: 'gpt-4o-mini' }, 'GRIVO_LLM_MODEL: needs GRIVO_LLM_BASE_URL'],
    [{ GRIVO_EMBEDDING_MODEL: 'text-embedding-3-small' }, 'GRIVO_EMBEDDING_MODEL: needs GRIVO_LLM_BASE_URL'],
    [{ GRIVO_LLM_BASE_URL: 'http://ollama:11434/v1' }, 'set GRIVO_LLM_MODEL'],
    [{ GRIVO_LLM_BASE_URL: 'ollama:11434' }, 'GRIVO_LLM_BASE_URL'],
    [{ GRIVO_CRAWL_ALLOW_PRIVATE: 'yes' }, 'GRIVO_CRAWL_ALLOW_PRIVATE'],
    [{ GRIVO_CRAWL_THREADS: '-1' }, 'GRIVO_CRAWL_THREADS'],
  ])('refuses the chatbot setting %j', (env, named) => {
    expect(configError(env).message).toContain(named);
  });

  it('has campaign defaults: the outbox in the data dir, links to localhost, no throttle', () => {
    const config = loadConfig({ PORT: '4000', GRIVO_DATA_DIR: '/srv/grivo' });
    expect(config.publicUrl).toBe('http://localhost:4000');
    expect(config.secret).toBeUndefined();
    expect(config.mail).toEqual({
      smtpUrl: undefined,
      outboxDir: path.resolve('/srv/grivo/outbox'),
      poolSize: 5,
      ratePerSecond: 0,
      batchSize: 500,
      maxAttempts: 5,
      retryBaseMs: 60_000,
      dkim: undefined,
    });
  });

  it.each([
    [{ GRIVO_PUBLIC_URL: 'ftp://x.example' }, 'GRIVO_PUBLIC_URL'],
    [{ GRIVO_SECRET: 'short' }, 'GRIVO_SECRET'],
    [{ SMTP_URL: 'http://smtp.example' }, 'SMTP_URL'],
    [{ GRIVO_SMTP_POOL_SIZE: '0' }, 'GRIVO_SMTP_POOL_SIZE'],
    [{ GRIVO_DKIM_DOMAIN: 'acme.example' }, 'GRIVO_DKIM_PRIVATE_KEY'],
    [
      { GRIVO_DKIM_DOMAIN: 'a.example', GRIVO_DKIM_SELECTOR: 's', GRIVO_DKIM_PRIVATE_KEY: '/no/such/key.pem' },
      '/no/such/key.pem',
    ],
  ])('refuses the campaign setting %j', (env, named) => {
    expect(configError(env).message).toContain(named);
  });

  it('has template sandbox defaults: two threads, 1 s and 128 MiB a render, 2 MiB a part', () => {
    expect(loadConfig({}).templates).toEqual({
      threads: 2,
      timeoutMs: 1000,
      heapMb: 128,
      maxOutputBytes: 2 * 1024 * 1024,
    });
  });

  it.each([
    [{ GRIVO_TEMPLATE_THREADS: '0' }, 'GRIVO_TEMPLATE_THREADS'],
    [{ GRIVO_TEMPLATE_TIMEOUT_MS: '5' }, 'GRIVO_TEMPLATE_TIMEOUT_MS'],
    [{ GRIVO_TEMPLATE_HEAP_MB: '8' }, 'GRIVO_TEMPLATE_HEAP_MB'],
    [{ GRIVO_TEMPLATE_MAX_OUTPUT_BYTES: '1e6' }, 'GRIVO_TEMPLATE_MAX_OUTPUT_BYTES'],
  ])('refuses the template sandbox setting %j', (env, named) => {
    expect(configError(env).message).toContain(named);
  });

  it('keeps an absolute GRIVO_DATA_DIR as given', () => {
    expect(loadConfig({ GRIVO_DATA_DIR: '/srv/grivo' }).dataDir).toBe(path.resolve('/srv/grivo'));
  });

  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
  ])('reads GRIVO_TRUST_PROXY=%s as %s', (value, expected) => {
    expect(loadConfig({ GRIVO_TRUST_PROXY: value }).trustProxy).toBe(expected);
  });

  it('treats empty variables as unset', () => {
    const empty = Object.fromEntries(
      [
        'PORT',
        'HOST',
        'GRIVO_DATA_DIR',
        'DATABASE_URL',
        'REDIS_URL',
        'GRIVO_REDIS_PREFIX',
        'GRIVO_LOG_LEVEL',
        'GRIVO_TRUST_PROXY',
        'GRIVO_RATE_LIMIT_FREE',
        'GRIVO_RATE_LIMIT_PRO',
      ].map((name) => [name, '']),
    );
    expect(loadConfig(empty)).toEqual(loadConfig({}));
  });

  it('ignores variables it does not know', () => {
    expect(loadConfig({ HOME: '/root', GRIVO_UNKNOWN: 'x' })).toEqual(loadConfig({}));
  });

  it.each([
    ['PORT', 'notanumber'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'http://cache:6379'],
    ['GRIVO_REDIS_PREFIX', 'a b'],
    ['GRIVO_LOG_LEVEL', 'loud'],
    ['GRIVO_TRUST_PROXY', 'yes'],
    ['GRIVO_RATE_LIMIT_FREE', '0'],
    ['GRIVO_RATE_LIMIT_PRO', '-5'],
    ['GRIVO_BODY_LIMIT_BYTES', '10'],
    ['GRIVO_AUDIT_LOG_DAYS', '0'],
  ])('refuses %s=%s', (name, value) => {
    const error = configError({ [name]: value });
    expect(error.message).toMatch(new RegExp(`^  ${name}: `, 'm'));
  });

  it('has bounce mailbox defaults: no VERP, the receiver on 0.0.0.0:2525, 1 MiB a message; refuses a bad domain or port', () => {
    expect(loadConfig({}).bounces).toEqual({
      domain: undefined,
      smtpHost: '0.0.0.0',
      smtpPort: 2525,
      maxBytes: 1_048_576,
    });
    const error = configError({ GRIVO_BOUNCE_DOMAIN: 'not a domain', GRIVO_BOUNCE_SMTP_PORT: '70000' });
    expect(error.message).toMatch(/GRIVO_BOUNCE_DOMAIN: must be a domain name/);
    expect(error.message).toMatch(/GRIVO_BOUNCE_SMTP_PORT: /);
  });

  it('reads the SNS certificates from a file, names an unreadable one, and counts soft bounces to 3 by default', () => {
    const file = path.resolve('test/fixtures/sns/sns-cert.pem');
    expect(loadConfig({ GRIVO_SES_SNS_CERTIFICATES: file }).deliverability).toEqual({
      softBounceLimit: 3,
      snsCertificates: fs.readFileSync(file, 'utf8'),
    });
    expect(() => loadConfig({ GRIVO_SES_SNS_CERTIFICATES: '/nowhere/sns.pem' })).toThrow(
      /GRIVO_SES_SNS_CERTIFICATES: neither PEM text nor a readable file: \/nowhere\/sns\.pem/,
    );
    expect(() => loadConfig({ GRIVO_SOFT_BOUNCE_LIMIT: '0' })).toThrow(/GRIVO_SOFT_BOUNCE_LIMIT: must be at least 1/);
  });

  it('names every bad variable in one ConfigError', () => {
    const bad = {
      PORT: 'notanumber',
      DATABASE_URL: 'mysql://x',
      REDIS_URL: 'http://x',
      GRIVO_LOG_LEVEL: 'loud',
      GRIVO_RATE_LIMIT_PRO: '0',
    };
    const error = configError({ ...bad, GRIVO_RATE_LIMIT_FREE: '30' });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.name).toBe('ConfigError');
    expect(error.message).toMatch(/^Invalid configuration:\n/);
    const named = [...error.message.matchAll(/^ {2}([A-Z_]+): /gm)].map((m) => m[1]);
    expect(named.sort()).toEqual(Object.keys(bad).sort());
  });

  it('never echoes a bad DATABASE_URL back, so a password in it stays out of logs', () => {
    const error = configError({ DATABASE_URL: 'mysql://grivo:s3cret-pw@db/grivo' });
    expect(error.message).not.toContain('s3cret-pw');
  });
});
