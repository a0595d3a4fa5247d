import type { AddressInfo } from 'node:net';
import { jobHandlers } from '../../../src/worker.js';
import type { Dialect } from '../../../src/storage/database.js';
import { createTestApp, type Tenant, type TestApp } from '../../../test/helpers/app.js';
import { Grivo, type GrivoOptions } from '../src/index.js';

/** The real Grivo server on a loopback port, with a Pro tenant and an SDK client for it. */
export interface LiveServer {
  t: TestApp;
  tenant: Tenant;
  baseUrl: string;
  grivo: Grivo;
  /** A client of another workspace on the same server. */
  client(tenant: Tenant, options?: GrivoOptions): Grivo;
  close(): Promise<void>;
}

export async function startLiveServer(dialect: Dialect, env: Record<string, string> = {}): Promise<LiveServer> {
  const t = await createTestApp(dialect, {
    GRIVO_RATE_LIMIT_PRO: '100000',
    GRIVO_PLAN_PRO_CHATBOTS: '1000',
    ...env,
  });
  t.services.queue.work(jobHandlers(t.services));
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const tenant = await t.tenant('pro');
  const client = (who: Tenant, options: GrivoOptions = {}) => new Grivo({ apiKey: who.key, baseUrl, ...options });
  return { t, tenant, baseUrl, grivo: client(tenant), client, close: () => t.close() };
}

/** Calls `read` until `done` says its result is final, and gives that result. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not done: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
