// npm run bench:api — authenticated `GET /v1/chatbots` on Grivo (embedded:
// SQLite, in-memory limiter) against two baselines, each its own process,
// driven alternately by autocannon (50 connections, ≥10 s a run): a bare
// node:http server answering the same JSON body, and a reference server doing
// the same work with nothing else (node:http + better-sqlite3 on Grivo's own
// database file: the key's hash looked up, a page of rows serialised;
// bench/api-reference.ts). Prints req/s, p50, p99 and the ratios. Not a test:
// nothing here passes or fails.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort, startGrivo, CLI } from '../test/helpers/processes.js';
import { profilerNodeOptions, summariseProfile } from './send-profile.js';

const { values: args } = parseArgs({
  options: {
    'cpu-prof': { type: 'string' }, // a directory: profile Grivo's server and print its top functions
  },
});

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 50;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  /** The server process's CPU time (user + system, every thread) per request answered, in µs. */
  cpuUs: number;
  non2xx: number;
}

// utime + stime of a process, in clock ticks (1/100 s on Linux).
function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

// The CPU time per request is what the server itself spends, whatever else runs on the
// machine: steadier than req/s where the load generator and other work share the cores.
async function drive(url: string, headers: Record<string, string>, pid: number): Promise<Figures> {
  const before = cpuTicks(pid);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  const requests = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuUs: ((cpuTicks(pid) - before) * 10_000) / requests,
    non2xx: result.non2xx + result.errors + result.timeouts,
  };
}

async function startReference(dbFile: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const script = path.join(import.meta.dirname, 'api-reference.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, dbFile, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return { url: `http://127.0.0.1:${port}`, child };
}

async function startBare(body: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const source = `
    const http = require('node:http');
    const body = ${JSON.stringify(body)};
    http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    }).listen(${port}, '127.0.0.1', () => process.stdout.write('ready\\n'));`;
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return { url: `http://127.0.0.1:${port}`, child };
}

function cli(env: Record<string, string>, ...args: string[]): string {
  return execFileSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } })
    .toString()
    .trim();
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-bench-'));
  // A Pro workspace whose limit cannot interfere with the measurement.
  const env = { GRIVO_DATA_DIR: dataDir, GRIVO_RATE_LIMIT_PRO: '1000000000', GRIVO_LOG_LEVEL: 'warn' };
  const workspace = cli(env, 'workspaces', 'create', '--name', 'Bench', '--plan', 'pro');
  const key = cli(env, 'keys', 'create', '--workspace', workspace);
  const headers = { authorization: `Bearer ${key}` };

  const profileDir = args['cpu-prof'];
  const grivo = await startGrivo(profileDir ? { ...env, NODE_OPTIONS: profilerNodeOptions(profileDir) } : env);
  for (const name of ['Support', 'Sales', 'Docs']) {
    await fetch(`${grivo.url}/v1/chatbots`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name, website_url: 'https://example.com/' }),
    });
  }
  const body = await (await fetch(`${grivo.url}/v1/chatbots`, { headers })).text();
  const bare = await startBare(body);
  const reference = await startReference(path.join(dataDir, 'grivo.db'));
  console.log(
    `GET /v1/chatbots → ${body.length} bytes; ${CONNECTIONS} connections, ${ROUNDS} × ${DURATION_S} s each, alternated\n`,
  );

  const runs: Record<'bare' | 'reference' | 'grivo', Figures[]> = { bare: [], reference: [], grivo: [] };
  try {
    await drive(`${grivo.url}/v1/chatbots`, headers, grivo.child.pid!); // warm-up (JIT, SQLite page cache)
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, url, pid] of [
        ['bare', bare.url, bare.child.pid!],
        ['reference', `${reference.url}/v1/chatbots`, reference.child.pid!],
        ['grivo', `${grivo.url}/v1/chatbots`, grivo.child.pid!],
      ] as const) {
        const figures = await drive(url, headers, pid);
        runs[name].push(figures);
        console.log(
          `round ${round} ${name.padEnd(9)} ${figures.rps.toFixed(0).padStart(7)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  CPU ${figures.cpuUs.toFixed(0)} µs/request  non-2xx ${figures.non2xx}`,
        );
      }
    }
  } finally {
    bare.child.kill();
    reference.child.kill();
    await grivo.stop();
    if (profileDir) summariseProfile(profileDir, grivo.child.pid!, 25, 'the API server');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const mean = (xs: Figures[], k: keyof Figures) => xs.reduce((s, x) => s + x[k], 0) / xs.length;
  const summary = (name: keyof typeof runs) => ({
    rps: mean(runs[name], 'rps'),
    p50: mean(runs[name], 'p50'),
    p99: mean(runs[name], 'p99'),
    cpuUs: mean(runs[name], 'cpuUs'),
  });
  const [b, r, g] = [summary('bare'), summary('reference'), summary('grivo')];
  for (const [name, f] of [
    ['bare node:http', b],
    ['reference', r],
    ['grivo', g],
  ] as const)
    console.log(
      `${name.padEnd(15)} ${f.rps.toFixed(0)} req/s  p50 ${f.p50.toFixed(1)} ms  p99 ${f.p99.toFixed(1)} ms  CPU ${f.cpuUs.toFixed(0)} µs/request`,
    );
  console.log(`ratio grivo/reference ${(g.rps / r.rps).toFixed(2)}  (goal ≥ 0.60; p99 goal ≤ 10 ms)`);
  console.log(`CPU per request grivo/reference ${(g.cpuUs / r.cpuUs).toFixed(2)}`);
  console.log(`ratio grivo/bare      ${(g.rps / b.rps).toFixed(2)}`);
}

await main();
