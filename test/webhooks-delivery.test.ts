import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { verifySignature } from '../src/features/webhooks/signature.js';
import { createTenant, type Tenant } from './helpers/app.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/engines.js';
import { startGrivo, type GrivoProcess } from './helpers/processes.js';

// The issue's proof: a local receiver verifies every signature and sees each
// event at least once across a receiver outage and a Grivo restart (kill -9),
// none lost. Real `grivo serve` processes, one at a time, on the same database.

const BATCH = 5;

/** A webhook receiver on 127.0.0.1 that checks each signature and records the event ids it got. */
class Receiver {
  readonly received = new Map<string, number>();
  readonly badSignatures: string[] = [];
  secret = '';
  port = 0;
  private server: http.Server | undefined;

  async start(port = 0): Promise<void> {
    const server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const signature = String(req.headers['grivo-signature'] ?? '');
        let id: string | undefined;
        try {
          id = (JSON.parse(body) as { id?: string }).id;
        } catch {
          // counted as bad below
        }
        if (!id || id !== req.headers['grivo-event-id'] || !verifySignature(this.secret, signature, body)) {
          this.badSignatures.push(`${signature} ${body}`);
          res.statusCode = 400;
          return res.end('bad signature');
        }
        this.received.set(id, (this.received.get(id) ?? 0) + 1);
        res.end('ok');
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  /** Closed, not paused: a delivery attempted now gets "connection refused". */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  for (const deadline = Date.now() + ms; ; await sleep(100)) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
  }
}

describe.each(DIALECTS)('webhook deliveries across an outage and a kill -9 on %s', (dialect) => {
  let database: TestDatabase | undefined;
  let server: GrivoProcess | undefined;
  let receiver: Receiver | undefined;
  afterEach(async () => {
    server?.child.kill('SIGKILL');
    await receiver?.stop();
    await database?.drop();
  });

  it('delivers every contact event at least once, each signature valid', { timeout: 60_000 }, async () => {
    database = await createTestDatabase(dialect);
    const env = { ...database.env, GRIVO_WEBHOOKS_ALLOW_PRIVATE: 'true', GRIVO_RATE_LIMIT_FREE: '100000' };
    const tenant = await createTenant({ database });
    receiver = new Receiver();
    await receiver.start();
    server = await startGrivo(env);

    const api = async (who: Tenant, method: string, path: string, body?: unknown): Promise<any> => {
      const res = await fetch(`${server!.url}${path}`, {
        method,
        headers: { ...who.auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = await res.json();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
      return json;
    };
    const endpoint = await api(tenant, 'POST', '/v1/webhook-endpoints', {
      url: `http://127.0.0.1:${receiver.port}/hooks`,
      events: ['*'],
    });
    expect(endpoint.secret).toMatch(/^whsec_/);
    receiver.secret = endpoint.secret;

    const deliveries = async (status?: string): Promise<any[]> =>
      (
        await api(
          tenant,
          'GET',
          `/v1/webhook-endpoints/${endpoint.id}/deliveries?per_page=100${status ? `&status=${status}` : ''}`,
        )
      ).data;
    const contactEventIds = async (): Promise<string[]> =>
      (await api(tenant, 'GET', '/v1/events?per_page=100')).data
        .filter((e: { type: string }) => e.type.startsWith('contact.'))
        .map((e: { id: string }) => e.id);
    const createContacts = async (batch: string) => {
      for (let i = 0; i < BATCH; i++) await api(tenant, 'POST', '/v1/contacts', { email: `${batch}${i}@hooks.test` });
    };
    const missing = async () => (await contactEventIds()).filter((id) => !receiver!.received.has(id));

    // 1. The receiver is up: the first batch's events arrive.
    await createContacts('first');
    const firstEvents = await contactEventIds();
    expect(firstEvents).toHaveLength(BATCH);
    await until('the first batch arrived', async () => ((await missing()).length === 0 ? true : undefined));

    // 2. The receiver is down: the second batch's deliveries fail and wait for a retry.
    await receiver.stop();
    await createContacts('second');
    const secondEvents = (await contactEventIds()).filter((id) => !firstEvents.includes(id));
    expect(secondEvents).toHaveLength(BATCH);
    const failed = await until('every delivery of the second batch failed once', async () => {
      const pending = await deliveries('pending');
      const tried = pending.filter((d) => secondEvents.includes(d.event_id) && d.attempts >= 1);
      return tried.length === BATCH ? tried : undefined;
    });
    for (const delivery of failed) {
      expect(delivery.error).toMatch(/ECONNREFUSED|refused/i);
      expect(delivery.next_attempt_at).not.toBeNull();
    }

    // 3. Grivo is killed, then started again on the same database; the receiver comes back on its port.
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server!.child.once('exit', resolve));
    server = await startGrivo(env);
    await receiver.start(receiver.port);

    // 4. An operator retries what is pending now rather than waiting out the backoff.
    const pending = await deliveries('pending');
    expect(pending.map((d) => d.event_id).sort()).toEqual([...secondEvents].sort());
    for (const delivery of pending)
      await api(tenant, 'POST', `/v1/webhook-endpoints/${endpoint.id}/deliveries/${delivery.id}/retry`);
    await until('every contact event arrived', async () => ((await missing()).length === 0 ? true : undefined));

    expect(receiver.badSignatures).toEqual([]);
    const all = await contactEventIds();
    expect(all).toHaveLength(2 * BATCH);
    expect(all.filter((id) => (receiver!.received.get(id) ?? 0) < 1)).toEqual([]);
    // The log shows the failed attempt before each success of the second batch.
    const log = await until('the delivery log settled', async () => {
      const rows = await deliveries();
      return rows.length === 2 * BATCH && rows.every((d) => d.status === 'succeeded') ? rows : undefined;
    });
    for (const delivery of log) {
      expect(delivery.response_status).toBe(200);
      expect(delivery.attempts).toBe(secondEvents.includes(delivery.event_id) ? 2 : 1);
    }
  });
});
