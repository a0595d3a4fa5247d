import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN } from './helpers/campaigns.js';
import { createTenant, type Tenant } from './helpers/app.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/engines.js';
import { childEnv, CLI, startGrivo, type GrivoProcess } from './helpers/processes.js';
import { page, startSite, type TestSite } from './helpers/site.js';

// The API half of the CLI as a developer runs it: the compiled `dist/cli.js`,
// configured by GRIVO_URL and GRIVO_API_KEY, calling a real Grivo server
// through the SDK.

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function grivo(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: childEnv(env), timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe.each(DIALECTS)('the grivo CLI calling the API on %s', (dialect) => {
  let database: TestDatabase;
  let server: GrivoProcess;
  let tenant: Tenant;
  let env: Record<string, string>;
  let site: TestSite;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-cli-api-'));

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    server = await startGrivo({ ...database.env, GRIVO_CRAWL_ALLOW_PRIVATE: 'true' });
    site = await startSite({
      '/': page('Home', '<h1>Bike Shop</h1><p>We repair bicycles.</p><a href="/about">About</a>'),
      '/about': page('About', '<h1>About</h1><p>We are open Monday to Friday.</p>'),
      '/robots.txt': { body: 'User-agent: *\nAllow: /\n', type: 'text/plain' },
    });
    tenant = await createTenant({ database }, 'pro');
    env = { GRIVO_URL: server.url, GRIVO_API_KEY: tenant.key };
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await site?.close();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const api = async (method: string, url: string, body?: unknown) => {
    const res = await fetch(`${server.url}${url}`, {
      method,
      headers: { ...tenant.auth, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return res.json() as Promise<any>;
  };

  it('creates, lists and reads chatbots as a table or as the API’s JSON', async () => {
    const created = await grivo(env, 'chatbots', 'create', '--name', 'Support desk');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const [heading, row] = created.stdout.trim().split('\n');
    expect(heading).toMatch(/^ID\s+STATUS\s+PAGES\s+NAME$/);
    const id = row!.split(/\s+/)[0]!;
    expect(id).toMatch(/^bot_/);
    expect(row).toMatch(/untrained\s+0\s+Support desk$/);

    const listed = await grivo(env, 'chatbots', 'list', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout).map((b: { id: string }) => b.id)).toContain(id);

    const missing = await grivo(env, 'chatbots', 'get', 'bot_doesnotexist0000');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^grivo: .+ \(not_found, HTTP 404\)\n$/);
  });

  it('trains a chatbot on a website and follows the crawl to the end', async () => {
    const created = await grivo(env, 'chatbots', 'create', '--name', 'Bike shop', '--website', site.url, '--json');
    expect(created.code).toBe(0);
    const bot = JSON.parse(created.stdout);
    expect(bot.website_url).toBe(site.url);
    // Creating with a website starts a crawl; wait for it, then train again and follow that one.
    for (let i = 0; i < 200 && (await api('GET', `/v1/chatbots/${bot.id}`)).status === 'training'; i++)
      await sleep(100);
    const res = await grivo(env, 'chatbots', 'train', bot.id, '--wait');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^${bot.id}\\s+active\\s+2\\s+Bike shop$`, 'm'));
    // A small site never reaches the page limit: the total stays unknown, so no percentage.
    expect(res.stderr).toMatch(/^Training: reading the site — \d+ pages? so far$/m);
    expect(res.stderr).not.toMatch(/%/);
  });

  it('imports a CSV file, showing progress until it is done', async () => {
    const file = path.join(dir, 'people.csv');
    fs.writeFileSync(file, 'email,first_name\nada@example.com,Ada\nalan@example.com,Alan\nnot-an-email,Bad\n');
    const res = await grivo({ ...env }, 'contacts', 'import', file, '--tag', 'cli-import', '--wait', '--json');
    expect(res.code).toBe(0);
    // Not a terminal: one progress line per change, on stderr, never mixed into the JSON.
    expect(res.stderr).toMatch(/^Importing \[[#·]+\]\s+\d+ %/m);
    const job = JSON.parse(res.stdout);
    expect(job).toMatchObject({ status: 'completed', created: 2, failed: 1 });

    const listed = await grivo(env, 'contacts', 'list', '--tag', 'cli-import');
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(listed.stdout).toContain('ada@example.com');
    expect(listed.stdout).toContain('alan@example.com');
  });

  it('sends a campaign and follows it to the end', async () => {
    await api('POST', '/v1/contacts', { email: 'reader@example.com', tags: ['cli-send'] });
    const campaign = await api('POST', '/v1/campaigns', { ...CAMPAIGN, audience: { tags: ['cli-send'] } });
    expect(campaign.id).toMatch(/^cmp_/);
    const res = await grivo(env, 'campaigns', 'send', campaign.id, '--wait');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^${campaign.id}\\s+sent\\s+1/1\\s+November news$`, 'm'));

    const again = await grivo(env, 'campaigns', 'send', campaign.id);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/HTTP 409/);
  });

  it('asks a chatbot, whole or streamed, and prints the sources', async () => {
    const bot = await api('POST', '/v1/chatbots', { name: 'Shop' });
    await api('POST', `/v1/chatbots/${bot.id}/sources`, {
      type: 'text',
      title: 'Opening hours',
      text: '# Opening hours\n\nThe shop is open Monday to Friday from 9 am to 6 pm, and on Saturday from 10 am to 4 pm.',
    });
    for (let i = 0; i < 200; i++) {
      const { data } = await api('GET', `/v1/chatbots/${bot.id}/sources`);
      if (data[0]?.status === 'trained') break;
      await sleep(100);
    }
    for (const args of [[], ['--stream']]) {
      const res = await grivo(env, 'chat', bot.id, 'When is the shop open on Saturday?', ...args);
      expect(res).toMatchObject({ code: 0, stderr: '' });
      expect(res.stdout).toMatch(/10 am to 4 pm/);
      expect(res.stdout).toMatch(/\nSources:\n {2}Opening hours — .+\/sources\/src_/);
    }
  });

  it('explains what is missing: no key, a key that is refused, a command it does not know', async () => {
    const noKey = await grivo({ GRIVO_URL: server.url }, 'chatbots', 'list');
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toMatch(/^grivo: No API key: .*GRIVO_API_KEY.* \(missing_api_key\)\n$/);

    const badKey = await grivo({ ...env, GRIVO_API_KEY: 'grv_live_nope' }, 'chatbots', 'list');
    expect(badKey.code).toBe(1);
    expect(badKey.stderr).toMatch(/HTTP 401/);

    const usage = await grivo(env, 'contacts', 'import');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/contacts import needs FILE\.csv/);

    const down = await grivo({ ...env, GRIVO_URL: 'http://127.0.0.1:9' }, 'chatbots', 'list');
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/network_error/);
  });
});
