import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/engines.js';
import { childEnv, CLI, requireBuild, startGrivo, type GrivoProcess } from './helpers/processes.js';

// The admin CLI as an operator runs it: the compiled `dist/cli.js` in its own
// process, configured only through the environment.

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// The timeout only stops a hung child; a killed child has no exit code and fails the test.
function run(file: string, args: string[], env: Record<string, string>, cwd?: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, args, { env, cwd, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const grivo = (env: Record<string, string>, ...args: string[]) => run(process.execPath, [CLI, ...args], childEnv(env));

const ID = /^ws_[0-9A-Za-z]{16}\n$/;
const KEY = /^grv_live_[0-9A-Za-z]{32,}\n$/;

beforeAll(() => requireBuild());

describe.each(DIALECTS)('the grivo CLI on %s', (dialect) => {
  let database: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    env = database.env;
  });
  afterAll(() => database.drop());

  const workspace = (id: string) =>
    database.db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  const countWorkspaces = async () => (await database.db.selectFrom('workspaces').select('id').execute()).length;
  const createWorkspace = async (...args: string[]) => {
    const res = await grivo(env, 'workspaces', 'create', '--name', 'Acme', ...args);
    expect(res).toMatchObject({ code: 0, stderr: '' });
    expect(res.stdout).toMatch(ID);
    return res.stdout.trim();
  };
  const createKey = async (workspaceId: string) => {
    const res = await grivo(env, 'keys', 'create', '--workspace', workspaceId);
    expect(res).toMatchObject({ code: 0, stderr: '' });
    expect(res.stdout).toMatch(KEY);
    return res.stdout.trim();
  };

  it('workspaces create prints only the new id and stores a free workspace', async () => {
    const id = await createWorkspace();
    expect(await workspace(id)).toMatchObject({ id, name: 'Acme', plan: 'free' });
  });

  it('workspaces create --plan pro stores plan pro', async () => {
    const id = await createWorkspace('--plan', 'pro');
    expect((await workspace(id))?.plan).toBe('pro');
  });

  it('refuses an unknown plan with a clear error, nothing on stdout and no workspace', async () => {
    const before = await countWorkspaces();
    const res = await grivo(env, 'workspaces', 'create', '--name', 'Acme', '--plan', 'gold');
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/Unknown plan 'gold'\. Plans: free, pro\./);
    expect(await countWorkspaces()).toBe(before);
  });

  it('workspaces create without --name exits 2 with the usage', async () => {
    const res = await grivo(env, 'workspaces', 'create');
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/needs --name NAME/);
    expect(res.stderr).toMatch(/Usage: grivo <command>/);
  });

  it('keys create prints only the key, stored as its hash', async () => {
    const workspaceId = await createWorkspace();
    const key = await createKey(workspaceId);
    const row = await database.db
      .selectFrom('api_keys')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(createHash('sha256').update(key).digest('hex'));
  });

  it('keys create for an unknown workspace fails with a clear error', async () => {
    const res = await grivo(env, 'keys', 'create', '--workspace', 'ws_0000000000000000');
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/No workspace with id 'ws_0000000000000000'/);
  });

  it('keys list shows each key by id and prefix, never the secret', async () => {
    const workspaceId = await createWorkspace();
    const keys = [await createKey(workspaceId), await createKey(workspaceId)];
    const res = await grivo(env, 'keys', 'list', '--workspace', workspaceId);
    expect(res).toMatchObject({ code: 0, stderr: '' });
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const key of keys) {
      expect(res.stdout).toContain(`${key.slice(0, 'grv_live_'.length + 4)}…`);
      expect(res.stdout).not.toContain(key);
      // No 8 characters of the hidden part of the secret appear anywhere.
      const hidden = key.slice('grv_live_'.length + 4);
      for (let i = 0; i + 8 <= hidden.length; i++) expect(res.stdout).not.toContain(hidden.slice(i, i + 8));
    }
    expect(lines.every((line) => /^key_[0-9A-Za-z]{16}\t/.test(line))).toBe(true);
  });

  it('set-plan and revoke act on a running server at its very next request', async () => {
    const server: GrivoProcess = await startGrivo(env);
    try {
      const workspaceId = await createWorkspace();
      const key = await createKey(workspaceId);
      const list = () => fetch(`${server.url}/v1/chatbots`, { headers: { authorization: `Bearer ${key}` } });

      const first = await list();
      expect(first.status).toBe(200);
      expect(first.headers.get('x-ratelimit-limit')).toBe('60');

      const setPlan = await grivo(env, 'workspaces', 'set-plan', workspaceId, 'pro');
      expect(setPlan).toMatchObject({ code: 0, stdout: '' });
      const upgraded = await list();
      expect(upgraded.status).toBe(200);
      expect(upgraded.headers.get('x-ratelimit-limit')).toBe('300');

      const listed = await grivo(env, 'keys', 'list', '--workspace', workspaceId);
      const keyId = listed.stdout.split('\t')[0]!;
      expect(keyId).toMatch(/^key_[0-9A-Za-z]{16}$/);
      const revoke = await grivo(env, 'keys', 'revoke', keyId);
      expect(revoke).toMatchObject({ code: 0, stdout: '' });

      const refused = await list();
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('invalid_api_key');
      expect((await grivo(env, 'keys', 'list', '--workspace', workspaceId)).stdout).toMatch(/\trevoked \d{4}-/);
    } finally {
      await server.stop();
    }
  });

  it('set-plan refuses an unknown plan and an unknown workspace', async () => {
    const workspaceId = await createWorkspace();
    const bad = await grivo(env, 'workspaces', 'set-plan', workspaceId, 'gold');
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toMatch(/Unknown plan 'gold'/);
    expect((await workspace(workspaceId))?.plan).toBe('free');
    const missing = await grivo(env, 'workspaces', 'set-plan', 'ws_0000000000000000', 'pro');
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/No workspace with id 'ws_0000000000000000'/);
  });

  it('keys revoke of an unknown key fails', async () => {
    const res = await grivo(env, 'keys', 'revoke', 'key_0000000000000000');
    expect(res).toMatchObject({ code: 1, stdout: '' });
    expect(res.stderr).toMatch(/No API key with id 'key_0000000000000000'/);
  });
});

describe('the grivo CLI with invalid configuration', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-cli-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    [{ PORT: 'notanumber' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
  ])('serve with %j exits non-zero naming %s', async (bad, name) => {
    const res = await grivo({ GRIVO_DATA_DIR: dataDir, ...bad }, 'serve');
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/Invalid configuration/);
    expect(res.stderr).toMatch(new RegExp(`^  ${name}: `, 'm'));
  });

  it('names every bad variable at once', async () => {
    const res = await grivo(
      { GRIVO_DATA_DIR: dataDir, PORT: 'notanumber', DATABASE_URL: 'mysql://x' },
      'workspaces',
      'create',
      '--name',
      'A',
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^ {2}PORT: /m);
    expect(res.stderr).toMatch(/^ {2}DATABASE_URL: /m);
  });
});

describe('the grivo command', () => {
  // `npx grivo` and an installed package run the file package.json's `bin` names, by its
  // shebang. (npx itself is not run here: on first use it installs this checkout into
  // npm's cache, rebuilding dist/ under the other test files.)
  it('is the executable file package.json names, and runs by itself', async () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    const bin = path.resolve(pkg.bin.grivo!);
    expect(bin).toBe(path.resolve(CLI));
    expect(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const res = await run(bin, ['--help'], childEnv());
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Usage: grivo <command>/);
  });
});
