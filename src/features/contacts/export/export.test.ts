import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { contactsOf, importCsv } from '../../../../test/helpers/imports.js';
import { neutralizeCell } from './contacts-csv.js';

describe('neutralizeCell', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+1 555 0100', `'+1 555 0100`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, output) => expect(neutralizeCell(input)).toBe(output));
});

describe.each(DIALECTS)('contacts export on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_PRO: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('pro');
    const post = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/v1/contacts', headers: tenant.auth, payload });
    await post({
      email: 'ada@example.com',
      first_name: 'Ada',
      phone: '+44 20 7946 0000',
      tags: ['vip', 'uk'],
      attributes: { city: 'London' },
    });
    await post({
      email: 'evil@example.com',
      first_name: '=cmd|" /C calc"!A0',
      last_name: 'O"Brien, Jr',
      attributes: { note: '@import', email: 'shadow' },
    });
    await post({
      email: 'bob@example.com',
      first_name: 'Bob',
      status: 'unsubscribed',
      tags: ['vip'],
      attributes: { visits: 3 },
    });
  });
  afterAll(() => t.close());

  const exportCsv = async (query = '') => {
    const res = await t.app.inject({ method: 'GET', url: `/v1/contacts/export${query}`, headers: tenant.auth });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };

  it('streams every contact as CSV with attribute columns, neutralising formulas', async () => {
    const res = await exportCsv();
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="contacts-\d{4}-\d\d-\d\d\.csv"$/);
    const [header, ...rows] = Papa.parse<string[]>(res.body.trimEnd(), { delimiter: ',' }).data;
    expect(header).toEqual([
      'id',
      'email',
      'first_name',
      'last_name',
      'phone',
      'tags',
      'status',
      'source',
      'created_at',
      'updated_at',
      'city',
      'attribute.email',
      'note',
      'visits',
    ]);
    const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    expect(records.map((r) => r.email)).toEqual(['bob@example.com', 'evil@example.com', 'ada@example.com']);
    expect(records[1]).toMatchObject({
      first_name: `'=cmd|" /C calc"!A0`,
      last_name: 'O"Brien, Jr',
      note: "'@import",
      'attribute.email': 'shadow',
    });
    expect(records[2]).toMatchObject({
      phone: "'+44 20 7946 0000",
      tags: 'vip, uk',
      city: 'London',
      status: 'subscribed',
      source: 'api',
    });
    expect(records[0]).toMatchObject({ visits: '3', status: 'unsubscribed' });
  });

  it('exports only the filtered contacts', async () => {
    const body = (await exportCsv('?tag=vip&status=subscribed')).body;
    expect(body).toContain('ada@example.com');
    expect(body).not.toContain('bob@example.com');
    expect(body).not.toContain('evil@example.com');
    expect(
      (await t.app.inject({ method: 'GET', url: '/v1/contacts/export?status=nope', headers: tenant.auth })).statusCode,
    ).toBe(400);
  });

  it('exports an empty workspace as a header line', async () => {
    const empty = await t.tenant('pro');
    const res = await t.app.inject({ method: 'GET', url: '/v1/contacts/export', headers: empty.auth });
    expect(res.body).toBe('id,email,first_name,last_name,phone,tags,status,source,created_at,updated_at\n');
  });

  it('imports back into another workspace with the same names, tags and attributes', async () => {
    const copy = await t.tenant('pro');
    const safe = (await exportCsv('?search=ada')).body;
    const done = await importCsv(t, copy, safe);
    expect(done).toMatchObject({ status: 'completed', created: 1, failed: 0 });
    const [contact] = await contactsOf(t, copy);
    expect(contact).toMatchObject({
      email: 'ada@example.com',
      first_name: 'Ada',
      tags: ['vip', 'uk'],
      attributes: { city: 'London' },
    });
  });
});
