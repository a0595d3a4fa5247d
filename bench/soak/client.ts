// Calls the soak's API processes. A call that cannot reach one (it was just
// killed) goes to the other; `callWithFailover` keeps trying until it gets an
// answer, for the workload's own calls, while traffic calls are recorded as
// they come, failures included.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Cluster } from './cluster.js';

export interface Answer {
  status: number;
  body: any;
}

export interface CallOptions {
  key: string;
  body?: unknown;
  csv?: string;
}

let next = 0;

/** One call to one of the live API processes; throws when the connection fails. */
export async function call(cluster: Cluster, method: string, path: string, options: CallOptions): Promise<Answer> {
  const urls = cluster.apiUrls();
  if (urls.length === 0) throw new Error('no API process is up');
  const url = urls[next++ % urls.length]!;
  const headers: Record<string, string> = { authorization: `Bearer ${options.key}` };
  let body: string | undefined;
  if (options.csv !== undefined) [headers['content-type'], body] = ['text/csv', options.csv];
  else if (options.body !== undefined)
    [headers['content-type'], body] = ['application/json', JSON.stringify(options.body)];
  const response = await fetch(`${url}${path}`, { method, headers, body, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // CSV, or an error page: kept as text
  }
  return { status: response.status, body: parsed };
}

/** A call that is retried on another process until it connects; for idempotent calls (reads, or writes checked first). */
export async function callWithFailover(
  cluster: Cluster,
  method: string,
  path: string,
  options: CallOptions,
  timeoutMs = 120_000,
): Promise<Answer> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call(cluster, method, path, options);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

/**
 * A create that must happen exactly once: tried, and when the connection
 * failed (the process may have done it before dying), `find` looks for it
 * before trying again.
 */
export async function createOnce(
  cluster: Cluster,
  attempt: () => Promise<Answer>,
  find: () => Promise<any | undefined>,
  expect: number,
): Promise<any> {
  for (let tries = 0; ; tries++) {
    try {
      const answer = await attempt();
      if (answer.status !== expect)
        throw new Error(`answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
      return answer.body;
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('answered ')) throw error;
      if (tries > 100) throw error;
      await sleep(300);
      const found = await find();
      if (found) return found;
    }
  }
}
