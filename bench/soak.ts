// npm run soak [-- --seconds 60 --kill-every 5 --seed N] — a fault soak on
// loopback: two API processes and two workers on PostgreSQL + Redis, driven
// with imports, sends (to a local SMTP sink), trainings and API traffic at
// once, while a random process is killed with SIGKILL every few seconds and
// started again. Then, with the kills stopped and the work settled, it checks
// the invariants and prints what it checked and the figures. Exits 1 when an
// invariant did not hold. Not part of `npm test`.
import { OPTIONS } from './soak/options.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomBase62 } from '../src/lib/ids.js';
import { BIKE_SHOP } from '../test/fixtures/bike-shop.js';
import { createTenant, deleteRedisPrefix } from '../test/helpers/app.js';
import { createTestDatabase } from '../test/helpers/engines.js';
import { startSite } from '../test/helpers/site.js';
import { checkImports, checkRateLimit, checkSends, checkTraffic, checkTrainings, type Check } from './soak/checks.js';
import { Cluster } from './soak/cluster.js';
import { startSink } from './soak/sink.js';
import { driveTraffic, probeRateLimit, type Exchange } from './soak/traffic.js';
import {
  settle,
  startImport,
  startSend,
  startTraining,
  type ImportRun,
  type SendRun,
  type Soak,
  type TrainingRun,
} from './soak/workload.js';

const { seconds: SECONDS, killEveryMs: KILL_EVERY_MS, seed: SEED } = OPTIONS;
const POOL = 3;
const SEND_RECIPIENTS = 300;
const RATE = { limit: 10, windowSeconds: 5 };

// A small deterministic generator (mulberry32): the same seed, the same kills.
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const log = (line: string) => console.log(`  ${line}`);

async function main(): Promise<void> {
  console.log(
    `soak — ${SECONDS} s of kills every ~${KILL_EVERY_MS / 1000} s, seed ${SEED}; 2 API + 2 worker processes on PostgreSQL + Redis\n`,
  );
  const database = await createTestDatabase('postgres');
  const prefix = `soak-${randomBase62(8)}`;
  const sink = await startSink();
  const site = await startSite(BIKE_SHOP);
  const env = {
    ...database.env,
    REDIS_URL: OPTIONS.redisUrl,
    GRIVO_REDIS_PREFIX: prefix,
    SMTP_URL: sink.url,
    GRIVO_SMTP_POOL_SIZE: String(POOL),
    GRIVO_SEND_RATE: '150',
    GRIVO_SEND_BATCH: '100',
    GRIVO_JOB_LEASE_SECONDS: '3',
    GRIVO_CRAWL_ALLOW_PRIVATE: 'true',
    GRIVO_RATE_LIMIT_PRO: '1000000',
    GRIVO_RATE_LIMIT_FREE: String(RATE.limit),
    GRIVO_RATE_LIMIT_WINDOW_SECONDS: String(RATE.windowSeconds),
    GRIVO_PLAN_PRO_CONTACTS: '1000000',
    GRIVO_PUBLIC_URL: 'https://grivo.soak.test',
  };
  const cluster = new Cluster(env);
  const random = generator(SEED);
  let exitCode = 1;
  try {
    await cluster.start();
    log(`started: ${cluster.apiUrls().join(', ')} and 2 workers; sink ${sink.url}; site ${site.url}`);
    const soak: Soak = { cluster, database, siteUrl: site.url };
    const traffic: Exchange[] = [];
    const limited: Exchange[] = [];
    const integration = await createTenant({ database }, 'pro');
    const free = await createTenant({ database }, 'free');

    const started = Date.now();
    let chaos = true;
    const imports: Array<Promise<ImportRun>> = [];
    const sends: Array<Promise<SendRun>> = [];
    const trainings: Array<Promise<TrainingRun>> = [];
    // A send running on a killed worker may leave two messages per SMTP connection in doubt:
    // the bound counts every send not yet seen finished at each worker kill.
    let inDoubtBound = 0;
    const running = new Set<string>();
    const watch = async (send: Promise<SendRun>) => {
      const { id, tenant } = await send;
      running.add(id);
      await settle(
        soak,
        [{ id, tenant }],
        (r) => `/v1/campaigns/${r.id}`,
        (b) => b.status !== 'sending',
        Infinity,
      );
      running.delete(id);
    };
    const watchers: Array<Promise<void>> = [];
    const restarts: Array<Promise<void>> = [];
    const kills = (async () => {
      while (chaos) {
        await sleep(KILL_EVERY_MS * (0.5 + random()));
        if (!chaos) break;
        const killed = await cluster.killOne(random);
        if (!killed) continue;
        const { kill, restarted } = killed;
        if (kill.role === 'worker') inDoubtBound += 2 * POOL * running.size;
        restarts.push(
          restarted.then(() =>
            log(
              `${((kill.at - started) / 1000).toFixed(1).padStart(5)} s  killed ${kill.name}, back after ${((kill.readyAt! - kill.at) / 1000).toFixed(1)} s`,
            ),
          ),
        );
      }
    })();
    const work = (async () => {
      for (let tick = 0; chaos; tick++) {
        if (tick % 3 === 0) imports.push(startImport(soak, tick));
        if (tick % 3 === 1) {
          const send = startSend(soak, tick, SEND_RECIPIENTS);
          sends.push(send);
          watchers.push(watch(send));
        }
        if (tick % 6 === 2) trainings.push(startTraining(soak, tick));
        await sleep(2000);
      }
    })();
    const stop = () => !chaos;
    const load = Promise.all([
      driveTraffic(cluster, integration.key, 3, stop, traffic),
      probeRateLimit(cluster, free.key, 2, stop, limited),
    ]);

    await sleep(SECONDS * 1000);
    chaos = false;
    await Promise.all([kills, work, load]);
    await Promise.all(restarts);
    log(
      `kills stopped after ${((Date.now() - started) / 1000).toFixed(0)} s: ${cluster.kills.length} kills (${cluster.kills.filter((k) => k.role === 'api').length} API, ${cluster.kills.filter((k) => k.role === 'worker').length} worker); settling…`,
    );

    const deadline = Date.now() + OPTIONS.settleMs;
    const importResults = await settle(
      soak,
      await Promise.all(imports),
      (r) => `/v1/contacts/imports/${r.id}`,
      (b) => b.status === 'completed' || b.status === 'failed',
      deadline,
    );
    const sendResults = await settle(
      soak,
      await Promise.all(sends),
      (r) => `/v1/campaigns/${r.id}`,
      (b) => !['sending', 'scheduled', 'draft'].includes(b.status),
      deadline,
    );
    const trainingResults = await settle(
      soak,
      await Promise.all(trainings),
      (r) => `/v1/chatbots/${r.id}`,
      (b) => b.status !== 'training' && b.status !== 'untrained',
      deadline,
    );
    await Promise.all(watchers);
    log(`settled after ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

    const stored = await database.db
      .selectFrom('contacts')
      .select(['workspace_id'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy('workspace_id')
      .execute();
    const checks: Check[] = [
      checkImports(importResults, new Map(stored.map((r) => [r.workspace_id, Number(r.n)]))),
      checkSends(sendResults, sink, inDoubtBound),
      checkTrainings(trainingResults),
      checkTraffic([...traffic, ...limited], cluster),
      checkRateLimit(limited, RATE.limit, RATE.windowSeconds * 1000),
    ];
    for (const check of checks) {
      console.log(`${check.held ? 'HELD  ' : 'BROKEN'} ${check.name}`);
      for (const line of check.lines) log(line);
    }
    exitCode = checks.every((c) => c.held) ? 0 : 1;
    console.log(`\n${exitCode === 0 ? 'every invariant held' : 'an invariant did not hold'} (seed ${SEED})`);
  } finally {
    await cluster.stop();
    await sink.close();
    await site.close();
    await deleteRedisPrefix(OPTIONS.redisUrl, prefix);
    await database.drop();
  }
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  console.error('soak failed:', error);
  process.exit(2);
});
