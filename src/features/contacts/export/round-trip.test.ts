import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { ENGINES_AND_QUEUES } from '../../../../test/helpers/engines.js';
import { importCsv } from '../../../../test/helpers/imports.js';

// Issue 17, point 9: importing Grivo's own export changes nothing.

const CONTACTS = [
  {
    email: 'ada@example.com',
    first_name: 'Ada',
    last_name: 'Lovelace',
    phone: '+44 113 496 0000',
    tags: ['vip', 'uk'],
    attributes: {
      'favourite coffee': 'flat white',
      'Favourite Coffee': 'also kept apart',
      city: 'London',
      profile: { plan: { name: 'pro', seats: [1, 2, { spare: null }] }, since: '2020' },
      history: ['a', 'b'],
    },
  },
  {
    email: 'evil@example.com',
    first_name: '=cmd|" /C calc"!A0',
    last_name: 'O"Brien, Jr',
    phone: '-1 555 0100',
    tags: ['-x', '@y'],
    attributes: {
      note: '@import',
      formula: '=SUM(A1)',
      plus: '+1',
      tab: '\tindented',
      already: "'=quoted by hand",
      apostrophe: "'plain",
      json_text: '{"a":1}',
      email: 'shadow',
      Mobile: 'not a phone column',
      'attribute.x': 'prefixed key',
      '=key': 'formula key',
    },
  },
  {
    email: 'zoe@example.com',
    first_name: 'Zoë',
    last_name: 'Łukasiewicz',
    tags: ['日本', 'ünï'],
    attributes: { город: 'Москва', emoji: '🎉 party', lines: 'one\ntwo, "three"' },
  },
  {
    email: 'bob@example.com',
    first_name: 'Bob',
    status: 'unsubscribed',
    tags: ['vip'],
    attributes: { id: 'ext-7', status: 'gold', source: 'ads', created_at: 'yesterday' },
  },
  { email: 'bo@example.com', status: 'bounced' },
  { email: 'min@example.com' },
];

describe.each(ENGINES_AND_QUEUES)('export then import on $name', ({ dialect, env }) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, { ...env, GRIVO_RATE_LIMIT_PRO: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('pro');
    for (const payload of CONTACTS) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/contacts', headers: tenant.auth, payload });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => t.close());

  const exportOf = async (who: Tenant) => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/contacts/export', headers: who.auth });
    expect(res.statusCode, res.body).toBe(200);
    return res.body;
  };
  /** Every contact, whole, as the API answers them, newest first. */
  const contactsOf = async (who: Tenant): Promise<any[]> => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/contacts?per_page=100', headers: who.auth });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data;
  };

  it('re-importing the export into the same workspace changes nothing', async () => {
    const before = await contactsOf(tenant);
    expect(before).toHaveLength(CONTACTS.length);
    const csv = await exportOf(tenant);
    const done = await importCsv(t, tenant, csv, 'update_existing=true');
    expect(done).toMatchObject({
      status: 'completed',
      created: 0,
      updated: CONTACTS.length,
      failed: 0,
      errors: [],
    });
    const after = await contactsOf(tenant);
    // Byte for byte, updated_at included: nothing differed, so nothing was written.
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    expect(after).toEqual(before);
    expect(await exportOf(tenant)).toBe(csv);
  });

  it('importing the export into another workspace gives the same contacts', async () => {
    const copy = await t.tenant('pro');
    const done = await importCsv(t, copy, await exportOf(tenant));
    expect(done).toMatchObject({ status: 'completed', created: CONTACTS.length, failed: 0, errors: [] });
    // Ids, times and the source (`import`) are the new workspace's own. The
    // attributes are the same keys and values; their order inside the object
    // is the export's column order (SQLite keeps it as written, PostgreSQL's
    // jsonb has its own), which JSON does not give a meaning to.
    const strip = ({ id, created_at, updated_at, source, ...rest }: any) => rest;
    const byEmail = (a: any, b: any) => (a.email < b.email ? -1 : 1);
    const original = (await contactsOf(tenant)).map(strip).sort(byEmail);
    const copied = (await contactsOf(copy)).map(strip).sort(byEmail);
    expect(copied).toEqual(original);
    expect((await contactsOf(copy)).every((c) => c.source === 'import')).toBe(true);
  });

  it('keys attributes by one rule in the API and in imports: as written, trimmed', async () => {
    const who = await t.tenant('pro');
    const post = (payload: object) => t.app.inject({ method: 'POST', url: '/v1/contacts', headers: who.auth, payload });
    const created = await post({ email: 'kim@example.com', attributes: { '  favourite coffee ': 'mocha' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().attributes).toEqual({ 'favourite coffee': 'mocha' });
    const done = await importCsv(t, who, 'email,favourite coffee , Plan\nkim@example.com,latte,pro\n');
    expect(done).toMatchObject({ status: 'completed', updated: 1, failed: 0 });
    const [kim] = await contactsOf(who);
    expect(kim.attributes).toEqual({ 'favourite coffee': 'latte', Plan: 'pro' });

    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/v1/contacts/${kim.id}`,
      headers: who.auth,
      payload: { attributes: { ' Plan': null, 'favourite coffee\t': 'espresso' } },
    });
    expect(patched.json().attributes).toEqual({ 'favourite coffee': 'espresso' });

    const twice = await post({ email: 'lee@example.com', attributes: { plan: 'a', ' plan': 'b' } });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error).toMatchObject({ code: 'invalid_request', param: 'attributes.plan' });
    expect(twice.json().error.message).toMatch(/plan.*twice/);
    const blank = await post({ email: 'lee@example.com', attributes: { '  ': 'b' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toMatch(/must not be blank/);
  });
});
