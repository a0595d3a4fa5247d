import { afterEach, describe, expect, it } from 'vitest';
import { Grivo, GrivoError, type GrivoOptions } from '../src/index.js';
import { closedPort, type FakeAnswer, type SeenRequest, startFakeServer } from './fake-server.js';

const BOT = { id: 'bot_1', name: 'Support' };
const ok = (status = 200, body: object = BOT): FakeAnswer => ({ status, body: JSON.stringify(body) });
const apiError = (status: number, code: string, headers: Record<string, string> = {}): FakeAnswer => ({
  status,
  headers,
  body: JSON.stringify({ error: { code, message: `It failed: ${code}.`, status } }),
});

let servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A client of a fake server answering the n-th request with `answers[n]` (the last one from then on). */
async function clientOf(answers: Array<FakeAnswer | 'hang'>, options: GrivoOptions = {}) {
  const server = await startFakeServer((_request, index) => answers[Math.min(index, answers.length - 1)]!);
  servers.push(server);
  return { grivo: new Grivo({ apiKey: 'grv_test_key', baseUrl: server.baseUrl, ...options }), seen: server.seen };
}

async function failure(promise: Promise<unknown>): Promise<GrivoError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(GrivoError);
  return error as GrivoError;
}

const keysOf = (seen: SeenRequest[]) => seen.map((r) => r.headers['idempotency-key']);

describe('retries', () => {
  it('waits out a 429 and retries the POST with the same Idempotency-Key', async () => {
    const { grivo, seen } = await clientOf([apiError(429, 'rate_limit_exceeded', { 'retry-after': '1' }), ok(201)]);
    expect(await grivo.chatbots.create({ name: 'Support' })).toEqual(BOT);
    expect(seen).toHaveLength(2);
    const [first, second] = keysOf(seen);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).toBe(first);
    expect(seen.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/v1/chatbots', '{"name":"Support"}'],
      ['POST', '/v1/chatbots', '{"name":"Support"}'],
    ]);
    expect(seen[0]!.headers.authorization).toBe('Bearer grv_test_key');
    expect(seen[0]!.headers['content-type']).toBe('application/json');
  });

  it('retries a POST after a 503 with the same key, and each call gets a key of its own', async () => {
    const { grivo, seen } = await clientOf([apiError(503, 'service_unavailable'), ok(202), ok(202)]);
    await grivo.chatbots.train('bot_1');
    await grivo.chatbots.train('bot_1');
    const keys = keysOf(seen);
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBeDefined();
    expect(keys[2]).not.toBe(keys[0]);
    expect(seen[0]!.body).toBe(''); // no body for an action without one
  });

  it('retries a GET after a 503 without sending any Idempotency-Key', async () => {
    const { grivo, seen } = await clientOf([apiError(503, 'service_unavailable'), ok()]);
    expect(await grivo.chatbots.get('bot_1')).toEqual(BOT);
    expect(seen).toHaveLength(2);
    expect(keysOf(seen)).toEqual([undefined, undefined]);
  });

  it('uses the caller’s own Idempotency-Key when given one', async () => {
    const { grivo, seen } = await clientOf([apiError(500, 'internal_error'), ok(201)]);
    await grivo.contacts.create({ email: 'a@example.com' }, undefined, { idempotencyKey: 'signup-42' });
    expect(keysOf(seen)).toEqual(['signup-42', 'signup-42']);
  });

  it('sends a file upload again byte for byte on a retry', async () => {
    const { grivo, seen } = await clientOf([apiError(503, 'service_unavailable'), ok(202, { id: 'imp_1' })]);
    await grivo.contacts.import('email\na@example.com\n', { tags: ['x', 'y'], update_existing: false });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.body).toBe(seen[0]!.body);
    expect(seen[1]!.headers['content-type']).toBe(seen[0]!.headers['content-type']);
    expect(seen[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0]!.body).toContain('filename="contacts.csv"');
    expect(seen[0]!.url).toBe('/v1/contacts/import?update_existing=false&tags=x&tags=y');
  });

  it('gives up after maxRetries with the last error', async () => {
    const { grivo, seen } = await clientOf([apiError(500, 'internal_error', { 'x-request-id': 'req_abc' })], {
      maxRetries: 2,
    });
    const error = await failure(grivo.contacts.list());
    expect(error).toMatchObject({ code: 'internal_error', status: 500, requestId: 'req_abc' });
    expect(seen).toHaveLength(3);
  });

  it('does not retry a PATCH after a 5xx (it carries no key), but does after a 429', async () => {
    const failing = await clientOf([apiError(503, 'service_unavailable'), ok()]);
    expect((await failure(failing.grivo.chatbots.update('bot_1', { name: 'x' }))).status).toBe(503);
    expect(failing.seen).toHaveLength(1);

    const limited = await clientOf([apiError(429, 'rate_limit_exceeded', { 'retry-after': '0' }), ok()]);
    expect(await limited.grivo.chatbots.update('bot_1', { name: 'x' })).toEqual(BOT);
    expect(limited.seen).toHaveLength(2);
  });

  it('does not retry a 4xx, nor a 429 asking for longer than a minute', async () => {
    const notFound = await clientOf([apiError(404, 'not_found'), ok()]);
    expect((await failure(notFound.grivo.chatbots.get('bot_1'))).code).toBe('not_found');
    expect(notFound.seen).toHaveLength(1);

    const later = await clientOf([apiError(429, 'rate_limit_exceeded', { 'retry-after': '120' }), ok()]);
    expect(await failure(later.grivo.chatbots.list())).toMatchObject({ status: 429, retryAfter: 120 });
    expect(later.seen).toHaveLength(1);
  });

  it('never retries a streamed upload: its bytes are gone', async () => {
    const { grivo, seen } = await clientOf([apiError(503, 'service_unavailable'), ok(202)]);
    const stream = new Blob(['email\na@example.com\n']).stream();
    expect((await failure(grivo.contacts.import(stream))).status).toBe(503);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers['content-type']).toBe('text/csv');
    expect(seen[0]!.body).toBe('email\na@example.com\n');
  });

  it('reports a body that is not the API’s envelope as http_error', async () => {
    const { grivo } = await clientOf(
      [{ status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>Bad gateway</h1>' }],
      {
        maxRetries: 0,
      },
    );
    const error = await failure(grivo.chatbots.list());
    expect(error).toMatchObject({ code: 'http_error', status: 502 });
    expect(error.message).toContain('Bad gateway');
  });
});

describe('failures to reach the server', () => {
  it('reports a closed port as network_error (status 0) after retrying', async () => {
    const grivo = new Grivo({ apiKey: 'k', baseUrl: `http://127.0.0.1:${await closedPort()}`, maxRetries: 1 });
    const error = await failure(grivo.chatbots.list());
    expect(error).toMatchObject({ code: 'network_error', status: 0, requestId: undefined });
    expect(error.message).toContain('127.0.0.1');
  });

  it('reports a server that does not answer in time as timeout', async () => {
    const { grivo, seen } = await clientOf(['hang'], { timeoutMs: 200, maxRetries: 1 });
    expect(await failure(grivo.chatbots.create({ name: 'x' }))).toMatchObject({ code: 'timeout', status: 0 });
    expect(seen).toHaveLength(2);
    expect(keysOf(seen)[1]).toBe(keysOf(seen)[0]);
  });

  it('stops at once when the caller aborts', async () => {
    const { grivo } = await clientOf(['hang']);
    const controller = new AbortController();
    const call = grivo.chatbots.list(undefined, { signal: controller.signal }).then(
      () => undefined,
      (error: unknown) => error,
    );
    controller.abort();
    expect(await call).toMatchObject({ code: 'aborted', status: 0 });
  });
});

describe('construction', () => {
  it('refuses to start without an API key, and reads GRIVO_API_KEY and GRIVO_URL', async () => {
    const saved = { key: process.env.GRIVO_API_KEY, url: process.env.GRIVO_URL };
    try {
      delete process.env.GRIVO_API_KEY;
      expect(() => new Grivo()).toThrow(/GRIVO_API_KEY/);
      expect(() => new Grivo()).toThrow(expect.objectContaining({ code: 'missing_api_key', status: 0 }));
      const server = await startFakeServer(() => ok());
      servers.push(server);
      process.env.GRIVO_API_KEY = 'grv_from_env';
      process.env.GRIVO_URL = `${server.baseUrl}/v1/`;
      const grivo = new Grivo();
      expect(grivo.baseUrl).toBe(server.baseUrl);
      await grivo.chatbots.get('bot 1/..');
      expect(server.seen[0]).toMatchObject({ url: '/v1/chatbots/bot%201%2F..' });
      expect(server.seen[0]!.headers.authorization).toBe('Bearer grv_from_env');
    } finally {
      for (const [name, value] of [
        ['GRIVO_API_KEY', saved.key],
        ['GRIVO_URL', saved.url],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('defaults to http://localhost:3000', () => {
    const saved = process.env.GRIVO_URL;
    delete process.env.GRIVO_URL;
    try {
      expect(new Grivo({ apiKey: 'k' }).baseUrl).toBe('http://localhost:3000');
    } finally {
      if (saved !== undefined) process.env.GRIVO_URL = saved;
    }
  });
});
