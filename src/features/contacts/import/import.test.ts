import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { ENGINES_AND_QUEUES } from '../../../../test/helpers/engines.js';
import { contactsOf, importCsv, multipartBody, uploadCsv, waitForImport } from '../../../../test/helpers/imports.js';

const FIXTURES = path.resolve('test/fixtures/contacts');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

describe.each(ENGINES_AND_QUEUES)('contact imports on $name', ({ dialect, env }) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      ...env,
      GRIVO_RATE_LIMIT_PRO: '100000',
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_PLAN_FREE_CONTACTS: '3',
      GRIVO_IMPORT_MAX_BYTES: '4096',
      GRIVO_IMPORT_BATCH_ROWS: '7',
    });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('pro');
  });
  afterAll(() => t.close());

  it('imports the Chatwoot export: every column kept, extra columns as attributes', async () => {
    const who = await t.tenant('pro');
    const started = await uploadCsv(t, who, fixture('chatwoot-contacts.csv'));
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json()).toMatchObject({ status: 'queued', rows_total: 25, rows_processed: 0 });
    expect(started.json().id).toMatch(/^imp_/);
    const done = await waitForImport(t, who, started.json().id);
    expect(done).toMatchObject({
      status: 'completed',
      rows_total: 25,
      rows_processed: 25,
      created: 25,
      updated: 0,
      skipped: 0,
      failed: 0,
      errors: [],
    });
    expect(done.finished_at).toMatch(/Z$/);
    const contacts = await contactsOf(t, who);
    expect(contacts).toHaveLength(25);
    // 25 rows span several batches of 7, so they are stored in address order.
    expect(contacts.map((c) => c.email)).toEqual(contacts.map((c) => c.email).sort());
    expect(contacts.find((c) => c.email === 'cuzzell0@mozilla.org')).toEqual({
      email: 'cuzzell0@mozilla.org',
      first_name: 'Clarice',
      last_name: 'Uzzell',
      phone: null,
      attributes: {
        gender: 'Genderfluid',
        ip_address: '70.61.11.201',
        identifier: 'bb4e11cd-0f23-49da-a123-dcc1fec6852c',
      },
      tags: [],
      status: 'subscribed',
      source: 'import',
    });
  });

  it('imports the invalid Chatwoot export: merges the duplicate email, keeps rows missing trailing fields', async () => {
    const who = await t.tenant('pro');
    const done = await importCsv(t, who, fixture('chatwoot-invalid-contacts.csv'));
    expect(done).toMatchObject({ status: 'completed', rows_total: 25, created: 24, updated: 1, failed: 0 });
    const contacts = await contactsOf(t, who);
    expect(contacts).toHaveLength(24);
    // Rows 1 and 3 share an email: the later row's fields win, nothing is lost.
    expect(contacts.find((c) => c.email === 'cuzzell0@mozilla.org')).toMatchObject({
      email: 'cuzzell0@mozilla.org',
      first_name: 'Nancey',
      last_name: 'Windibank',
      phone: '+91848484848',
    });
    expect(contacts.find((c) => c.email === 'sstennine3@yellowbook.com')).toMatchObject({
      first_name: 'Sibel',
      phone: null,
    });
  });

  it.each([['thunderbird-addressbook.csv'], ['thunderbird-semicolon.csv']])(
    'imports the Thunderbird export %s',
    async (file) => {
      const who = await t.tenant('pro');
      const done = await importCsv(t, who, fixture(file));
      expect(done).toMatchObject({ status: 'completed', created: 2, failed: 0 });
      const contacts = await contactsOf(t, who);
      expect(contacts.map((c) => [c.email, c.first_name, c.last_name])).toEqual([
        ['john@doe.invalid', 'John', 'Doe'],
        ['jane@doe.invalid', 'Jane', 'Doe'],
      ]);
    },
  );

  it('reports bad rows with their line numbers and imports every good row', async () => {
    const who = await t.tenant('pro');
    const csv = [
      'Email Address,First Name,Last Name,Tags',
      'good1@example.com,Good,One,"vip, news"',
      'not-an-email,Bad,Email,',
      '"good2@example.com","Multi',
      'line",Two,',
      'good3@example.com,Too,Many,fields,here',
      ',,,',
      '',
      'good4@example.com,Four',
    ].join('\r\n');
    const done = await importCsv(t, who, csv, 'tags=imported');
    expect(done).toMatchObject({ status: 'completed', rows_total: 6, created: 3, skipped: 1, failed: 2 });
    expect(done.errors).toEqual([
      { line: 3, code: 'invalid_row', message: expect.stringMatching(/not-an-email/) },
      { line: 6, code: 'invalid_row', message: expect.stringMatching(/5 fields but the header has 4/) },
    ]);
    const contacts = await contactsOf(t, who);
    expect(contacts.map((c) => [c.email, c.first_name, c.tags])).toEqual([
      ['good1@example.com', 'Good', ['vip', 'news', 'imported']],
      ['good2@example.com', 'Multi\nline', ['imported']],
      ['good4@example.com', 'Four', ['imported']],
    ]);
  });

  it('fails an import without an email column before touching any row', async () => {
    const who = await t.tenant('pro');
    const done = await importCsv(t, who, 'First Name,Phone\nAda,123\n');
    expect(done).toMatchObject({ status: 'failed', rows_processed: 0, created: 0 });
    expect(done.error).toMatch(/No email column/);
    expect(done.error).toMatch(/"First Name", "Phone"/);
    expect(await contactsOf(t, who)).toEqual([]);
    const empty = await importCsv(t, who, '');
    expect(empty).toMatchObject({ status: 'failed', error: expect.stringMatching(/empty/) });
  });

  it('updates existing contacts, or leaves them with update_existing=false, and never re-subscribes', async () => {
    const who = await t.tenant('pro');
    const post = (payload: object) => t.app.inject({ method: 'POST', url: '/v1/contacts', headers: who.auth, payload });
    await post({ email: 'kept@example.com', first_name: 'Kept', tags: ['old'], attributes: { a: '1' } });
    await post({ email: 'gone@example.com', status: 'unsubscribed' });
    const csv =
      'email,first_name,city\nKEPT@example.com,,Paris\ngone@example.com,Gone,\nfresh@example.com,Fresh,Rome\n';

    const skipped = await importCsv(t, who, csv, 'update_existing=false');
    expect(skipped).toMatchObject({ created: 1, updated: 0, skipped: 2 });
    expect((await contactsOf(t, who))[0]).toMatchObject({
      email: 'kept@example.com',
      first_name: 'Kept',
      attributes: { a: '1' },
    });

    const updated = await importCsv(t, who, csv, 'status=subscribed&tags=spring,2026');
    expect(updated).toMatchObject({ created: 0, updated: 3, skipped: 0 });
    const byEmail = Object.fromEntries((await contactsOf(t, who)).map((c) => [c.email, c]));
    expect(byEmail['kept@example.com']).toMatchObject({
      first_name: 'Kept',
      attributes: { a: '1', city: 'Paris' },
      tags: ['old', 'spring', '2026'],
    });
    expect(byEmail['gone@example.com']).toMatchObject({ first_name: 'Gone', status: 'unsubscribed' });
    expect(byEmail['fresh@example.com']).toMatchObject({ source: 'import', status: 'subscribed' });
  });

  it('imports up to the plan limit and reports the rest as plan_limit_exceeded', async () => {
    const free = await t.tenant('free');
    await t.app.inject({
      method: 'POST',
      url: '/v1/contacts',
      headers: free.auth,
      payload: { email: 'p0@example.com' },
    });
    const csv =
      'email,first_name\np1@example.com,A\np0@example.com,Zero\np2@example.com,B\np3@example.com,C\np4@example.com,D\n';
    const done = await importCsv(t, free, csv);
    expect(done).toMatchObject({ status: 'completed', created: 2, updated: 1, failed: 2 });
    expect(done.errors).toEqual([
      { line: 5, code: 'plan_limit_exceeded', message: expect.stringMatching(/free plan allows 3 contacts/) },
      { line: 6, code: 'plan_limit_exceeded', message: expect.stringMatching(/free plan allows 3 contacts/) },
    ]);
    expect((await contactsOf(t, free)).map((c) => c.email)).toEqual([
      'p0@example.com',
      'p1@example.com',
      'p2@example.com',
    ]);
  });

  it('takes the file as multipart/form-data with option fields', async () => {
    const who = await t.tenant('pro');
    const form = new FormData();
    form.append('tags', 'webinar');
    form.append('status', 'unsubscribed');
    form.append('file', new Blob(['email\nform@example.com\n'], { type: 'text/csv' }), 'list.csv');
    const body = await multipartBody(form);
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/contacts/import',
      headers: { ...who.auth, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({
      filename: 'list.csv',
      options: { tags: ['webinar'], status: 'unsubscribed', update_existing: true },
    });
    await waitForImport(t, who, res.json().id);
    expect(await contactsOf(t, who)).toMatchObject([
      { email: 'form@example.com', tags: ['webinar'], status: 'unsubscribed' },
    ]);

    const noFile = new FormData();
    noFile.append('csv', new Blob(['email\n']), 'x.csv');
    const wrong = await multipartBody(noFile);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/v1/contacts/import',
      headers: { ...who.auth, 'content-type': wrong.contentType },
      payload: wrong.payload,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/field named "file"/);
  });

  it('refuses files over the size limit (413), other body types (415) and bad options (400), storing nothing', async () => {
    const big = `email\n${'someone@example.com\n'.repeat(300)}`;
    const tooBig = await uploadCsv(t, tenant, big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/4 KB/) });
    const json = await t.app.inject({
      method: 'POST',
      url: '/v1/contacts/import',
      headers: tenant.auth,
      payload: { email: 'x@y.z' },
    });
    expect(json.statusCode).toBe(415);
    expect((await uploadCsv(t, tenant, 'email\n', 'status=maybe')).json().error).toMatchObject({
      code: 'invalid_request',
      param: 'status',
    });
    expect((await uploadCsv(t, tenant, 'email\n', 'update_existing=yes')).statusCode).toBe(400);
    // …and the document says so (the contract test found status documented as any string).
    const doc = (await t.app.inject({ method: 'GET', url: '/v1/openapi.json' })).json();
    const status = doc.paths['/v1/contacts/import'].post.parameters.find((p: { name: string }) => p.name === 'status');
    expect(status.schema.enum).toEqual([
      'subscribed',
      'unsubscribed',
      'bounced',
      'complained',
      'pending',
      'non_subscribed',
    ]);
    const form = doc.paths['/v1/contacts/import'].post.requestBody.content['multipart/form-data'].schema;
    expect(form.properties.status.enum).toEqual(status.schema.enum);
    expect((await t.services.database.db.selectFrom('upload_chunks').select('upload_id').execute()).length).toBe(0);
  });

  it('stops reading a streamed body without Content-Length at the size limit (413), keeping nothing', async () => {
    // Over real HTTP: a chunked body, so the server only learns the size by reading.
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    // A raw socket: the server may close it before the body is all sent, and
    // what matters is the answer it wrote first. Closing with our unread bytes
    // in its buffer makes the server's kernel send a reset, which can reach us
    // before that answer and discard it: only then is the request sent again.
    const send = () =>
      new Promise<string>((resolve) => {
        const socket = net.connect(port, '127.0.0.1');
        let received = '';
        socket.on('data', (d) => (received += d));
        socket.on('error', () => {}); // EPIPE / ECONNRESET once the server stops reading
        socket.on('close', () => resolve(received));
        socket.write(
          `POST /v1/contacts/import HTTP/1.1\r\nHost: x\r\nAuthorization: ${tenant.auth.authorization}\r\n` +
            'Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n',
        );
        const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
        socket.write(chunk('email\n'));
        const pump = (i: number) => {
          if (socket.destroyed) return;
          if (i === 0) return void socket.write('0\r\n\r\n');
          socket.write(chunk('streamed@example.com\n'.repeat(20)), () => setImmediate(() => pump(i - 1)));
        };
        pump(50);
      });
    let answer = await send();
    for (let attempt = 1; answer === '' && attempt < 3; attempt++) answer = await send();
    const res = { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]), body: answer };
    expect(res.status, res.body).toBe(413);
    const form = new FormData();
    form.append('file', new Blob([`email\n${'multipart@example.com\n'.repeat(300)}`]), 'big.csv');
    const big = await multipartBody(form);
    const multipart = await t.app.inject({
      method: 'POST',
      url: '/v1/contacts/import',
      headers: { ...tenant.auth, 'content-type': big.contentType },
      payload: Readable.from([big.payload]), // a stream: sent without Content-Length
    });
    expect(multipart.statusCode, multipart.body).toBe(413);
    expect((await t.services.database.db.selectFrom('upload_chunks').select('upload_id').execute()).length).toBe(0);
    expect(
      (await t.app.inject({ method: 'GET', url: '/v1/contacts/imports', headers: tenant.auth })).json().total,
    ).toBe(0);
  });

  it('lists imports newest first, and replays an import for the same Idempotency-Key', async () => {
    const who = await t.tenant('pro');
    const headers = { 'idempotency-key': 'import-1' };
    const first = await uploadCsv(t, who, 'email\nidem@example.com\n', '', headers);
    const replay = await uploadCsv(t, who, 'email\nidem@example.com\n', '', headers);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(first.json().id);
    await waitForImport(t, who, first.json().id);
    const second = (await uploadCsv(t, who, 'email\nother@example.com\n')).json();
    await waitForImport(t, who, second.id);
    const list = (await t.app.inject({ method: 'GET', url: '/v1/contacts/imports', headers: who.auth })).json();
    expect(list).toMatchObject({ total: 2, page: 1, has_more: false });
    expect(list.data.map((i: { id: string }) => i.id)).toEqual([second.id, first.json().id]);
  });
});
