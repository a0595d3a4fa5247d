import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { emitEvent } from '../src/features/events/emit.js';
import { deliverDue } from '../src/features/webhooks/deliver.js';
import { createEndpoint } from '../src/features/webhooks/service.js';
import { verifySignature } from '../src/features/webhooks/signature.js';
import { createTenant } from './helpers/app.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/engines.js';
import { childEnv } from './helpers/processes.js';

// A worker is killed with SIGKILL while its webhook POST is in flight: the
// delivery row is the truth, so another worker delivers the event once the
// dead worker's claim lapses (driven here by the clock parameter, not a sleep).

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe.each(DIALECTS)('a webhook worker killed mid-delivery on %s', (dialect) => {
  let database: TestDatabase | undefined;
  let child: ChildProcess | undefined;
  let server: http.Server | undefined;
  afterEach(async () => {
    child?.kill('SIGKILL');
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await database?.drop();
  });

  it('is delivered by another worker', { timeout: 60_000 }, async () => {
    database = await createTestDatabase(dialect);
    const arrivals: { body: string; signature: string }[] = [];
    let firstArrived: () => void;
    const first = new Promise<void>((resolve) => (firstArrived = resolve));
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        arrivals.push({ body, signature: String(req.headers['grivo-signature']) });
        // The first attempt never gets an answer: its worker dies waiting.
        if (arrivals.length === 1) firstArrived();
        else res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;

    const tenant = await createTenant({ database });
    const deps = { database, config: { webhooks: { allowPrivate: true } } };
    const endpoint = await createEndpoint(deps, tenant.workspaceId, { url, events: ['*'] });
    const eventId = await database.db
      .transaction()
      .execute((trx) => emitEvent(trx, tenant.workspaceId, 'contact.created', { id: 'ct_crash', email: 'a@b.test' }));

    let output = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/webhook-worker.ts'], {
      cwd: ROOT,
      env: childEnv(database.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    await Promise.race([first, exited]);
    expect(arrivals.length, output).toBe(1);
    child.kill('SIGKILL');
    await exited;

    // While the dead worker's claim holds, nobody takes the delivery; once it lapses, this worker does.
    expect(await deliverDue(deps)).toBe(0);
    expect(await deliverDue(deps, new Date(Date.now() + 61_000))).toBe(1);
    expect(arrivals).toHaveLength(2);
    expect(JSON.parse(arrivals[1]!.body)).toMatchObject({ id: eventId, type: 'contact.created' });
    expect(verifySignature(endpoint.secret, arrivals[1]!.signature, arrivals[1]!.body)).toBe(true);
    const delivery = await database.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow();
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 1, response_status: 200 });
  });
});
