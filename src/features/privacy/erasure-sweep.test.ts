import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { databaseText } from '../../../test/helpers/database-text.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { importCsv } from '../../../test/helpers/imports.js';
import { jobHandlers } from '../../worker.js';
import { ERASED_ROW_MESSAGE } from '../contacts/import/store.js';

// What an erase must leave nowhere in the workspace's database, found by a sweep over every
// table the database lists. privacy.test.ts covers campaigns, chats and transactional email.
const EMAIL = 'Ona.Vex@Example.org';
const PERSON = { email: EMAIL, first_name: 'Ona', last_name: 'Quarrendell', attributes: { city: 'Brindlemoor' } };
// Holds the person's address as a part of its own: erasing her must leave it everywhere.
const NEAR = 'jona.vex@example.org';
const TRACES = [/(?<![a-z0-9._%+-])ona\.vex@example\.org(?![a-z0-9_-]|\.[a-z0-9])/, /quarrendell/, /brindlemoor/];

describe.each(DIALECTS)('erasure leaves nothing behind on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let ona: string;
  let near: string;
  let importId: string;
  const bulkIds: string[] = [];

  const req = (method: 'GET' | 'POST', url: string, payload?: object, who = tenant, key?: string) =>
    t.app.inject({
      method,
      url,
      headers: { ...who.auth, ...(key ? { 'idempotency-key': key } : {}) },
      ...(payload ? { payload } : {}),
    });
  const waitFor = async (url: string, done: (body: any) => boolean) => {
    for (let i = 0; i < 800; i++) {
      const body = (await req('GET', url)).json();
      if (done(body)) return body;
      await sleep(25);
    }
    throw new Error(`${url} did not finish`);
  };

  let outbox: string;
  const outboxFiles = () =>
    ['new', 'cur'].flatMap((box) =>
      fs.readdirSync(path.join(outbox, box)).map((name): [string, string] => {
        const file = path.join(outbox, box, name);
        return [file, fs.readFileSync(file, 'utf8').toLowerCase()];
      }),
    );

  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    outbox = t.services.config.mail.outboxDir;
    [tenant, other] = [await t.tenant(), await t.tenant()];
    // Created with Idempotency-Keys: the stored responses hold the whole contact.
    ona = (await req('POST', '/v1/contacts', PERSON, tenant, 'create-ona')).json().id;
    near = (await req('POST', '/v1/contacts', { email: NEAR, last_name: 'Nearby' }, tenant, 'create-near')).json().id;
    expect((await req('POST', '/v1/contacts', PERSON, other, 'create-ona')).statusCode).toBe(201);
    // Rows whose bad address quotes the line's values.
    const imported = await importCsv(
      t,
      tenant,
      `email,first_name\n"Ona Quarrendell <${EMAIL}>",Ona\n"Nearby <${NEAR}>",Near\n`,
    );
    expect(imported).toMatchObject({ failed: 2 });
    importId = imported.id;
    for (const body of [
      { action: 'tag', tags: ['x'], ids: [ona, near] },
      { action: 'tag', tags: ['y'], filter: { search: EMAIL } },
      { action: 'tag', tags: ['z'], filter: { search: NEAR } },
    ]) {
      const res = await req('POST', '/v1/contacts/bulk', body);
      expect(res.statusCode, res.body).toBe(202);
      bulkIds.push(res.json().id);
      await waitFor(`/v1/contacts/bulk/${res.json().id}`, (b) => b.status === 'done');
    }
    for (const [to, subject] of [
      [EMAIL, 'For Ona Quarrendell'],
      [NEAR, 'For the neighbour'],
    ]) {
      const mail = await req('POST', '/v1/emails', {
        to,
        from_email: 'shop@example.com',
        subject,
        text: to === EMAIL ? 'Your parcel to Brindlemoor' : 'Your parcel',
      });
      expect(mail.statusCode, mail.body).toBe(202);
      await waitFor(`/v1/emails/${mail.json().id}`, (b) => b.status === 'sent');
    }
    // The outbox keeps the messages sent, as files; a reader moves one to cur/.
    const sent = outboxFiles();
    expect(sent.filter(([, text]) => TRACES[0]!.test(text))).toHaveLength(1);
    const [theirs] = sent.find(([, text]) => TRACES[0]!.test(text))!;
    fs.renameSync(theirs, path.join(outbox, 'cur', `${path.basename(theirs)}:2,S`));
  }, 60_000);
  afterAll(() => t?.close());

  it("sweeps every table of the workspace clean of the person, and leaves others' data", async () => {
    const erased = await req('POST', `/v1/contacts/${ona}/erase`, undefined, tenant, 'erase-ona');
    expect(erased.statusCode, erased.body).toBe(200);

    const left = [...(await databaseText(t.services.database, [other.workspaceId]))].flatMap(([table, text]) =>
      TRACES.filter((trace) => trace.test(text)).map((trace) => `${table}: ${trace.source}`),
    );
    expect(left).toEqual([]);
    const mail = outboxFiles();
    expect(mail.filter(([, text]) => TRACES.some((trace) => trace.test(text)))).toEqual([]);
    expect(mail.filter(([, text]) => text.includes(NEAR))).toHaveLength(1);

    // The stored response is gone: the retried request runs again, and the suppression refuses it.
    const retried = await req('POST', '/v1/contacts', PERSON, tenant, 'create-ona');
    expect([retried.statusCode, retried.json().error?.code]).toEqual([409, 'suppressed']);

    // The address that merely contains hers keeps everything.
    const replay = await req('POST', '/v1/contacts', { email: NEAR, last_name: 'Nearby' }, tenant, 'create-near');
    expect([replay.statusCode, replay.json().id]).toEqual([201, near]);
    const errors = (await req('GET', `/v1/contacts/imports/${importId}`)).json().errors;
    expect(errors.map((e: any) => e.message)).toEqual([ERASED_ROW_MESSAGE, expect.stringContaining(NEAR)]);
    const selectors = await t.services.database.db
      .selectFrom('contact_bulk_jobs')
      .select('selector')
      .where('id', 'in', bulkIds)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const parsed = selectors.map((s) => JSON.parse(s.selector));
    expect(parsed).toContainEqual({ ids: expect.arrayContaining([near, '[erased]']) });
    expect(parsed).toContainEqual({ filter: { search: '[erased]' } });
    expect(parsed).toContainEqual({ filter: { search: NEAR } });
    expect(JSON.stringify(parsed)).not.toContain(ona);
    const created = (await req('GET', '/v1/events?type=contact.created&per_page=100')).json().data;
    expect(created.map((e: any) => e.data.email)).toContain(NEAR);

    // The other workspace's person with the same address is untouched.
    const theirs = (await req('GET', '/v1/contacts?per_page=10', undefined, other)).json().data;
    expect(theirs).toEqual([expect.objectContaining({ email: EMAIL, last_name: 'Quarrendell' })]);
    const theirReplay = await req('POST', '/v1/contacts', PERSON, other, 'create-ona');
    expect([theirReplay.statusCode, theirReplay.json().email]).toEqual([201, EMAIL]);
    const everything = await databaseText(t.services.database);
    expect(TRACES.every((trace) => trace.test(everything.get('contacts')!))).toBe(true);
  });
});
