import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { randomBase62 } from '../src/lib/ids.js';
import { deleteRedisPrefix } from './helpers/app.js';
import { createTestDatabase, ENGINES_AND_QUEUES, TEST_REDIS_URL, type TestDatabase } from './helpers/engines.js';
import { childEnv, CLI, freePort, requireBuild, startGrivo } from './helpers/processes.js';

// `grivo serve --role …` as operators run it: a worker process works jobs and
// serves no HTTP; an API process serves HTTP and works no jobs.

describe.each(ENGINES_AND_QUEUES)('roles on $name', ({ dialect, redis, env: queue }) => {
  let database: TestDatabase | undefined;
  const prefix = `test-${randomBase62(10)}`;
  afterEach(async () => {
    if (redis) await deleteRedisPrefix(TEST_REDIS_URL!, prefix);
    await database?.drop();
  });

  async function setUp() {
    requireBuild();
    database = await createTestDatabase(dialect);
    const expired = new Date(Date.now() - 1000).toISOString();
    await database.db
      .insertInto('idempotency_keys')
      .values({
        workspace_id: 'ws_x',
        key: 'old',
        request_hash: 'h',
        status: 'done',
        response_status: 201,
        response_type: 'application/json',
        response_body: '{}',
        created_at: expired,
        expires_at: expired,
      })
      .execute();
    return {
      ...database.env,
      ...queue,
      GRIVO_REDIS_PREFIX: prefix,
    };
  }
  const expiredKeys = async () => (await database!.db.selectFrom('idempotency_keys').select('key').execute()).length;

  it('a worker works jobs (the hourly prune), serves no HTTP, and stops cleanly on SIGTERM', async () => {
    const env = await setUp();
    const port = await freePort();
    const child = spawn(process.execPath, [CLI, 'serve', '--role', 'worker'], {
      env: childEnv({ GRIVO_LOG_LEVEL: 'warn', PORT: String(port), ...env }),
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 200 && (await expiredKeys()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await expiredKeys()).toBe(0);
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('an API process serves HTTP and schedules no jobs', async () => {
    const env = await setUp();
    const api = await startGrivo(env, 'api');
    try {
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      if (!redis) expect(await database!.db.selectFrom('jobs').select('id').execute()).toEqual([]);
      expect(await expiredKeys()).toBe(1);
    } finally {
      await api.stop();
    }
  });
});

describe('serve with an unknown role', () => {
  it('exits 2 with the usage', async () => {
    requireBuild();
    const child = spawn(process.execPath, [CLI, 'serve', '--role', 'web'], {
      env: childEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--role must be one of: all, api, worker/);
  });
});
