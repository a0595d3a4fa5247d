import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Tenant, type TestApp } from '../../../test/helpers/app.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { ApiError } from '../../http/api-error.js';
import { DISABLE_AFTER_MS, deliverDue, RETRY_SCHEDULE_MS } from './deliver.js';
import { createEndpoint } from './service.js';
import { verifySignature } from './signature.js';

interface Arrival {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; created_at: string; data: Record<string, unknown> };
}

/** A webhook receiver on loopback: answers each POST with the next status given (200 once they run out), records what arrived. */
async function startReceiver(statuses: number[] = [], extraHeaders: Record<string, string> = {}) {
  const arrivals: Arrival[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      arrivals.push({ headers: req.headers, body, json: JSON.parse(body) });
      res.writeHead(statuses.shift() ?? 200, extraHeaders).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    arrivals,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(DIALECTS)('webhooks on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_RATE_LIMIT_PRO: '100000',
      GRIVO_WEBHOOKS_ALLOW_PRIVATE: 'true',
    });
    tenant = await t.tenant('pro');
    other = await t.tenant('pro');
  });
  afterAll(() => t.close());
  // Each test's endpoints go with it, so no later sweep attempts them.
  afterEach(async () => {
    for (const who of [tenant, other]) {
      const list = (await req('GET', '/v1/webhook-endpoints?per_page=100', undefined, who)).json();
      for (const endpoint of list.data) await req('DELETE', `/v1/webhook-endpoints/${endpoint.id}`, undefined, who);
    }
    while (closers.length) await closers.pop()!();
  });

  const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who: Tenant = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload ? { payload } : {}) });

  async function receiver(statuses: number[] = [], headers: Record<string, string> = {}) {
    const r = await startReceiver(statuses, headers);
    closers.push(r.close);
    return r;
  }

  async function endpoint(url: string, events: string[] = ['*']): Promise<{ id: string; secret: string }> {
    const res = await req('POST', '/v1/webhook-endpoints', { url, events });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  async function deliveries(endpointId: string, query = '') {
    const res = await req('GET', `/v1/webhook-endpoints/${endpointId}/deliveries${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data as Array<Record<string, any>>;
  }

  const later = (ms: number) => new Date(Date.now() + ms);

  it('creates, lists, updates and deletes endpoints, showing the secret only at create and roll', async () => {
    const created = await req('POST', '/v1/webhook-endpoints', {
      url: 'https://hooks.example.com/grivo',
      events: ['contact.created', 'email.bounced', 'contact.created'],
      description: 'CRM',
    });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      url: 'https://hooks.example.com/grivo',
      events: ['contact.created', 'email.bounced'],
      description: 'CRM',
      enabled: true,
      disabled_reason: null,
      failing_since: null,
    });
    expect(body.id).toMatch(/^we_/);
    expect(body.secret).toMatch(/^whsec_[0-9A-Za-z]{32,}$/);

    const read = (await req('GET', `/v1/webhook-endpoints/${body.id}`)).json();
    expect(read.secret).toBeUndefined();
    const { secret: _secret, ...shown } = body;
    expect(read).toEqual(shown);
    const list = (await req('GET', '/v1/webhook-endpoints')).json();
    expect(list).toMatchObject({ total: 1, page: 1 });
    expect(list.data[0].secret).toBeUndefined();

    const patched = await req('PATCH', `/v1/webhook-endpoints/${body.id}`, { events: ['*'], description: '' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ events: ['*'], description: null });
    const off = (await req('PATCH', `/v1/webhook-endpoints/${body.id}`, { enabled: false })).json();
    expect(off.enabled).toBe(false);
    expect(off.disabled_reason).toMatch(/^Disabled through the API on /);
    const on = (await req('PATCH', `/v1/webhook-endpoints/${body.id}`, { enabled: true })).json();
    expect(on).toMatchObject({ enabled: true, disabled_reason: null });

    const rolled = await req('POST', `/v1/webhook-endpoints/${body.id}/roll-secret`);
    expect(rolled.statusCode, rolled.body).toBe(200);
    expect(rolled.json().secret).toMatch(/^whsec_/);
    expect(rolled.json().secret).not.toBe(body.secret);

    // Another workspace sees none of it.
    for (const [method, url] of [
      ['GET', `/v1/webhook-endpoints/${body.id}`],
      ['PATCH', `/v1/webhook-endpoints/${body.id}`],
      ['DELETE', `/v1/webhook-endpoints/${body.id}`],
      ['POST', `/v1/webhook-endpoints/${body.id}/roll-secret`],
      ['POST', `/v1/webhook-endpoints/${body.id}/test`],
      ['GET', `/v1/webhook-endpoints/${body.id}/deliveries`],
    ] as const) {
      const res = await req(method, url, method === 'PATCH' ? { enabled: false } : undefined, other);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await req('GET', '/v1/webhook-endpoints', undefined, other)).json().total).toBe(0);

    expect((await req('DELETE', `/v1/webhook-endpoints/${body.id}`)).json()).toEqual({ id: body.id, deleted: true });
    expect((await req('GET', `/v1/webhook-endpoints/${body.id}`)).statusCode).toBe(404);
  });

  it('refuses bad input with a message naming the field', async () => {
    const cases: [object, string, RegExp][] = [
      [{ events: ['*'] }, 'url', /url is required/],
      [{ url: 'ftp://example.com/x', events: ['*'] }, 'url', /http/],
      [{ url: 'not a url', events: ['*'] }, 'url', /absolute/],
      [{ url: 'https://user:pw@example.com/x', events: ['*'] }, 'url', /credentials/],
      [{ url: 'https://example.com/x', events: [] }, 'events', /at least one/],
      [
        { url: 'https://example.com/x', events: ['contact.created', 'contact.exploded'] },
        'events.1',
        /contact\.exploded/,
      ],
      [{ url: 'https://example.com/x', events: ['*', 'contact.created'] }, 'events', /alone/],
      [{ url: 'https://example.com/x' }, 'events', /events/],
      [{ url: 'https://example.com/x', events: ['*'], secret: 'mine' }, 'secret', /Unknown/],
    ];
    for (const [payload, param, message] of cases) {
      const res = await req('POST', '/v1/webhook-endpoints', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.param, JSON.stringify(payload)).toBe(param);
      expect(res.json().error.message).toMatch(message);
    }
    const { id } = await endpoint('https://example.com/x');
    const bad = await req('PATCH', `/v1/webhook-endpoints/${id}`, { enabled: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.param).toBe('enabled');
    const status = await req('GET', `/v1/webhook-endpoints/${id}/deliveries?status=lost`);
    expect(status.statusCode).toBe(400);
    expect(status.json().error.param).toBe('status');
    expect((await req('GET', '/v1/events?type=contact.exploded')).json().error.param).toBe('type');
  });

  it('refuses private addresses unless the operator allows them', async () => {
    const strict = { ...t.services, config: { ...t.services.config, webhooks: { allowPrivate: false } } };
    const refused = createEndpoint(strict, tenant.workspaceId, { url: 'http://127.0.0.1:9/hook', events: ['*'] });
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({ param: 'url', message: /not public/ });

    // Allowed at create (this app allows it), refused when delivered by a worker that does not.
    const r = await receiver();
    const { id } = await endpoint(r.url.replace('127.0.0.1', 'localhost'));
    expect((await req('POST', `/v1/webhook-endpoints/${id}/test`)).statusCode).toBe(202);
    expect(await deliverDue(strict)).toBe(1);
    const [delivery] = await deliveries(id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, response_status: null });
    expect(delivery!.error).toMatch(/not a public address/);
    expect(r.arrivals).toHaveLength(0);
  });

  it('delivers an event from a real source, signed, and lists it under /v1/events', async () => {
    const r = await receiver();
    const { id, secret } = await endpoint(r.url, ['contact.created']);
    const contact = (await req('POST', '/v1/contacts', { email: 'ada@example.com', first_name: 'Ada' })).json();
    await req('PATCH', `/v1/contacts/${contact.id}`, { last_name: 'Lovelace' }); // contact.updated: not subscribed
    expect(await deliverDue(t.services)).toBe(1);

    expect(r.arrivals).toHaveLength(1);
    const [arrival] = r.arrivals;
    expect(arrival!.headers['content-type']).toBe('application/json');
    expect(arrival!.headers['user-agent']).toBe('Grivo-Webhooks/1');
    expect(verifySignature(secret, String(arrival!.headers['grivo-signature']), arrival!.body)).toBe(true);
    expect(verifySignature('whsec_forged', String(arrival!.headers['grivo-signature']), arrival!.body)).toBe(false);
    expect(arrival!.json).toMatchObject({
      type: 'contact.created',
      data: { id: contact.id, email: 'ada@example.com' },
    });
    expect(arrival!.headers['grivo-event-id']).toBe(arrival!.json.id);

    const [delivery] = await deliveries(id);
    expect(delivery).toMatchObject({
      event_id: arrival!.json.id,
      event_type: 'contact.created',
      status: 'succeeded',
      attempts: 1,
      response_status: 200,
      error: null,
      next_attempt_at: null,
    });

    // Each change emits its event, in order, whether or not an endpoint takes it.
    await req('PATCH', `/v1/contacts/${contact.id}`, { status: 'unsubscribed' });
    await req('DELETE', `/v1/contacts/${contact.id}`);
    const events = (await req('GET', '/v1/events')).json();
    expect(events.data.map((e: { type: string }) => e.type).slice(0, 5)).toEqual([
      'contact.deleted',
      'contact.unsubscribed',
      'contact.updated',
      'contact.updated',
      'contact.created',
    ]);
    expect(events.data[0].data).toMatchObject({ id: contact.id, status: 'unsubscribed' });
    expect(await deliverDue(t.services)).toBe(0);
    const created = (await req('GET', '/v1/events?type=contact.created')).json();
    expect(created.data.every((e: { type: string }) => e.type === 'contact.created')).toBe(true);
    expect(created.data[0]).toEqual(arrival!.json);
    expect((await req('GET', `/v1/events/${arrival!.json.id}`)).json()).toEqual(arrival!.json);
    expect((await req('GET', `/v1/events/${arrival!.json.id}`, undefined, other)).statusCode).toBe(404);
    expect((await req('GET', '/v1/events', undefined, other)).json().total).toBe(0);

    // After a roll, what the receiver gets no longer verifies with the old secret.
    const rolled = (await req('POST', `/v1/webhook-endpoints/${id}/roll-secret`)).json();
    await req('POST', '/v1/contacts', { email: 'grace@example.com' });
    expect(await deliverDue(t.services)).toBe(1);
    const last = r.arrivals[1]!;
    expect(verifySignature(secret, String(last.headers['grivo-signature']), last.body)).toBe(false);
    expect(verifySignature(rolled.secret, String(last.headers['grivo-signature']), last.body)).toBe(true);
  });

  it('emits message.unanswered when a chatbot cannot answer', async () => {
    const bot = (await req('POST', '/v1/chatbots', { name: 'Quiet bot' })).json();
    const chat = await req('POST', `/v1/chatbots/${bot.id}/chat`, { message: 'Do you ship to Mars?' });
    expect(chat.statusCode, chat.body).toBe(200);
    expect(chat.json().answered).toBe(false);
    const events = (await req('GET', '/v1/events?type=message.unanswered')).json();
    expect(events.total).toBe(1);
    expect(events.data[0].data).toMatchObject({
      chatbot_id: bot.id,
      conversation_id: chat.json().conversation_id,
      question: 'Do you ship to Mars?',
    });
  });

  it('retries a failing receiver with backoff, logs each attempt, and retries by hand', async () => {
    const r = await receiver([500, 503]);
    const { id } = await endpoint(r.url);
    const ping = await req('POST', `/v1/webhook-endpoints/${id}/test`);
    expect(ping.statusCode, ping.body).toBe(202);
    expect(ping.json()).toMatchObject({ event_type: 'ping', status: 'pending', attempts: 0 });

    expect(await deliverDue(t.services)).toBe(1);
    let [delivery] = await deliveries(id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, response_status: 500, error: 'HTTP 500' });
    const firstRetry = Date.parse(delivery!.next_attempt_at);
    expect(firstRetry - Date.parse(delivery!.last_attempt_at)).toBeGreaterThanOrEqual(RETRY_SCHEDULE_MS[0]! - 1000);
    expect((await req('GET', `/v1/webhook-endpoints/${id}`)).json().failing_since).not.toBeNull();

    expect(await deliverDue(t.services)).toBe(0); // not due yet
    expect(await deliverDue(t.services, later(RETRY_SCHEDULE_MS[0]! + 1000))).toBe(1);
    [delivery] = await deliveries(id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 2, response_status: 503 });
    expect(Date.parse(delivery!.next_attempt_at) - Date.parse(delivery!.last_attempt_at)).toBe(RETRY_SCHEDULE_MS[1]);

    expect(await deliverDue(t.services, later(RETRY_SCHEDULE_MS[0]! + RETRY_SCHEDULE_MS[1]! + 2000))).toBe(1);
    [delivery] = await deliveries(id);
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 3, response_status: 200, error: null });
    expect(r.arrivals.map((a) => a.json.id)).toEqual(Array(3).fill(delivery!.event_id));
    expect((await req('GET', `/v1/webhook-endpoints/${id}`)).json().failing_since).toBeNull();
    expect(await deliveries(id, '?status=failed')).toEqual([]);

    // A retry by hand sends it again now.
    const retried = await req('POST', `/v1/webhook-endpoints/${id}/deliveries/${delivery!.id}/retry`);
    expect(retried.statusCode, retried.body).toBe(202);
    expect(retried.json()).toMatchObject({ id: delivery!.id, status: 'pending' });
    expect(await deliverDue(t.services)).toBe(1);
    expect(r.arrivals).toHaveLength(4);
    expect((await req('POST', `/v1/webhook-endpoints/${id}/deliveries/wd_nope/retry`)).statusCode).toBe(404);
    const foreign = await req('POST', `/v1/webhook-endpoints/${id}/deliveries/${delivery!.id}/retry`, undefined, other);
    expect(foreign.statusCode).toBe(404);
  });

  it('fails a delivery for good after the last retry, and a retry by hand still delivers it', async () => {
    const r = await receiver(Array(RETRY_SCHEDULE_MS.length + 1).fill(500));
    const { id } = await endpoint(r.url);
    await req('POST', `/v1/webhook-endpoints/${id}/test`);
    let clock = Date.now();
    for (const wait of [0, ...RETRY_SCHEDULE_MS]) {
      clock += wait + 1000;
      expect(await deliverDue(t.services, new Date(clock))).toBe(1);
    }
    let [delivery] = await deliveries(id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: RETRY_SCHEDULE_MS.length + 1, next_attempt_at: null });
    expect(await deliveries(id, '?status=failed')).toHaveLength(1);
    expect(await deliverDue(t.services, new Date(clock + 365 * 86_400_000))).toBe(0);

    await req('POST', `/v1/webhook-endpoints/${id}/deliveries/${delivery!.id}/retry`);
    expect(await deliverDue(t.services)).toBe(1);
    [delivery] = await deliveries(id);
    expect(delivery).toMatchObject({ status: 'succeeded', response_status: 200 });
  });

  it('loses nothing while the receiver is down', async () => {
    const r = await receiver();
    const { id } = await endpoint(r.url, ['contact.created']);
    await r.close();
    await req('POST', '/v1/contacts', { email: 'down@example.com' });
    expect(await deliverDue(t.services)).toBe(1);
    const [delivery] = await deliveries(id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, response_status: null });
    expect(delivery!.error).toMatch(/ECONNREFUSED/);

    // The receiver comes back on the same port.
    const back = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.end('ok'));
    });
    await new Promise<void>((resolve) => back.listen(r.port, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => back.close(() => resolve())));
    expect(await deliverDue(t.services, later(RETRY_SCHEDULE_MS[0]! + 1000))).toBe(1);
    expect((await deliveries(id))[0]).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('does not follow redirects', async () => {
    const target = await receiver();
    const r = await receiver([302], { location: target.url });
    const { id } = await endpoint(r.url);
    await req('POST', `/v1/webhook-endpoints/${id}/test`);
    await deliverDue(t.services);
    const [delivery] = await deliveries(id);
    expect(delivery).toMatchObject({ status: 'pending', response_status: 302 });
    expect(delivery!.error).toMatch(/redirects are not followed/);
    expect(target.arrivals).toHaveLength(0);
  });

  it('disables an endpoint that has failed for 3 days, and re-enables it on request', async () => {
    const r = await receiver(Array(20).fill(500));
    const { id } = await endpoint(r.url, ['contact.created']);
    await req('POST', '/v1/contacts', { email: 'first@example.com' });
    await deliverDue(t.services);
    const since = (await req('GET', `/v1/webhook-endpoints/${id}`)).json().failing_since;
    expect(since).not.toBeNull();

    // Three days on, another event fails too: the endpoint is disabled and its pending deliveries settled.
    await req('POST', '/v1/contacts', { email: 'second@example.com' });
    expect(await deliverDue(t.services, later(DISABLE_AFTER_MS + 60_000))).toBe(2);
    const disabled = (await req('GET', `/v1/webhook-endpoints/${id}`)).json();
    expect(disabled).toMatchObject({ enabled: false, failing_since: since });
    expect(disabled.disabled_reason).toContain(since);
    expect((await deliveries(id, '?status=pending')).length).toBe(0);
    expect((await deliveries(id, '?status=failed')).length).toBe(2);

    // Nothing more is queued for it until it is enabled again.
    await req('POST', '/v1/contacts', { email: 'third@example.com' });
    expect((await deliveries(id)).length).toBe(2);
    const enabled = (await req('PATCH', `/v1/webhook-endpoints/${id}`, { enabled: true })).json();
    expect(enabled).toMatchObject({ enabled: true, disabled_reason: null, failing_since: null });
    await req('POST', '/v1/contacts', { email: 'fourth@example.com' });
    expect((await deliveries(id)).length).toBe(3);
  });
});
