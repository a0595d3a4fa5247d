// npm run bench:train [-- --engine sqlite|postgres|all --chunks N --questions N]
// — a chatbot trained on the Python 3.11 documentation (530 pages, the Debian
// package unpacked into .scratch/), served over loopback by a static server
// in its own process, with Grivo running in this process: pages/s of the
// first training, the time of a retraining with nothing changed and its
// ratio to the first, then retrieval over N chunks (default 100,000) for
// 200 questions: p50/p95 of POST /search and of POST /chat, against the
// raw full-text SQL in the same run. The goals never change the exit code;
// only missing docs or a training that did not finish do.
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { createApiKey } from '../src/features/api-keys/service.js';
import type { ChatbotResponse } from '../src/features/chatbots/schema.js';
import { createWorkspace } from '../src/features/workspaces/service.js';
import { buildApp } from '../src/app.js';
import { jobHandlers } from '../src/worker.js';
import { createServices, type Services } from '../src/services.js';
import type { Dialect } from '../src/storage/database.js';
import { HAVE_PYTHON_DOCS, PYTHON_DOCS, PYTHON_DOCS_HINT } from '../test/helpers/python-docs.js';
import type { TestDatabase } from '../test/helpers/engines.js';
import { procCpuSeconds } from './send-grivo.js';
import { fetchAndParse, type BaselineFigures } from './train-baseline.js';
import { startProfile } from './train-profile.js';
import { BASE_QUESTIONS, benchQuestions } from './train-questions.js';
import { loadChunks, openRawSearch, timeQuestions, type LoadFigures, type QuestionTimings } from './train-retrieval.js';
import { startDocsSite, type DocsSite, type SiteCounts } from '../test/helpers/docs-site.js';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string' }, // sqlite | postgres | all; default: all when a database URL is given, else sqlite
    'database-url': { type: 'string' }, // where PostgreSQL runs make a fresh schema (default TEST_DATABASE_URL)
    pages: { type: 'string' }, // the chatbot's crawl.max_pages (default: the plan's 5,000, i.e. the whole site)
    chunks: { type: 'string', default: '100000' },
    questions: { type: 'string', default: '200' },
    'crawl-concurrency': { type: 'string' }, // GRIVO_CRAWL_CONCURRENCY (Grivo's default: 4)
    'crawl-threads': { type: 'string' }, // GRIVO_CRAWL_THREADS (Grivo's default: 1)
    timeout: { type: 'string', default: '1800' }, // seconds one training may take
    'cpu-prof': { type: 'string' }, // a directory: profile the first training and the timed questions, and print where the time went
    keep: { type: 'boolean', default: false }, // keep the database (data dir or schema) for study afterwards, and print where it is
  },
});
const DATABASE_URL = args['database-url'] ?? process.env.TEST_DATABASE_URL;
const ENGINE = args.engine ?? (DATABASE_URL ? 'all' : 'sqlite');
const PAGES = args.pages === undefined ? undefined : Number(args.pages);
const CHUNKS = Number(args.chunks);
const QUESTIONS = Number(args.questions);
const TIMEOUT_S = Number(args.timeout);
if (!['sqlite', 'postgres', 'all'].includes(ENGINE))
  throw new Error(`--engine must be sqlite, postgres or all (got ${ENGINE})`);
if (ENGINE !== 'sqlite' && !DATABASE_URL)
  throw new Error(
    'PostgreSQL needs TEST_DATABASE_URL or --database-url (e.g. postgres://postgres@127.0.0.1:5432/test)',
  );
if (PAGES !== undefined && (!Number.isInteger(PAGES) || PAGES < 1))
  throw new Error(`--pages must be a whole number ≥ 1 (got ${args.pages})`);
if (!Number.isInteger(CHUNKS) || CHUNKS < 1)
  throw new Error(`--chunks must be a whole number ≥ 1 (got ${args.chunks})`);
if (!Number.isInteger(QUESTIONS) || QUESTIONS < 1)
  throw new Error(`--questions must be a whole number ≥ 1 (got ${args.questions})`);

const GOALS = { pagesPerSecond: 25, baselineRatio: 0.5, retrainRatio: 0.2, searchP95Ms: 20, chatP95Ms: 40 };
const POLL_MS = 100;
const PROGRESS_EVERY_MS = 5_000;

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mark = (met: boolean) => (met ? '✓' : '✗');
const log = (line: string) => console.log(`  ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** A fresh, migrated database, made the way the tests make theirs (a new schema on PostgreSQL). */
async function freshDatabase(dialect: Dialect): Promise<TestDatabase> {
  // The helper reads TEST_DATABASE_URL when it is first loaded.
  if (DATABASE_URL) process.env.TEST_DATABASE_URL = DATABASE_URL;
  const { createTestDatabase } = await import('../test/helpers/engines.js');
  return createTestDatabase(dialect);
}

interface Training {
  bot: ChatbotResponse;
  seconds: number;
  site: SiteCounts;
  cpuSeconds: number;
  siteCpuSeconds: number | undefined;
}

interface EngineRun {
  engine: Dialect;
  first: Training;
  baseline: BaselineFigures;
  retrain: Training;
  skipped: Map<string, { count: number; example: string }>;
  trainedChunks: number;
  load: LoadFigures;
  timings: QuestionTimings;
  rawDescription: string;
}

/** A Grivo in this process: services, the HTTP app (driven with inject) and the job worker. */
interface Grivo {
  app: FastifyInstance;
  services: Services;
  auth: { authorization: string };
  workspaceId: string;
}

async function api<T>(grivo: Grivo, method: 'GET' | 'POST', url: string, expect: number, payload?: object): Promise<T> {
  const response = await grivo.app.inject({ method, url, headers: grivo.auth, ...(payload ? { payload } : {}) });
  if (response.statusCode !== expect)
    throw new Error(`${method} ${url} answered ${response.statusCode}, not ${expect}: ${response.body.slice(0, 500)}`);
  return response.json() as T;
}

/** Starts a training with `start` (the POST) and polls until it is over; the time runs from the POST to the poll that sees it done. */
async function timeTraining(
  grivo: Grivo,
  site: DocsSite,
  label: string,
  start: () => Promise<ChatbotResponse>,
  profileDir?: string,
): Promise<Training> {
  await site.reset();
  const siteCpuBefore = procCpuSeconds(site.pid);
  const stopProfile = profileDir ? await startProfile(profileDir, `train-${process.pid}`) : undefined;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let bot = await start();
  let lastReport = started;
  while (bot.status === 'training' || bot.status === 'untrained') {
    if (performance.now() - started > TIMEOUT_S * 1000)
      throw new Error(`${label}: still ${bot.status} after ${TIMEOUT_S} s (--timeout)`);
    await sleep(POLL_MS);
    bot = await api<ChatbotResponse>(grivo, 'GET', `/v1/chatbots/${bot.id}`, 200);
    if (performance.now() - lastReport >= PROGRESS_EVERY_MS && bot.training) {
      lastReport = performance.now();
      const elapsed = (lastReport - started) / 1000;
      log(
        `${label}: ${elapsed.toFixed(0).padStart(4)} s  ${fmt(bot.training.pages_done)} / ${fmt(bot.training.pages_found)} URLs  (${fmt(bot.training.pages_done / elapsed, 1)}/s)`,
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  await stopProfile?.();
  const siteCpuAfter = procCpuSeconds(site.pid);
  return {
    bot,
    seconds,
    site: await site.counts(),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    siteCpuSeconds:
      siteCpuBefore === undefined || siteCpuAfter === undefined ? undefined : siteCpuAfter - siteCpuBefore,
  };
}

/** The pages the training left out, by reason (the API's `reason`, digits folded), with one URL each. */
async function skippedPages(grivo: Grivo, botId: string): Promise<Map<string, { count: number; example: string }>> {
  const reasons = new Map<string, { count: number; example: string }>();
  for (let page = 1; ; page++) {
    const list = await api<{ data: { url: string; reason: string | null }[]; has_more: boolean }>(
      grivo,
      'GET',
      `/v1/chatbots/${botId}/pages?status=skipped&per_page=100&page=${page}`,
      200,
    );
    for (const p of list.data) {
      const reason = p.reason ?? '(none)';
      const seen = reasons.get(reason);
      if (seen) seen.count++;
      else reasons.set(reason, { count: 1, example: p.url });
    }
    if (!list.has_more) return reasons;
  }
}

function describeTraining(label: string, t: Training): void {
  const s = t.site.byStatus;
  const statuses = Object.entries(s)
    .map(([status, n]) => `${status}: ${fmt(n)}`)
    .join(', ');
  log(
    `${label}: ${t.bot.status}, pages_trained ${fmt(t.bot.pages_trained)} in ${t.seconds.toFixed(2)} s → ${fmt(t.bot.pages_trained / t.seconds, 1)} pages/s; ` +
      `site answered ${statuses || 'nothing'} (${fmt(t.site.html200)} HTML 200s, ${fmt(t.site.bytes / 1024 / 1024, 1)} MiB); ` +
      `CPU: Grivo's process ${t.cpuSeconds.toFixed(1)} s (${fmt((t.cpuSeconds / t.seconds) * 100)} % of a core), site ${t.siteCpuSeconds?.toFixed(1) ?? 'n/a'} s`,
  );
  if (t.bot.error) log(`  error: ${t.bot.error}`);
  if (t.site.notFound.length > 0) log(`  404s, e.g. ${t.site.notFound.slice(0, 5).join(', ')}`);
}

async function runEngine(engine: Dialect, site: DocsSite): Promise<EngineRun> {
  console.log(`\n${engine}`);
  const database = await freshDatabase(engine);
  const config = loadConfig({
    ...database.env,
    GRIVO_LOG_LEVEL: 'warn',
    GRIVO_CRAWL_ALLOW_PRIVATE: 'true',
    GRIVO_PLAN_PRO_PAGES: '5000',
    GRIVO_RATE_LIMIT_PRO: '1000000000', // ten polls a second and 200 questions must never be limited
    GRIVO_PLAN_PRO_CHAT_MESSAGES_PER_DAY: '1000000',
    ...(args['crawl-concurrency'] ? { GRIVO_CRAWL_CONCURRENCY: args['crawl-concurrency'] } : {}),
    ...(args['crawl-threads'] ? { GRIVO_CRAWL_THREADS: args['crawl-threads'] } : {}),
  });
  const services = await createServices(config, { logger: pino({ level: 'warn' }) });
  const app = await buildApp(services);
  services.queue.work(jobHandlers(services));
  try {
    const workspace = await createWorkspace(services.database.db, { name: 'Bench train', plan: 'pro' });
    const { secret } = await createApiKey(services.database.db, { workspaceId: workspace.id });
    const grivo: Grivo = { app, services, auth: { authorization: `Bearer ${secret}` }, workspaceId: workspace.id };
    const where =
      engine === 'postgres'
        ? `schema ${new URL(database.databaseUrl!).searchParams.get('options')?.replace('-c search_path=', '')}`
        : database.dataDir;
    log(
      `database: ${where}; crawl concurrency ${config.crawl.concurrencyPerHost} per host, ${config.crawl.threads} page-reading thread(s)`,
    );

    const websiteUrl = `${site.url}index.html`;
    const first = await timeTraining(
      grivo,
      site,
      'first training',
      () =>
        api(grivo, 'POST', '/v1/chatbots', 201, {
          name: 'Python docs',
          website_url: websiteUrl,
          ...(PAGES === undefined ? {} : { crawl: { max_pages: PAGES } }),
        }),
      args['cpu-prof'],
    );
    describeTraining('first training', first);
    if (first.bot.status !== 'active')
      throw new Error(`the first training ended ${first.bot.status}: ${first.bot.error}`);
    const baseline = await fetchAndParse(site.url, first.site.htmlPaths, config.crawl.concurrencyPerHost);
    log(
      `baseline: the same ${fmt(baseline.pages)} HTML pages fetched ${config.crawl.concurrencyPerHost} at a time and parsed, nothing else, in ${baseline.seconds.toFixed(2)} s → ${fmt(baseline.pages / baseline.seconds, 1)} pages/s`,
    );
    const botId = first.bot.id;
    const retrain = await timeTraining(grivo, site, 'retraining', () =>
      api(grivo, 'POST', `/v1/chatbots/${botId}/train`, 202),
    );
    describeTraining('retraining (nothing changed)', retrain);
    if (retrain.bot.status !== 'active')
      throw new Error(`the retraining ended ${retrain.bot.status}: ${retrain.bot.error}`);
    const skipped = await skippedPages(grivo, botId);
    for (const [reason, { count, example }] of [...skipped].sort((a, b) => b[1].count - a[1].count).slice(0, 8)) {
      log(`  skipped ${fmt(count).padStart(4)} × ${reason} (e.g. ${example})`);
    }

    const { db } = services.database;
    const counted = await db
      .selectFrom('chatbot_chunks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('chatbot_id', '=', botId)
      .executeTakeFirstOrThrow();
    const trainedChunks = Number(counted.n);
    const target = {
      workspaceId: workspace.id,
      chatbotId: (await api<ChatbotResponse>(grivo, 'POST', '/v1/chatbots', 201, { name: 'Python docs ×N' })).id,
    };
    const load = await loadChunks(services.database, { workspaceId: workspace.id, chatbotId: botId }, target, CHUNKS);
    log(
      `retrieval: ${fmt(load.chunks)} chunks on ${fmt(load.pages)} pages (${load.copies} ${load.copies === 1 ? 'copy' : 'copies'} of the ${fmt(load.sourceChunks)} trained chunks, each under its own host) ` +
        `inserted in ${load.seconds.toFixed(1)} s (${fmt(load.chunks / load.seconds)} rows/s)`,
    );
    const raw = await openRawSearch({ dataDir: database.dataDir, databaseUrl: database.databaseUrl }, target);
    try {
      const stopProfile = args['cpu-prof']
        ? await startProfile(args['cpu-prof'], `retrieval-${engine}-${process.pid}`)
        : undefined;
      const timings = await timeQuestions(
        { database: services.database, app, auth: grivo.auth, raw },
        target,
        benchQuestions(QUESTIONS),
        BASE_QUESTIONS,
      );
      await stopProfile?.();
      log(
        `${fmt(QUESTIONS)} questions (after a warm-up pass of ${BASE_QUESTIONS.length}): raw SQL found chunks for ${timings.rawHits}, ` +
          `the search found sections for ${timings.found}, the chat answered ${timings.answered}`,
      );
      return {
        engine,
        first,
        baseline,
        retrain,
        skipped,
        trainedChunks,
        load,
        timings,
        rawDescription: raw.description,
      };
    } finally {
      await raw.close();
    }
  } finally {
    await app.close();
    await services.close();
    if (args.keep) log('kept the database named above; drop it yourself when done');
    else await database.drop();
  }
}

function report(runs: EngineRun[]): void {
  console.log('\ntraining (the Python 3.11 docs over loopback)');
  console.log(
    [
      'engine'.padEnd(9),
      'pages'.padStart(6),
      'first s'.padStart(8),
      'pages/s'.padStart(8),
      'retrain s'.padStart(10),
      'ratio'.padStart(6),
      '200 / 304 first'.padStart(16),
      '200 / 304 retrain'.padStart(18),
      ' goals',
    ].join(' '),
  );
  for (const r of runs) {
    const perSecond = r.first.bot.pages_trained / r.first.seconds;
    const ratio = r.retrain.seconds / r.first.seconds;
    const codes = (t: Training) => `${fmt(t.site.byStatus[200] ?? 0)} / ${fmt(t.site.byStatus[304] ?? 0)}`;
    console.log(
      [
        r.engine.padEnd(9),
        fmt(r.first.bot.pages_trained).padStart(6),
        r.first.seconds.toFixed(1).padStart(8),
        fmt(perSecond, 1).padStart(8),
        r.retrain.seconds.toFixed(2).padStart(10),
        ratio.toFixed(2).padStart(6),
        codes(r.first).padStart(16),
        codes(r.retrain).padStart(18),
        ` pages/s ≥ ${GOALS.pagesPerSecond} ${mark(perSecond >= GOALS.pagesPerSecond)}, retrain ≤ ${GOALS.retrainRatio} of first ${mark(ratio <= GOALS.retrainRatio)}`,
      ].join(' '),
    );
  }
  console.log(
    '\nfirst training against the baseline (the same HTML pages fetched with the same concurrency and parsed, nothing else)',
  );
  console.log(
    [
      'engine'.padEnd(9),
      'HTML pages'.padStart(10),
      'chunks'.padStart(7),
      'Grivo s'.padStart(8),
      'pages/s'.padStart(8),
      'ms/page'.padStart(8),
      'baseline s'.padStart(11),
      'pages/s'.padStart(8),
      'ratio'.padStart(6),
      ' goal',
    ].join(' '),
  );
  for (const r of runs) {
    const pages = r.baseline.pages;
    const ratio = r.baseline.seconds / r.first.seconds;
    console.log(
      [
        r.engine.padEnd(9),
        fmt(pages).padStart(10),
        fmt(r.trainedChunks).padStart(7),
        r.first.seconds.toFixed(2).padStart(8),
        fmt(pages / r.first.seconds, 1).padStart(8),
        fmt((r.first.seconds / pages) * 1000, 1).padStart(8),
        r.baseline.seconds.toFixed(2).padStart(11),
        fmt(pages / r.baseline.seconds, 1).padStart(8),
        ratio.toFixed(2).padStart(6),
        ` Grivo ≥ ${GOALS.baselineRatio} of the baseline ${mark(ratio >= GOALS.baselineRatio)}`,
      ].join(' '),
    );
  }
  console.log(`\nretrieval (${fmt(QUESTIONS)} questions; ms)`);
  console.log(
    [
      'engine'.padEnd(9),
      'chunks'.padStart(8),
      'raw p50/p95'.padStart(14),
      'search p50/p95/max'.padStart(23),
      'ratio p50/p95'.padStart(14),
      'chat p50/p95'.padStart(13),
      ' goals',
    ].join(' '),
  );
  for (const r of runs) {
    const t = r.timings;
    const [rawP50, rawP95] = [percentile(t.rawMs, 0.5), percentile(t.rawMs, 0.95)];
    const [p50, p95, max] = [percentile(t.searchMs, 0.5), percentile(t.searchMs, 0.95), Math.max(...t.searchMs)];
    const chatP95 = percentile(t.chatMs, 0.95);
    console.log(
      [
        r.engine.padEnd(9),
        fmt(r.load.chunks).padStart(8),
        `${rawP50.toFixed(1)} / ${rawP95.toFixed(1)}`.padStart(14),
        `${p50.toFixed(1)} / ${p95.toFixed(1)} / ${max.toFixed(1)}`.padStart(23),
        `${(p50 / rawP50).toFixed(2)} / ${(p95 / rawP95).toFixed(2)}`.padStart(14),
        `${percentile(t.chatMs, 0.5).toFixed(1)} / ${chatP95.toFixed(1)}`.padStart(13),
        ` search p95 ≤ ${GOALS.searchP95Ms} ms ${mark(p95 <= GOALS.searchP95Ms)}, chat p95 ≤ ${GOALS.chatP95Ms} ms ${mark(chatP95 <= GOALS.chatP95Ms)}`,
      ].join(' '),
    );
  }
  console.log(
    '\nraw: a plain any-word full-text query alone, ' +
      [...new Set(runs.map((r) => `${r.engine}: ${r.rawDescription}`))].join('; '),
  );
  console.log(
    'ratio: search / raw SQL; search and chat: the whole POST /v1/chatbots/:id/search (5 sections) and /chat (extractive answer, no model), in-process inject',
  );
}

async function main(): Promise<void> {
  if (!HAVE_PYTHON_DOCS) {
    console.error(`The Python 3.11 docs are not unpacked at ${PYTHON_DOCS}.\nFetch them with:\n  ${PYTHON_DOCS_HINT}`);
    process.exitCode = 1;
    return;
  }
  const engines: Dialect[] = ENGINE === 'all' ? ['sqlite', 'postgres'] : [ENGINE as Dialect];
  console.log(
    `bench:train — the Python 3.11 docs (${PYTHON_DOCS}), engines: ${engines.join(', ')}${DATABASE_URL ? '' : ' (set TEST_DATABASE_URL for PostgreSQL)'}`,
  );
  const site = await startDocsSite(PYTHON_DOCS);
  console.log(
    `site: ${site.url} (node:http in its own process, pid ${site.pid}; ETag + Last-Modified, 304s; no robots.txt, no sitemap)`,
  );
  const runs: EngineRun[] = [];
  try {
    for (const engine of engines) {
      try {
        runs.push(await runEngine(engine, site));
      } catch (error) {
        process.exitCode = 1;
        console.error(`  ✗ ${engine}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  } finally {
    await site.stop();
  }
  if (runs.length > 0) report(runs);
}

await main();
