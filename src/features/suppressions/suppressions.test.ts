import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { importCsv } from '../../../test/helpers/imports.js';

// How a suppression keeps an address from being subscribed again; the campaign
// skip and the pipeline that adds suppressions are in bounces/deliverability.test.ts.
describe.each(DIALECTS)('suppressions on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload === undefined ? {} : { payload }) });

  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
    other = await t.tenant();
  });
  afterAll(() => t.close());

  it('lists, adds, filters and removes suppressions, per workspace', async () => {
    const first = await call('POST', '/v1/suppressions', { email: 'Crud@Example.com', reason: 'complaint' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({
      email: 'Crud@Example.com',
      email_hash: null,
      reason: 'complaint',
      source: 'api',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    const again = await call('POST', '/v1/suppressions', { email: 'crud@example.com' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ email: 'Crud@Example.com', reason: 'complaint' });

    const bad = await call('POST', '/v1/suppressions', { email: 'not-an-address' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.param).toBe('email');
    const badReason = await call('POST', '/v1/suppressions', { email: 'x@example.com', reason: 'bored' });
    expect(badReason.statusCode).toBe(400);
    expect(badReason.json().error).toMatchObject({ param: 'reason', message: expect.stringContaining('manual') });

    const list = await call('GET', '/v1/suppressions?email=CRUD');
    expect(list.json()).toMatchObject({ total: 1, page: 1, data: [{ email: 'Crud@Example.com' }] });
    expect((await call('GET', '/v1/suppressions?email=zzz')).json().total).toBe(0);
    expect((await call('GET', '/v1/suppressions?per_page=0')).json().error.param).toBe('per_page');

    expect((await call('GET', '/v1/suppressions', undefined, other)).json().total).toBe(0);
    expect((await call('DELETE', '/v1/suppressions/crud@example.com', undefined, other)).statusCode).toBe(404);
    expect((await call('DELETE', '/v1/suppressions/CRUD@example.com')).statusCode).toBe(204);
    const gone = await call('DELETE', '/v1/suppressions/crud@example.com');
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.message).toContain('not suppressed');
  });

  it('refuses to subscribe a suppressed address through the API, until the suppression is removed', async () => {
    const created = await call('POST', '/v1/contacts', { email: 'blocked+new@example.com' });
    expect(created.statusCode).toBe(201);
    await call('POST', '/v1/suppressions', { email: 'blocked+new@example.com' });
    const id = created.json().id;
    expect((await call('PATCH', `/v1/contacts/${id}`, { status: 'unsubscribed' })).statusCode).toBe(200);
    const refused = await call('PATCH', `/v1/contacts/${id}`, { status: 'subscribed' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'suppressed',
      message: expect.stringContaining('Remove the suppression'),
    });
    const upsert = await call('POST', '/v1/contacts?upsert=true', {
      email: 'blocked+new@example.com',
      status: 'subscribed',
    });
    expect(upsert.json().error.code).toBe('suppressed');
    const fresh = await call('POST', '/v1/contacts', { email: 'BLOCKED+fresh@example.com' });
    expect(fresh.statusCode).toBe(201); // not suppressed
    expect((await call('PATCH', `/v1/contacts/${id}`, { first_name: 'Still' })).statusCode).toBe(200);

    await call('DELETE', '/v1/suppressions/blocked+new@example.com');
    expect((await call('PATCH', `/v1/contacts/${id}`, { status: 'subscribed' })).statusCode).toBe(200);
  });

  it('imports a suppressed address as bounced or complained, never subscribed, and reports it', async () => {
    await call('POST', '/v1/suppressions', { email: 'imp-hard@example.com', reason: 'hard_bounce' });
    await call('POST', '/v1/suppressions', { email: 'imp-spam@example.com', reason: 'complaint' });
    const result = await importCsv(
      t,
      tenant,
      'email,first_name\nIMP-HARD@example.com,Hard\nimp-spam@example.com,Spam\nimp-ok@example.com,Ok\n',
    );
    expect(result).toMatchObject({ status: 'completed', created: 3, suppressed: 2, failed: 0 });
    const list = (await call('GET', '/v1/contacts?search=imp-')).json().data;
    const status = Object.fromEntries(list.map((c: any) => [c.email, c.status]));
    expect(status).toEqual({
      'IMP-HARD@example.com': 'bounced',
      'imp-spam@example.com': 'complained',
      'imp-ok@example.com': 'subscribed',
    });
  });
});
