import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from './helpers/app.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/engines.js';
import { childEnv, startGrivo, type GrivoProcess } from './helpers/processes.js';

// The README's SDK examples, exactly as written there, run against a real
// server: what a developer copies must work.

function readmeExample(language: 'ts' | 'python'): string {
  const readme = fs.readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## SDKs and the CLI'));
  const block = section.match(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``));
  if (!block) throw new Error(`README.md has no ${language} example under "SDKs and the CLI"`);
  return block[1]!;
}

function run(file: string, args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env: childEnv(env), timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr });
    });
  });
}

describe.each(DIALECTS)('the README’s SDK examples on %s', (dialect) => {
  let database: TestDatabase;
  let server: GrivoProcess;
  const dir = path.resolve('test-artifacts');

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    server = await startGrivo(database.env);
    fs.mkdirSync(dir, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const env = async () => ({ GRIVO_URL: server.url, GRIVO_API_KEY: (await createTenant({ database })).key });
  const expectItWorked = (out: string) => {
    expect(out).toMatch(/Monday to Friday, 9 am to 6 pm.*\/sources\/src_\w+#opening-hours/);
    expect(out.trim().split('\n').at(-1)).toBe('ada@example.com');
  };

  it('TypeScript', async () => {
    // Inside the repository, so `@grivo/sdk` resolves to the workspace package.
    const file = path.join(dir, `readme-example-${dialect}.mts`);
    fs.writeFileSync(file, readmeExample('ts'));
    const res = await run(path.resolve('node_modules/.bin/tsx'), [file], await env());
    expect(res.code, res.out).toBe(0);
    expectItWorked(res.out);
  });

  it('Python', async () => {
    const res = await run('python3', ['-c', readmeExample('python')], {
      ...(await env()),
      PYTHONPATH: path.resolve('sdk/python'),
    });
    expect(res.code, res.out).toBe(0);
    expectItWorked(res.out);
  });
});
