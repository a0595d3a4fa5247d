import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../test/helpers/app.js';
import { DIALECTS } from '../../test/helpers/engines.js';
import { DomainError } from '../lib/domain-error.js';
import { LlmError } from '../providers/llm/llm-error.js';

type Res = { statusCode: number; headers: Record<string, unknown>; json(): any; body: string };

function expectEnvelope(res: Res, status: number, code: string): void {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json();
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toMatchObject({ code, status });
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.request_id).toBe(res.headers['x-request-id']);
}

describe.each(DIALECTS)('errors from every layer on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_BODY_LIMIT_BYTES: '2048', GRIVO_RATE_LIMIT_PRO: '100000' });
    t.app.get('/boom', async () => {
      throw new Error('secret internals: password=hunter2');
    });
    t.app.get('/model-down', async () => {
      throw new LlmError('network', 'The language model at 127.0.0.1:9 could not be reached.');
    });
    t.app.get('/too-large', async () => {
      throw new DomainError('too_large', 'The file is larger than the 1 KB this server accepts.');
    });
    tenant = await t.tenant('pro');
  });
  afterAll(() => t.close());

  it('unknown route under /v1 → 404 route_not_found (after authentication)', async () => {
    expectEnvelope(
      await t.app.inject({ method: 'GET', url: '/v1/nope', headers: tenant.auth }),
      404,
      'route_not_found',
    );
    expectEnvelope(await t.app.inject({ method: 'GET', url: '/v1/nope' }), 401, 'missing_api_key');
    expectEnvelope(await t.app.inject({ method: 'GET', url: '/nowhere' }), 404, 'route_not_found');
  });

  it('wrong method → 405 method_not_allowed with Allow', async () => {
    const res = await t.app.inject({ method: 'PUT', url: '/v1/chatbots/bot_x', headers: tenant.auth, payload: {} });
    expectEnvelope(res, 405, 'method_not_allowed');
    expect(res.headers.allow).toBe('DELETE, GET, PATCH');
    const onList = await t.app.inject({ method: 'DELETE', url: '/v1/chatbots', headers: tenant.auth });
    expectEnvelope(onList, 405, 'method_not_allowed');
    expect(onList.headers.allow).toBe('GET, POST');
  });

  it('malformed JSON → 400 invalid_json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/chatbots',
      headers: { ...tenant.auth, 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expectEnvelope(res, 400, 'invalid_json');
  });

  it('body over the limit → 413 payload_too_large', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/chatbots',
      headers: tenant.auth,
      payload: { name: 'x'.repeat(5000) },
    });
    expectEnvelope(res, 413, 'payload_too_large');
  });

  it('unsupported content type → 415 unsupported_media_type', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/chatbots',
        headers: { ...tenant.auth, 'content-type': type },
        payload: 'name=x',
      });
      expectEnvelope(res, 415, 'unsupported_media_type');
    }
  });

  it('a malformed multipart/form-data body → 415 without a boundary, 400 cut short; never a 500', async () => {
    const bot = (
      await t.app.inject({ method: 'POST', url: '/v1/chatbots', headers: tenant.auth, payload: { name: 'B' } })
    ).json().id;
    const form = (name: string) =>
      `--b0\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n` +
      'email\na@example.com\n\r\n--b0--\r\n';
    for (const [url, name] of [
      ['/v1/contacts/import', 'people.csv'],
      [`/v1/chatbots/${bot}/sources`, 'notes.txt'],
    ]) {
      const send = (type: string, payload: string) =>
        t.app.inject({ method: 'POST', url: url!, headers: { ...tenant.auth, 'content-type': type }, payload });
      expectEnvelope(await send('multipart/form-data', form(name!)), 415, 'unsupported_media_type');
      const cut = await send('multipart/form-data; boundary=b0', form(name!).slice(0, -12));
      expectEnvelope(cut, 400, 'invalid_request');
      expect(cut.json().error.message, url).toMatch(/ends before its closing boundary/);
    }
  });

  it('an unexpected exception → 500 internal_error without internals', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/boom' });
    expectEnvelope(res, 500, 'internal_error');
    expect(res.body).not.toMatch(/secret|hunter2|Error:|at /);
  });

  it('failures reported below HTTP map to their code: a model that is down → 502, too large → 413', async () => {
    const down = await t.app.inject({ method: 'GET', url: '/model-down' });
    expectEnvelope(down, 502, 'llm_unavailable');
    expect(down.json().error.message).toBe('The language model at 127.0.0.1:9 could not be reached.');
    expectEnvelope(await t.app.inject({ method: 'GET', url: '/too-large' }), 413, 'payload_too_large');
  });

  it('every response carries X-Request-Id, distinct per request', async () => {
    const urls = ['/healthz', '/readyz', '/v1/openapi.json', '/docs', '/v1/chatbots', '/nowhere'];
    const ids = [];
    for (const url of urls) {
      const res = await t.app.inject({ method: 'GET', url, headers: tenant.auth });
      expect(res.headers['x-request-id'], url).toMatch(/^req_[0-9A-Za-z]{16}$/);
      ids.push(res.headers['x-request-id']);
    }
    expect(new Set(ids).size).toBe(urls.length);
  });

  it('healthz and readyz answer', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks.database).toBe('ok');
  });
});

describe.each(DIALECTS)('when the database goes away (%s)', (dialect) => {
  it('answers 500 internal_error on /v1 and 503 on /readyz, never a stack', async () => {
    const t = await createTestApp(dialect);
    const tenant = await t.tenant();
    await t.services.database.db.destroy();
    const res = await t.app.inject({ method: 'GET', url: '/v1/chatbots', headers: tenant.auth });
    expectEnvelope(res, 500, 'internal_error');
    expect(res.body).not.toMatch(/sqlite|postgres|pool|at /i);
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expectEnvelope(ready, 503, 'service_unavailable');
    expect(ready.json().error.message).toMatch(/database/);
    await t.app.close();
    await t.database.drop();
  });
});
