// npm run bench:import [-- --rows N] — the contacts CSV import, end to end:
// generates a seeded CSV of N rows (default 1,000,000; 2 % bad), uploads it as
// a raw text/csv body to `POST /v1/contacts/import` on a Grivo server running
// as its own process (embedded queue) in a fresh workspace, and polls the
// import until it completes. Measures the raw baselines in the same run (SQLite:
// one prepared INSERT in one transaction, into a plain table and into one with
// the contacts' unique index; PostgreSQL, when TEST_DATABASE_URL is set: COPY
// FROM STDIN) and prints rows/s, seconds, the server's peak RSS and the ratio
// Grivo / baseline (SQLite: to the indexed one). Exits non-zero only when an import did not
// complete or its counts are wrong; the goals never change the exit code.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createTestDatabase, TEST_DATABASE_URL } from '../test/helpers/engines.js';
import { childEnv, CLI, startGrivo } from '../test/helpers/processes.js';
import { postgresBaseline, sqliteBaseline, type BaselineFigures, type SqliteTable } from './import-baseline.js';
import type { ImportResponse } from '../src/features/contacts/import/schema.js';
import { generateCsv, type GeneratedCsv } from './import-data.js';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    timeout: { type: 'string', default: '1800' }, // seconds one import may take
    'node-options': { type: 'string' }, // NODE_OPTIONS of the server process
    stall: { type: 'string', default: '60' }, // seconds without progress before giving up
    engine: { type: 'string' }, // sqlite, postgres or all (default: all the engines set up)
  },
});
const ROWS = Number(args.rows);
const TIMEOUT_S = Number(args.timeout);
const STALL_S = Number(args.stall);
if (!Number.isInteger(ROWS) || ROWS < 1) throw new Error(`--rows must be a whole number ≥ 1 (got ${args.rows})`);
if (!(TIMEOUT_S > 0)) throw new Error(`--timeout must be a number of seconds (got ${args.timeout})`);
if (!(STALL_S > 0)) throw new Error(`--stall must be a number of seconds (got ${args.stall})`);

const POLL_MS = 200;
const GOALS = {
  // SQLite's ratio is to the indexed baseline: the same rows into a table with the contacts' unique index.
  sqlite: { rowsPerSecond: 0, ratio: 0.8 },
  postgres: { rowsPerSecond: 0, ratio: 0.3 },
  peakRssMb: 250,
};

type Engine = 'sqlite' | 'postgres';
type Baseline = Engine | 'sqlite-plain' | 'sqlite-contacts' | 'postgres-contacts';

/** The import object the API answers with. */
type ImportResult = ImportResponse;

interface GrivoFigures {
  engine: Engine;
  seconds: number;
  uploadSeconds: number;
  /** The slowest answer to GET /v1/contacts/imports/:id while the import ran: how responsive the server stayed. */
  slowestPollSeconds: number;
  rowsPerSecond: number;
  idleRssMb: number | undefined;
  peakRssMb: number | undefined;
  result: ImportResult;
  /** Problems with the result; empty when the import completed with the expected counts. */
  problems: string[];
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes: number) => bytes / 1024 / 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A line of /proc/<pid>/status in MiB (VmHWM: peak resident set size; VmRSS: current); undefined off Linux. */
function procMemoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function cli(env: Record<string, string>, ...argv: string[]): string {
  return execFileSync(process.execPath, [CLI, ...argv], { env: childEnv(env) })
    .toString()
    .trim();
}

/** Streams the file as the raw request body (never read into memory); resolves with the answer. */
function upload(url: string, key: string, file: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request(
      `${url}/v1/contacts/import`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'text/csv',
          'content-length': fs.statSync(file).size,
        },
      },
      (response) => {
        answered = true;
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (d: string) => (body += d));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('error', reject);
      },
    );
    // The server may answer (413, 401…) before it has read the whole body.
    pipeline(fs.createReadStream(file, { highWaterMark: 256 * 1024 }), request).catch((error: unknown) => {
      if (!answered) reject(error);
    });
  });
}

async function runGrivo(engine: Engine, csv: GeneratedCsv): Promise<GrivoFigures> {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  if (engine === 'postgres') {
    const database = await createTestDatabase('postgres'); // a fresh, migrated schema
    env = database.env;
    cleanup = () => database.drop();
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-bench-'));
    env = { GRIVO_DATA_DIR: dataDir };
    cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
  env = {
    ...env,
    GRIVO_LOG_LEVEL: 'warn',
    GRIVO_RATE_LIMIT_PRO: '100000', // polling must not be rate limited
    GRIVO_IMPORT_MAX_BYTES: String(1024 * 1024 * 1024),
    GRIVO_PLAN_PRO_CONTACTS: '10000000',
    // e.g. --node-options=--max-old-space-size=128 to bound the server's heap
    ...(args['node-options'] ? { NODE_OPTIONS: args['node-options'] } : {}),
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('MALLOC_')) as [string, string][]),
  };

  try {
    const workspace = cli(env, 'workspaces', 'create', '--name', 'Bench import', '--plan', 'pro');
    const key = cli(env, 'keys', 'create', '--workspace', workspace);
    const grivo = await startGrivo(env);
    const pid = grivo.child.pid!;
    try {
      const idleRssMb = procMemoryMb(pid, 'VmRSS');
      const started = performance.now();
      const answer = await upload(grivo.url, key, csv.file);
      const uploadSeconds = (performance.now() - started) / 1000;
      if (answer.status !== 202) throw new Error(`POST /v1/contacts/import answered ${answer.status}: ${answer.body}`);
      let result = JSON.parse(answer.body) as ImportResult;
      console.log(
        `  ${engine}: uploaded in ${uploadSeconds.toFixed(1)} s → ${result.id} (${result.status}, rows_total ${fmt(result.rows_total)})`,
      );

      const deadline = started + TIMEOUT_S * 1000;
      let lastReport = performance.now();
      let lastProgress = { at: performance.now(), rows: -1, status: result.status };
      let slowestPollSeconds = 0;
      while (result.status === 'queued' || result.status === 'processing') {
        if (grivo.child.exitCode !== null)
          throw new Error(`grivo exited with ${grivo.child.exitCode}:\n${grivo.output()}`);
        if (performance.now() > deadline)
          throw new Error(`the import is still ${result.status} after ${TIMEOUT_S} s (--timeout)`);
        if (result.rows_processed !== lastProgress.rows || result.status !== lastProgress.status) {
          lastProgress = { at: performance.now(), rows: result.rows_processed, status: result.status };
        } else if (performance.now() - lastProgress.at > STALL_S * 1000) {
          throw new Error(
            `the import made no progress for ${STALL_S} s (--stall): ${result.status}, ${fmt(result.rows_processed)} / ${fmt(result.rows_total)} rows` +
              (grivo.output().trim() ? `; server output:\n${grivo.output().slice(-4000)}` : ''),
          );
        }
        await sleep(POLL_MS);
        const asked = performance.now();
        const response = await fetch(`${grivo.url}/v1/contacts/imports/${result.id}`, {
          headers: { authorization: `Bearer ${key}` },
          signal: AbortSignal.timeout(Math.max(1000, Math.round(deadline - asked))),
        });
        if (!response.ok)
          throw new Error(
            `GET /v1/contacts/imports/${result.id} answered ${response.status}: ${await response.text()}`,
          );
        result = (await response.json()) as ImportResult;
        slowestPollSeconds = Math.max(slowestPollSeconds, (performance.now() - asked) / 1000);
        if (performance.now() - lastReport >= 5000) {
          lastReport = performance.now();
          const elapsed = (lastReport - started) / 1000;
          const rss = procMemoryMb(pid, 'VmRSS');
          console.log(
            `  ${engine}: ${elapsed.toFixed(0).padStart(4)} s  ${result.status}  ${fmt(result.rows_processed)} / ${fmt(result.rows_total)} rows` +
              (rss === undefined ? '' : `  RSS ${rss.toFixed(0)} MB`),
          );
        }
      }
      const seconds = (performance.now() - started) / 1000;
      const peakRssMb = procMemoryMb(pid, 'VmHWM');

      const problems: string[] = [];
      if (result.status !== 'completed')
        problems.push(`status ${result.status}${result.error ? `: ${result.error}` : ''}`);
      const expect = (name: keyof ImportResult, actual: number, wanted: number) => {
        if (actual !== wanted) problems.push(`${name} ${fmt(actual)}, expected ${fmt(wanted)}`);
      };
      expect('rows_total', result.rows_total, csv.rows);
      expect('rows_processed', result.rows_processed, csv.rows);
      expect('created', result.created, csv.goodRows);
      expect('updated', result.updated, 0);
      expect('skipped', result.skipped, 0);
      expect('failed', result.failed, csv.badEmailRows + csv.extraFieldRows);
      return {
        engine,
        seconds,
        uploadSeconds,
        slowestPollSeconds,
        rowsPerSecond: csv.rows / seconds,
        idleRssMb,
        peakRssMb,
        result,
        problems,
      };
    } finally {
      // A server whose import is stuck may never finish a graceful shutdown.
      await Promise.race([grivo.stop(), sleep(15_000)]);
      if (grivo.child.exitCode === null && grivo.child.signalCode === null) grivo.child.kill('SIGKILL');
    }
  } finally {
    await cleanup();
  }
}

function report(csv: GeneratedCsv, runs: GrivoFigures[], baselines: Partial<Record<Baseline, BaselineFigures>>): void {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  console.log(
    '\n' +
      [
        'engine'.padEnd(8),
        'rows'.padStart(12),
        'seconds'.padStart(8),
        'rows/s'.padStart(10),
        'baseline rows/s'.padStart(16),
        'ratio'.padStart(6),
        'peak RSS MB'.padStart(12),
        ' goals',
      ].join(' '),
  );
  for (const run of runs) {
    const baseline = baselines[run.engine];
    const ratio = baseline ? run.rowsPerSecond / baseline.rowsPerSecond : undefined;
    const goal = GOALS[run.engine];
    const goals = [
      ...(goal.rowsPerSecond > 0
        ? [`rows/s ≥ ${fmt(goal.rowsPerSecond)} ${mark(run.rowsPerSecond >= goal.rowsPerSecond)}`]
        : []),
      `ratio ≥ ${goal.ratio} ${ratio === undefined ? '?' : mark(ratio >= goal.ratio)}`,
      `RSS ≤ ${GOALS.peakRssMb} MB ${run.peakRssMb === undefined ? '?' : mark(run.peakRssMb <= GOALS.peakRssMb)}`,
    ];
    console.log(
      [
        run.engine.padEnd(8),
        fmt(csv.rows).padStart(12),
        run.seconds.toFixed(2).padStart(8),
        fmt(run.rowsPerSecond).padStart(10),
        (baseline ? fmt(baseline.rowsPerSecond) : 'n/a').padStart(16),
        (ratio === undefined ? 'n/a' : ratio.toFixed(2)).padStart(6),
        (run.peakRssMb === undefined ? 'n/a' : run.peakRssMb.toFixed(0)).padStart(12),
        ` ${goals.join(', ')}`,
      ].join(' '),
    );
    const plain = run.engine === 'sqlite' ? baselines['sqlite-plain'] : undefined;
    if (plain)
      console.log(
        `${''.padEnd(8)} (${(run.rowsPerSecond / plain.rowsPerSecond).toFixed(2)} of the plain-table baseline, ${fmt(plain.rowsPerSecond)} rows/s)`,
      );
    const own = baselines[run.engine === 'sqlite' ? 'sqlite-contacts' : 'postgres-contacts'];
    if (own && baseline)
      console.log(
        `${''.padEnd(8)} (${(run.rowsPerSecond / own.rowsPerSecond).toFixed(2)} of Grivo's own contacts table loaded alone, ${fmt(own.rowsPerSecond)} rows/s: ` +
          `the most this schema allows is ${(own.rowsPerSecond / baseline.rowsPerSecond).toFixed(2)} of the ${run.engine === 'sqlite' ? 'indexed baseline' : 'plain COPY'})`,
      );
  }
}

/** `--engine`'s engines; by default SQLite, and PostgreSQL when TEST_DATABASE_URL is set. */
function enginesToRun(): Engine[] {
  const all: Engine[] = TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
  const wanted = args.engine ?? 'all';
  if (wanted === 'all') return all;
  if (wanted !== 'sqlite' && wanted !== 'postgres')
    throw new Error(`--engine must be sqlite, postgres or all (got ${wanted})`);
  if (!all.includes(wanted)) throw new Error('--engine postgres needs TEST_DATABASE_URL');
  return [wanted];
}

async function main(): Promise<void> {
  const engines = enginesToRun();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-bench-csv-'));
  try {
    let t = performance.now();
    const csv = await generateCsv(path.join(dir, 'contacts.csv'), ROWS, {
      ...(engines.includes('postgres') ? { goodFile: path.join(dir, 'contacts-good.csv') } : {}),
    });
    console.log(
      `contacts.csv: ${fmt(csv.rows)} rows, ${fmt(mb(csv.bytes), 1)} MB (generated in ${((performance.now() - t) / 1000).toFixed(1)} s); ` +
        `bad rows: ${fmt(csv.badEmailRows)} invalid email + ${fmt(csv.extraFieldRows)} extra field = ` +
        `${(((csv.badEmailRows + csv.extraFieldRows) / csv.rows) * 100).toFixed(1)} %`,
    );
    console.log(
      `engines: ${engines.join(', ')}${TEST_DATABASE_URL ? '' : ' (set TEST_DATABASE_URL for PostgreSQL)'}\n`,
    );

    const baselines: Partial<Record<Baseline, BaselineFigures>> = {};
    const tables = {
      plain: { key: 'sqlite-plain', label: 'plain table' },
      indexed: { key: 'sqlite', label: 'unique (workspace, email) index' },
      contacts: { key: 'sqlite-contacts', label: "Grivo's contacts table, every column as an import stores it" },
    } as const;
    const sqliteTables = engines.includes('sqlite') ? Object.entries(tables) : [];
    for (const [table, { key, label }] of sqliteTables as [SqliteTable, (typeof tables)[SqliteTable]][]) {
      t = performance.now();
      const figures = await sqliteBaseline(csv.file, table);
      baselines[key] = figures;
      console.log(
        `baseline sqlite, ${label}: ${fmt(figures.rows)} good rows in ${figures.seconds.toFixed(2)} s → ${fmt(figures.rowsPerSecond)} rows/s ` +
          `(prepared INSERT in file order, one transaction, WAL + synchronous=NORMAL; INSERTs timed, papaparse not; ${((performance.now() - t) / 1000).toFixed(1)} s in all)`,
      );
    }
    if (TEST_DATABASE_URL && csv.goodFile) {
      baselines.postgres = await postgresBaseline(TEST_DATABASE_URL, csv.goodFile.file, 'plain');
      console.log(
        `baseline postgres: ${fmt(baselines.postgres.rows)} good rows in ${baselines.postgres.seconds.toFixed(2)} s → ${fmt(baselines.postgres.rowsPerSecond)} rows/s ` +
          `(COPY FROM STDIN, csv, of the file without its bad rows: ${fmt(mb(csv.goodFile.bytes), 1)} MB)`,
      );
      const own = await postgresBaseline(TEST_DATABASE_URL, csv.goodFile.file, 'contacts');
      baselines['postgres-contacts'] = own;
      console.log(
        `baseline postgres, Grivo's contacts table, every column as an import stores it: ${fmt(own.rows)} rows in ${own.seconds.toFixed(2)} s → ${fmt(own.rowsPerSecond)} rows/s ` +
          '(COPY FROM STDIN, csv, of the rows made before the timing)',
      );
    }
    console.log("(the baselines count the good rows they store; Grivo's rows/s counts every data row of the file)\n");

    const runs: GrivoFigures[] = [];
    let failures = 0;
    const incomplete: Engine[] = [];
    for (const engine of engines) {
      try {
        const run = await runGrivo(engine, csv);
        runs.push(run);
        const r = run.result;
        console.log(
          `  ${engine}: ${r.status} in ${run.seconds.toFixed(2)} s (upload ${run.uploadSeconds.toFixed(2)} s) — created ${fmt(r.created)}, ` +
            `updated ${fmt(r.updated)}, skipped ${fmt(r.skipped)}, failed ${fmt(r.failed)} (${((r.failed / csv.rows) * 100).toFixed(2)} %); ` +
            `RSS idle ${run.idleRssMb?.toFixed(0) ?? 'n/a'} MB, peak ${run.peakRssMb?.toFixed(0) ?? 'n/a'} MB; ` +
            `slowest progress poll ${run.slowestPollSeconds.toFixed(2)} s`,
        );
        for (const e of r.errors.slice(0, 2)) console.log(`    e.g. line ${e.line}: ${e.message}`);
        if (run.problems.length > 0) {
          failures++;
          console.log(`  ✗ ${engine}: ${run.problems.join('; ')}`);
        }
      } catch (error) {
        failures++;
        incomplete.push(engine);
        console.error(`  ✗ ${engine}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    report(csv, runs, baselines);
    for (const engine of incomplete) console.log(`${engine.padEnd(8)} ✗ the import did not complete (see above)`);
    if (failures > 0) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
