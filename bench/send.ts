// npm run bench:send [-- --contacts N --pool N --engine sqlite|postgres] — a
// personalized campaign sent to N contacts (default 100,000) by `grivo serve`
// (its own process) through a local SMTP sink (Postfix's smtp-sink, fetched
// into .scratch/postfix/; smtp-server when it cannot be had), against a bare
// pooled nodemailer transport sending the same number of pre-rendered
// messages to the same sink in the same run. Polls the campaign's stats every
// 100 ms while it sends and prints messages/s, the ratio Grivo / nodemailer,
// the stats' response times and the server's peak RSS. The goals never
// change the exit code; only a send that did not complete does.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { childEnv, CLI, startGrivo, type GrivoProcess } from '../test/helpers/processes.js';
import { nodemailerBaseline, renderBaselineMessages, type BaselineFigures } from './send-baseline.js';
import {
  apiClient,
  createCampaign,
  importContacts,
  procCpuSeconds,
  procMemoryMb,
  sendCampaign,
  type SendFigures,
} from './send-grivo.js';
import { countersSince, PostgresCpu, postgresCounters, type PostgresCounters } from './send-postgres.js';
import { profilerNodeOptions, summariseProfile } from './send-profile.js';
import { startSink, type Sink } from './send-sink.js';

const { values: args } = parseArgs({
  options: {
    contacts: { type: 'string', default: '100000' },
    pool: { type: 'string', default: '5' }, // GRIVO_SMTP_POOL_SIZE, and the baseline's maxConnections
    engine: { type: 'string', default: 'sqlite' },
    'database-url': { type: 'string' }, // --engine postgres: where to make a fresh schema
    sink: { type: 'string', default: 'auto' }, // auto | smtp-sink | smtp-server
    'node-options': { type: 'string' }, // NODE_OPTIONS of the sending server, e.g. --max-old-space-size=128
    'cpu-prof': { type: 'string' }, // a directory: profile the sending server and print its top functions
    timeout: { type: 'string', default: '900' }, // seconds the send may take
    stall: { type: 'string', default: '60' }, // seconds without a message sent before giving up
  },
});
const CONTACTS = Number(args.contacts);
const POOL = Number(args.pool);
const ENGINE = args.engine;
const DATABASE_URL =
  args['database-url'] ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
if (!Number.isInteger(CONTACTS) || CONTACTS < 1)
  throw new Error(`--contacts must be a whole number ≥ 1 (got ${args.contacts})`);
if (!Number.isInteger(POOL) || POOL < 1) throw new Error(`--pool must be a whole number ≥ 1 (got ${args.pool})`);
if (ENGINE !== 'sqlite' && ENGINE !== 'postgres')
  throw new Error(`--engine must be sqlite or postgres (got ${ENGINE})`);
if (!['auto', 'smtp-sink', 'smtp-server'].includes(args.sink))
  throw new Error(`--sink must be auto, smtp-sink or smtp-server (got ${args.sink})`);

const GOALS = { ratio: 0.85, statsP95Ms: 50 };
const PUBLIC_URL = 'https://grivo.example.com'; // in every link; the baseline renders the same

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (met: boolean) => (met ? 'MET' : 'MISSED');
const log = (line: string) => console.log(`  ${line}`);

/** A fresh, empty database for this run and the environment that points Grivo at it. */
async function freshDatabase(): Promise<{ env: Record<string, string>; where: string; drop(): Promise<void> }> {
  if (ENGINE === 'postgres') {
    // The test helper makes (and migrates, under its lock) a schema of its own; it reads TEST_DATABASE_URL when first loaded.
    process.env.TEST_DATABASE_URL = DATABASE_URL;
    const { createTestDatabase } = await import('../test/helpers/engines.js');
    const database = await createTestDatabase('postgres');
    const schema = new URL(database.databaseUrl!).searchParams.get('options')?.replace('-c search_path=', '');
    return { env: database.env, where: `schema ${schema} of ${DATABASE_URL}`, drop: () => database.drop() };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-bench-send-'));
  return {
    env: { GRIVO_DATA_DIR: dataDir },
    where: dataDir,
    drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

function cli(env: Record<string, string>, ...argv: string[]): string {
  return execFileSync(process.execPath, [CLI, ...argv], { env: childEnv(env) })
    .toString()
    .trim();
}

async function stopGrivo(grivo: GrivoProcess | undefined): Promise<void> {
  if (!grivo) return;
  // A profile (--cpu-prof) is written on the way out; a stuck server gets 30 s, then SIGKILL.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([grivo.stop(), new Promise((r) => (timer = setTimeout(r, 30_000)))]);
  clearTimeout(timer); // a pending timer would keep this process alive for the rest of the 30 s
  if (grivo.child.exitCode === null && grivo.child.signalCode === null) grivo.child.kill('SIGKILL');
}

function percentile(sorted: number[], q: number): number {
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

interface GrivoRun {
  send: SendFigures;
  idleRssMb: number | undefined;
  peakRssMb: number | undefined;
  cpuSeconds: number | undefined;
  sinkReceived: number;
  /** --engine postgres: the server's CPU while sending, and what the send wrote. */
  postgres?: { cpu: { backends: number; background: number }; counters: PostgresCounters };
}

async function main(): Promise<void> {
  console.log(`bench:send — ${fmt(CONTACTS)} contacts, SMTP pool ${POOL}, engine ${ENGINE}\n`);
  let sink: Sink | undefined;
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  let grivo: GrivoProcess | undefined;
  try {
    sink = await startSink(args.sink as 'auto', log);
    log(`sink: ${sink.description} on ${sink.url}`);
    database = await freshDatabase();
    log(`database: ${ENGINE}, ${database.where}`);
    const env = {
      ...database.env,
      GRIVO_LOG_LEVEL: 'warn',
      GRIVO_RATE_LIMIT_PRO: '1000000000', // 10 polls a second must never be limited
      GRIVO_PLAN_PRO_CONTACTS: String(Math.max(CONTACTS, 100_000)),
      GRIVO_IMPORT_MAX_BYTES: String(1024 * 1024 * 1024),
      SMTP_URL: sink.url,
      GRIVO_SMTP_POOL_SIZE: String(POOL),
      GRIVO_PUBLIC_URL: PUBLIC_URL,
    };
    const nodeOptions = [args['node-options'], args['cpu-prof'] && profilerNodeOptions(args['cpu-prof'])]
      .filter(Boolean)
      .join(' ');
    const workspace = cli(env, 'workspaces', 'create', '--name', 'Bench send', '--plan', 'pro');
    const key = cli(env, 'keys', 'create', '--workspace', workspace);

    // Setup, untimed, on a server of its own: what the import leaves in its heap stays out of the send's figures.
    grivo = await startGrivo(env);
    let api = apiClient(grivo.url, key);
    const importSeconds = await importContacts(api, CONTACTS, 1800);
    const campaign = await createCampaign(api);
    await stopGrivo(grivo);
    grivo = undefined;
    log(
      `setup: ${fmt(CONTACTS)} contacts imported in ${importSeconds.toFixed(1)} s; campaign ${campaign.id} (${fmt(Buffer.byteLength(campaign.html))} bytes of HTML template)`,
    );

    // Baseline: the same sink, the same number of messages, rendered beforehand.
    const rendered = renderBaselineMessages(campaign.id, PUBLIC_URL, CONTACTS);
    const sinkBefore = await sink.settle();
    const cpuBefore = process.cpuUsage();
    const blast = await nodemailerBaseline(sink, POOL, rendered.mails, POOL);
    const benchCpu = process.cpuUsage(cpuBefore);
    const baseline: BaselineFigures = { ...blast, contentBytes: rendered.contentBytes };
    const baselineReceived = (await sink.settle()) - sinkBefore;
    rendered.mails.length = 0;
    log(
      `baseline: nodemailer, pool ${POOL}, ${POOL} sendMail calls in flight: ${fmt(baseline.messages)} in ${baseline.seconds.toFixed(2)} s ` +
        `→ ${fmt(baseline.perSecond)} msg/s (sink received ${fmt(baselineReceived)}; ${fmt(baseline.contentBytes / 1024, 1)} KiB of HTML + text a message; ` +
        `CPU ${((benchCpu.user + benchCpu.system) / 1e6).toFixed(1)} s)`,
    );

    // Grivo: a fresh server sends the campaign while we poll its stats.
    grivo = await startGrivo({ ...env, ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) });
    api = apiClient(grivo.url, key);
    const pid = grivo.child.pid!;
    const server = grivo;
    await new Promise((r) => setTimeout(r, 500)); // let it settle before the idle reading
    const idleRssMb = procMemoryMb(pid, 'VmRSS');
    const sinkBeforeSend = await sink.settle();
    const databaseUrl = database.env.DATABASE_URL;
    const countersBefore = databaseUrl ? await postgresCounters(databaseUrl) : undefined;
    const postgresCpu = databaseUrl ? new PostgresCpu(pid) : undefined;
    postgresCpu?.sample();
    const cpuAtStart = procCpuSeconds(pid);
    const send = await sendCampaign(api, campaign.id, {
      rssMb: () => procMemoryMb(pid, 'VmRSS'),
      sample: () => postgresCpu?.sample(),
      check: () => {
        if (server.child.exitCode !== null)
          throw new Error(`grivo exited with ${server.child.exitCode}:\n${server.output().slice(-4000)}`);
      },
      log: (line) => log(`grivo: ${line}`),
      timeoutS: Number(args.timeout),
      stallS: Number(args.stall),
    });
    const cpuAtEnd = procCpuSeconds(pid);
    postgresCpu?.sample();
    const run: GrivoRun = {
      send,
      idleRssMb,
      peakRssMb: procMemoryMb(pid, 'VmHWM'),
      cpuSeconds: cpuAtStart === undefined || cpuAtEnd === undefined ? undefined : cpuAtEnd - cpuAtStart,
      sinkReceived: (await sink.settle()) - sinkBeforeSend,
    };
    if (grivo.output().trim()) log(`grivo's own output (warnings and errors):\n${grivo.output().trim().slice(-3000)}`);
    await stopGrivo(grivo);
    grivo = undefined;
    // Read once the server has stopped: its backends report their statistics on the way out.
    if (databaseUrl && countersBefore && postgresCpu)
      run.postgres = {
        cpu: postgresCpu.seconds(),
        counters: countersSince(countersBefore, await postgresCounters(databaseUrl)),
      };
    if (!report(sink, baseline, run)) process.exitCode = 1;
    if (args['cpu-prof']) summariseProfile(args['cpu-prof'], pid);
  } finally {
    await stopGrivo(grivo);
    await sink?.stop();
    await database?.drop();
  }
}

/** Prints the summary; false when the send did not deliver every message. */
function report(sink: Sink, baseline: BaselineFigures, run: GrivoRun): boolean {
  const { send } = run;
  const s = send.stats;
  const perSecond = s.sent / send.seconds;
  const ratio = perSecond / baseline.perSecond;
  const sorted = [...send.latencies].sort((a, b) => a - b);
  const [p50, p95, max] = [percentile(sorted, 0.5), percentile(sorted, 0.95), sorted[sorted.length - 1] ?? NaN];
  const problems: string[] = [];
  if (send.campaign.status !== 'sent')
    problems.push(`campaign ${send.campaign.status}${send.campaign.error ? `: ${send.campaign.error}` : ''}`);
  if (s.recipients !== CONTACTS) problems.push(`${fmt(s.recipients)} recipients, expected ${fmt(CONTACTS)}`);
  if (s.sent !== CONTACTS) problems.push(`${fmt(s.sent)} sent, expected ${fmt(CONTACTS)}`);
  if (s.failed + s.bounced + s.skipped > 0)
    problems.push(`failed ${fmt(s.failed)}, bounced ${fmt(s.bounced)}, skipped ${fmt(s.skipped)}`);
  if (run.sinkReceived !== s.sent)
    problems.push(`the sink received ${fmt(run.sinkReceived)} messages, the stats say ${fmt(s.sent)} sent`);
  const mib = (v: number | undefined) => (v === undefined ? 'n/a' : `${v.toFixed(0)} MiB`);

  const rows: Array<[string, string]> = [
    ['sink', sink.description],
    ['engine', `${ENGINE}, embedded queue, SMTP pool ${POOL}`],
    ['messages', `${fmt(CONTACTS)} (${fmt(baseline.contentBytes / 1024, 1)} KiB of HTML + text each, 3 tracked links)`],
    [
      'Grivo',
      `${fmt(perSecond)} msg/s — ${fmt(s.sent)} sent in ${send.seconds.toFixed(2)} s (202 → poll that saw it sent; POST /send answered in ${send.sendAnswerMs.toFixed(0)} ms; ` +
        `first message counted after ${send.firstSentSeconds?.toFixed(2) ?? 'n/a'} s; between first and last count ${send.steadyPerSecond === undefined ? 'n/a' : fmt(send.steadyPerSecond)} msg/s; ` +
        `API started_at ${send.campaign.started_at}, finished_at ${send.campaign.finished_at})`,
    ],
    [
      '',
      `failed ${fmt(s.failed)}, bounced ${fmt(s.bounced)}, skipped ${fmt(s.skipped)}; the sink received ${fmt(run.sinkReceived)}`,
    ],
    [
      'baseline',
      `${fmt(baseline.perSecond)} msg/s — bare nodemailer pool of ${POOL}, ${fmt(baseline.messages)} pre-rendered messages in ${baseline.seconds.toFixed(2)} s`,
    ],
    ['ratio', `${ratio.toFixed(2)}  (goal ≥ ${GOALS.ratio}: ${verdict(ratio >= GOALS.ratio)})`],
    [
      'stats latency',
      `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${max.toFixed(1)} ms over ${fmt(sorted.length)} polls  (goal p95 < ${GOALS.statsP95Ms} ms: ${verdict(p95 < GOALS.statsP95Ms)})`,
    ],
    [
      'Grivo RSS',
      `idle ${mib(run.idleRssMb)}, peak ${mib(run.peakRssMb)} (VmHWM; largest sampled ${mib(send.sampledRssMb)})`,
    ],
    [
      'Grivo CPU',
      run.cpuSeconds === undefined
        ? 'n/a'
        : `${run.cpuSeconds.toFixed(1)} s while sending (${((run.cpuSeconds / send.seconds) * 100).toFixed(0)} % of one core; ${((run.cpuSeconds / s.sent) * 1000).toFixed(2)} ms a message)`,
    ],
  ];
  if (run.postgres) {
    const { cpu, counters: c } = run.postgres;
    const perMessage = (n: number) => (n / s.sent).toFixed(2);
    const msPerMessage = (seconds: number) => ((seconds / s.sent) * 1000).toFixed(2);
    rows.push(
      [
        'PostgreSQL CPU',
        `${cpu.backends.toFixed(1)} s while sending in Grivo's backends (${msPerMessage(cpu.backends)} ms a message), ` +
          `${cpu.background.toFixed(1)} s in the server's background processes (${msPerMessage(cpu.background)} ms; they work for every client)`,
      ],
      [
        'PostgreSQL',
        `recipients: ${fmt(c.recipientUpdates)} rows updated (${fmt(c.recipientHotUpdates)} HOT), ${fmt(c.recipientIndexScans)} index scans; ` +
          `WAL (whole server): ${fmt(c.walBytes / 1024 / 1024, 1)} MiB, ${perMessage(c.walRecords)} records and ${perMessage(c.walSyncs)} syncs a message`,
      ],
    );
  }
  console.log(`\n${rows.map(([k, v]) => `${k.padEnd(14)} ${v}`).join('\n')}`);
  for (const problem of problems) console.log(`✗ ${problem}`);
  return problems.length === 0;
}

await main();
