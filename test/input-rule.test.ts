import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../src/worker.js';
import { createTestApp, type TestApp, type Tenant } from './helpers/app.js';
import { DIALECTS } from './helpers/engines.js';
import { contactRow } from './helpers/contact-rows.js';
import { importCsv, multipartBody } from './helpers/imports.js';

// Issue 12's input rule: no string with a NUL or an unpaired surrogate gets
// in, by any route, on either engine (PostgreSQL cannot store them; SQLite
// would), and JSON depth is bounded so no validator overflows its stack.

const nest = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nest(depth - 1) });

function expectRefused(
  res: { statusCode: number; body: string; json(): any },
  param: string | undefined,
  what: RegExp,
) {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.json().error).toMatchObject({ code: 'invalid_parameter', status: 400 });
  expect(res.json().error.param).toBe(param);
  expect(res.json().error.message).toMatch(what);
}
const NUL = /NUL character/;
const SURROGATE = /unpaired UTF-16 surrogate/;

describe.each(DIALECTS)('the input rule on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      GRIVO_RATE_LIMIT_PRO: '100000',
      GRIVO_WIDGET_RATE_LIMIT: '100000',
      GRIVO_PUBLIC_RATE_LIMIT: '100000',
    });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('pro');
  });
  afterAll(() => t.close());

  const inject = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { ...tenant.auth, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('refuses NUL and lone surrogates in body fields, attribute keys and values, and tags, naming the field', async () => {
    expectRefused(
      await inject('POST', '/v1/contacts', { email: 'a@example.com', first_name: 'a\u0000b' }),
      'first_name',
      NUL,
    );
    expectRefused(
      await inject('POST', '/v1/contacts', { email: 'a@example.com', attributes: { 'k\u0000': 1 } }),
      'attributes',
      /A key of the parameter 'attributes'.*NUL/,
    );
    expectRefused(
      await inject('POST', '/v1/contacts', { email: 'a@example.com', attributes: { a: '\udfff' } }),
      'attributes.a',
      SURROGATE,
    );
    expectRefused(
      await inject('POST', '/v1/contacts', { email: 'a@example.com', tags: ['ok', 'x\ud800'] }),
      'tags.1',
      SURROGATE,
    );
    expectRefused(await inject('POST', '/v1/chatbots', { name: 'Bot\u0000' }), 'name', NUL);
    expectRefused(
      await inject('POST', '/v1/campaigns/preview', { subject: 'Hi\u0000', html: '<p>x</p>' }),
      'subject',
      NUL,
    );
    // A well-formed pair is fine, stored and read back the same on both engines.
    const ok = await inject('POST', '/v1/contacts', {
      email: 'emoji@example.com',
      first_name: 'Ada 😀',
      attributes: { ключ: '值' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await inject('GET', `/v1/contacts/${ok.json().id}`)).json()).toMatchObject({
      first_name: 'Ada 😀',
      attributes: { ключ: '值' },
    });
  });

  it('refuses them in path ids and query strings, on authenticated and public routes', async () => {
    expectRefused(await inject('GET', '/v1/contacts/ct_%00'), 'id', NUL);
    expectRefused(await inject('GET', '/v1/contacts?search=a%00'), 'search', NUL);
    expectRefused(await inject('GET', '/v1/contacts?tag=%00'), 'tag', NUL);
    expectRefused(await inject('GET', '/v1/contacts/export?search=%00'), 'search', NUL);
    expectRefused(
      await t.app.inject({
        method: 'GET',
        url: '/public/chatbots/bot_%00',
        headers: { origin: 'https://example.com' },
      }),
      'id',
      NUL,
    );
    expectRefused(
      await t.app.inject({
        method: 'POST',
        url: '/dashboard/login',
        payload: { email: 'a\u0000@example.com', password: 'whatever-long' },
      }),
      'email',
      NUL,
    );
  });

  it('refuses them in headers that get stored, and in multipart fields', async () => {
    const key = await inject('POST', '/v1/contacts', { email: 'idem@example.com' }, { 'idempotency-key': 'k\udfff' });
    expectRefused(key, 'idempotency-key', SURROGATE);

    const form = new FormData();
    form.append('tags', 'vip\u0000');
    form.append('file', new Blob(['email\nada@example.com\n'], { type: 'text/csv' }), 'contacts.csv');
    const { contentType, payload } = await multipartBody(form);
    expectRefused(
      await t.app.inject({
        method: 'POST',
        url: '/v1/contacts/import',
        headers: { ...tenant.auth, 'content-type': contentType },
        payload,
      }),
      'tags',
      NUL,
    );
  });

  it('reports a CSV row with a NUL as a bad row, and imports the others', async () => {
    // A NUL within the first 64 KB marks a binary file (refused whole); past them, it is one bad row.
    const who = await t.tenant('pro');
    const filler = Array.from({ length: 3500 }, (_, i) => `filler${i}@example.com,F`).join('\n');
    const done = await importCsv(
      t,
      who,
      `email,first_name\n${filler}\nnul@example.com,N\u0000L\nbob@example.com,Bob\n`,
    );
    expect(done).toMatchObject({ status: 'completed', created: 3501, failed: 1 });
    expect(done.errors).toEqual([{ line: 3502, code: 'invalid_row', message: expect.stringMatching(NUL) }]);
  });

  it('bounds JSON depth: a body nested 3,000 deep and attributes deeper than 10 are a 400, 10 is fine', async () => {
    expectRefused(
      await inject('POST', '/v1/contacts', { email: 'deep@example.com', attributes: nest(3000) }),
      'attributes',
      /nests deeper than 32 levels/,
    );
    const eleven = await inject('POST', '/v1/contacts', { email: 'deep@example.com', attributes: nest(11) });
    expect(eleven.statusCode, eleven.body).toBe(400);
    expect(eleven.json().error).toMatchObject({ code: 'invalid_request', param: 'attributes' });
    expect(eleven.json().error.message).toMatch(/at most 10 levels/);
    expect((await inject('POST', '/v1/contacts', { email: 'deep@example.com', attributes: nest(10) })).statusCode).toBe(
      201,
    );
    const patch = await inject('GET', '/v1/contacts?search=deep');
    expect(
      (await inject('PATCH', `/v1/contacts/${patch.json().data[0].id}`, { attributes: { b: nest(10) } })).statusCode,
    ).toBe(400);
  });

  it('exports a workspace even when a stored row holds attributes nested 1,000 deep', async () => {
    const who = await t.tenant('pro');
    const good = await t.app.inject({
      method: 'POST',
      url: '/v1/contacts',
      headers: who.auth,
      payload: { email: 'good@example.com', attributes: { city: 'Oslo' } },
    });
    expect(good.statusCode).toBe(201);
    // As an older version could store it (accepted then, refused now).
    await t.database.db
      .insertInto('contacts')
      .values(
        contactRow(who.workspaceId, 'ct_legacydeep00000001', 'deep@example.com', {
          attributes: JSON.stringify({ deep: nest(1000) }),
        }),
      )
      .execute();
    const res = await t.app.inject({ method: 'GET', url: '/v1/contacts/export', headers: who.auth });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('good@example.com');
    expect(res.body).toContain('deep@example.com');
    expect(res.body).toContain('Oslo');
  });
});
