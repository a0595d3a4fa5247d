// npm run bench:train [-- --engine sqlite|postgres|all --chunks N[,N…] --questions N]
// — a chatbot trained on the Python 3.11 documentation (530 pages, the Debian
// package unpacked into .scratch/), served over loopback by a static server
// in its own process, with Grivo running in this process: pages/s of the
// first training, the time of a retraining with nothing changed and its
// ratio to the first, then retrieval over N chunks (default 100,000; a list
// such as 100,10000,100000 grows one chatbot and measures at each size) for
// 200 questions: p50/p95 of POST /search and of POST /chat, against the
// raw full-text SQL in the same run. The goals never change the exit code;
// only missing docs or a training that did not finish do. Grivo is the
// build in dist/ (train-build.ts). The parts: train-training.ts (the
// trainings and their baseline), train-retrieval.ts (with
// train-load-chunks.ts), train-report.ts (the tables).
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { buildApp, createApiKey, createServices, createWorkspace, jobHandlers, loadConfig } from './train-build.js';
import type { Dialect } from '../src/storage/database.js';
import { HAVE_PYTHON_DOCS, PYTHON_DOCS, PYTHON_DOCS_HINT } from '../test/helpers/python-docs.js';
import type { TestDatabase } from '../test/helpers/engines.js';
import { startDocsSite, type DocsSite } from '../test/helpers/docs-site.js';
import { benchQuestions } from './train-questions.js';
import { log, report, type EngineRun } from './train-report.js';
import { measureRetrieval } from './train-retrieval.js';
import { measureTraining, type Grivo } from './train-training.js';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string' }, // sqlite | postgres | all; default: all when a database URL is given, else sqlite
    'database-url': { type: 'string' }, // where PostgreSQL runs make a fresh schema (default TEST_DATABASE_URL)
    pages: { type: 'string' }, // the chatbot's crawl.max_pages (default: the plan's 5,000, i.e. the whole site)
    chunks: { type: 'string', default: '100000' }, // a size, or sizes separated by commas (how the cost grows)
    questions: { type: 'string', default: '200' },
    'crawl-concurrency': { type: 'string' }, // GRIVO_CRAWL_CONCURRENCY (Grivo's default: 4)
    'crawl-threads': { type: 'string' }, // GRIVO_CRAWL_THREADS (Grivo's default: one a core but one, 1 to 4)
    timeout: { type: 'string', default: '1800' }, // seconds one training may take
    'cpu-prof': { type: 'string' }, // a directory: profile the first training and the timed questions, and print where the time went
    alone: { type: 'boolean', default: false }, // retrieval's chatbot alone in the index: the trained chatbot deleted once its chunks are read
    keep: { type: 'boolean', default: false }, // keep the database (data dir or schema) for study afterwards, and print where it is
  },
});
const DATABASE_URL = args['database-url'] ?? process.env.TEST_DATABASE_URL;
const ENGINE = args.engine ?? (DATABASE_URL ? 'all' : 'sqlite');
const PAGES = args.pages === undefined ? undefined : Number(args.pages);
const CHUNKS = args.chunks.split(',').map(Number);
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
if (CHUNKS.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--chunks must be whole numbers ≥ 1, separated by commas (got ${args.chunks})`);
if (!Number.isInteger(QUESTIONS) || QUESTIONS < 1)
  throw new Error(`--questions must be a whole number ≥ 1 (got ${args.questions})`);

/** A fresh, migrated database, made the way the tests make theirs (a new schema on PostgreSQL). */
async function freshDatabase(dialect: Dialect): Promise<TestDatabase> {
  // The helper reads TEST_DATABASE_URL when it is first loaded.
  if (DATABASE_URL) process.env.TEST_DATABASE_URL = DATABASE_URL;
  const { createTestDatabase } = await import('../test/helpers/engines.js');
  return createTestDatabase(dialect);
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
    const training = await measureTraining(grivo, site, {
      ...(PAGES === undefined ? {} : { pages: PAGES }),
      concurrency: config.crawl.concurrencyPerHost,
      timeoutS: TIMEOUT_S,
      ...(args['cpu-prof'] ? { profileDir: args['cpu-prof'] } : {}),
    });
    const retrieval = await measureRetrieval(
      grivo,
      { engine, dataDir: database.dataDir, databaseUrl: database.databaseUrl },
      training.first.bot.id,
      {
        chunks: CHUNKS,
        alone: args.alone,
        questions: benchQuestions(QUESTIONS),
        ...(args['cpu-prof'] ? { profileDir: args['cpu-prof'] } : {}),
      },
    );
    return { engine, ...training, ...retrieval };
  } finally {
    await app.close();
    await services.close();
    if (args.keep) log('kept the database named above; drop it yourself when done');
    else await database.drop();
  }
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
  if (runs.length > 0) report(runs, QUESTIONS);
}

await main();
