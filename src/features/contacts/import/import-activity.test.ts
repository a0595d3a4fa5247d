import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { importCsv, multipartBody, waitForImport } from '../../../../test/helpers/imports.js';

// Two imports into one workspace and one into another, then each contact's
// timeline: which import created it, which last changed it, and nothing else.

describe.each(DIALECTS)('imports in contact activity on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let first: string;
  let second: string;
  let otherImport: string;
  beforeAll(async () => {
    // Two rows a batch: new@'s and same@'s later rows change the contacts their first rows created.
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000', GRIVO_IMPORT_BATCH_ROWS: '2' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
    other = await t.tenant();
    const added = await t.app.inject({
      method: 'POST',
      url: '/v1/contacts',
      headers: tenant.auth,
      payload: { email: 'api@example.com', first_name: 'Apo' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const form = new FormData();
    const csv = [
      'email,first_name',
      'new@example.com,Ann',
      'api@example.com,Api',
      'new@example.com,Annie',
      'same@example.com,Sam',
      'same@example.com,Sammy',
    ].join('\n');
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'first.csv');
    const body = await multipartBody(form);
    const started = await t.app.inject({
      method: 'POST',
      url: '/v1/contacts/import',
      headers: { ...tenant.auth, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(started.statusCode, started.body).toBe(202);
    first = (await waitForImport(t, tenant, started.json().id)).id;
    // new@ changes; same@'s row is what it already holds.
    const done = await importCsv(t, tenant, 'email,first_name\nnew@example.com,Anna\nsame@example.com,Sammy\n');
    expect(done).toMatchObject({ status: 'completed', created: 0, updated: 2 });
    second = done.id;
    otherImport = (await importCsv(t, other, 'email\nnew@example.com\n')).id;
  });
  afterAll(() => t.close());

  const contactId = async (who: Tenant, email: string) =>
    (await t.app.inject({ method: 'GET', url: `/v1/contacts?search=${email}`, headers: who.auth })).json().data[0]
      .id as string;
  const activity = async (who: Tenant, email: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/v1/contacts/${await contactId(who, email)}/activity?per_page=100`,
        headers: who.auth,
      })
    ).json().data as any[];
  const imports = (items: any[]) => items.filter((a) => a.type.startsWith('import.'));

  it('shows the import that created a contact and the one that changed it, newest first', async () => {
    const items = await activity(tenant, 'new@example.com');
    expect(imports(items)).toEqual([
      { type: 'import.updated', at: expect.any(String), import_id: second, filename: null },
      { type: 'import.created', at: expect.any(String), import_id: first, filename: 'first.csv' },
    ]);
    expect(imports(items)[1].at).toBe(items.find((a) => a.type === 'contact.created').at);
    expect(items.map((a) => a.type)).toEqual(['import.updated', 'contact.created', 'import.created']);
  });

  it('shows no update from an import whose row changed nothing, nor for a contact not made by one', async () => {
    const same = await t.app.inject({ method: 'GET', url: '/v1/contacts?search=same@', headers: tenant.auth });
    expect(same.json().data[0].first_name).toBe('Sammy'); // changed by the import that created it: no update entry
    expect(imports(await activity(tenant, 'same@example.com'))).toEqual([
      { type: 'import.created', at: expect.any(String), import_id: first, filename: 'first.csv' },
    ]);
    const api = await activity(tenant, 'api@example.com');
    expect(imports(api)).toEqual([
      { type: 'import.updated', at: expect.any(String), import_id: first, filename: 'first.csv' },
    ]);
    expect(api.find((a) => a.type === 'contact.created')).toMatchObject({ detail: 'api' });
  });

  it("never shows another workspace's import", async () => {
    expect(imports(await activity(other, 'new@example.com'))).toEqual([
      { type: 'import.created', at: expect.any(String), import_id: otherImport, filename: null },
    ]);
    const ours = await activity(tenant, 'new@example.com');
    expect(ours.some((a) => a.import_id === otherImport)).toBe(false);
  });

  it('pages the import entries with the rest', async () => {
    const id = await contactId(tenant, 'new@example.com');
    const page = async (n: number) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/v1/contacts/${id}/activity?per_page=1&page=${n}`,
          headers: tenant.auth,
        })
      ).json();
    expect(await page(1)).toMatchObject({ total: 3, page: 1, has_more: true, data: [{ type: 'import.updated' }] });
    expect(await page(3)).toMatchObject({ total: 3, has_more: false, data: [{ type: 'import.created' }] });
  });
});
