// The soak's API traffic: clients reading and writing as integrations do,
// and a client hammering a Free workspace to see its rate limit hold across
// both API processes. Every answer is recorded with when it was asked and
// answered; a connection that fails is recorded too.
import { setTimeout as sleep } from 'node:timers/promises';
import { call } from './client.js';
import type { Cluster } from './cluster.js';

export interface Exchange {
  sentAt: number;
  answeredAt: number;
  /** The HTTP status, or 0 when the connection failed (its process was killed). */
  status: number;
  what: string;
}

const READS = [
  '/v1/chatbots',
  '/v1/contacts?per_page=5',
  '/v1/campaigns',
  '/v1/contacts?search=traffic',
  '/v1/contacts/export',
];

async function record(log: Exchange[], what: string, run: () => ReturnType<typeof call>): Promise<void> {
  const sentAt = Date.now();
  try {
    const answer = await run();
    log.push({ sentAt, answeredAt: Date.now(), status: answer.status, what });
  } catch {
    log.push({ sentAt, answeredAt: Date.now(), status: 0, what });
    // Give the cluster a moment to notice the process is gone.
    await sleep(100);
  }
}

/** Integration-like traffic on a Pro workspace, `loops` at a time, until `stop()` says so. */
export async function driveTraffic(
  cluster: Cluster,
  key: string,
  loops: number,
  stop: () => boolean,
  log: Exchange[],
): Promise<void> {
  let n = 0;
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (!stop()) {
        const i = n++;
        if (i % 4 === 3) {
          const body = { email: `traffic-${i}@soak.test`, first_name: 'Traffic', attributes: { i } };
          await record(log, 'POST /v1/contacts', () => call(cluster, 'POST', '/v1/contacts', { key, body }));
        } else {
          const path = READS[i % READS.length]!;
          await record(log, `GET ${path}`, () => call(cluster, 'GET', path, { key }));
        }
        await sleep(5);
      }
    }),
  );
}

/** Requests as fast as `loops` clients can on a workspace whose limit is small, so most are refused. */
export async function probeRateLimit(
  cluster: Cluster,
  key: string,
  loops: number,
  stop: () => boolean,
  log: Exchange[],
): Promise<void> {
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (!stop()) {
        await record(log, 'GET /v1/chatbots (limited)', () => call(cluster, 'GET', '/v1/chatbots', { key }));
        await sleep(10);
      }
    }),
  );
}

/**
 * The most requests admitted in any span shorter than the window, counted
 * conservatively: a set of admitted requests proves a breach only if all of
 * them were sent and answered within a span shorter than the window (the
 * server admitted each somewhere in between).
 */
export function mostAdmittedInAWindow(admitted: Exchange[], windowMs: number): number {
  const sorted = [...admitted].sort((a, b) => a.sentAt - b.sentAt);
  let most = 0;
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!.sentAt;
    const within = sorted.slice(i).filter((e) => e.answeredAt - start < windowMs).length;
    most = Math.max(most, within);
  }
  return most;
}
