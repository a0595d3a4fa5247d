import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { importCsv } from '../../../../test/helpers/imports.js';
import { createBulkAction } from './service.js';
import { runBulkJob } from './run.js';

type Json = Record<string, any>;

describe.each(DIALECTS)('tags and bulk actions on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_PRO: '100000' });
    t.services.queue.work(jobHandlers(t.services));
  });
  afterAll(() => t.close());

  const call = async (who: Tenant, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Json) => {
    const res = await t.app.inject({ method, url, headers: who.auth, ...(payload === undefined ? {} : { payload }) });
    return { status: res.statusCode, body: res.json() as Json };
  };
  const add = async (who: Tenant, email: string, tags: string[] = [], status?: string) => {
    const res = await call(who, 'POST', '/v1/contacts', { email, tags, ...(status ? { status } : {}) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const emails = async (who: Tenant, query: string) =>
    (await call(who, 'GET', `/v1/contacts?per_page=100&${query}`)).body.data.map((c: Json) => c.email).sort();
  const bulk = async (who: Tenant, payload: Json) => {
    const res = await call(who, 'POST', '/v1/contacts/bulk', payload);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    return res.body;
  };
  const waitBulk = async (who: Tenant, id: string) => {
    for (let i = 0; i < 400; i++) {
      const { body } = await call(who, 'GET', `/v1/contacts/bulk/${id}`);
      if (body.status === 'done' || body.status === 'failed') return body;
      await sleep(25);
    }
    throw new Error(`bulk ${id} did not finish`);
  };
  const eventsOf = async (who: Tenant, type: string) =>
    (await call(who, 'GET', `/v1/events?type=${type}&per_page=100`)).body.data ?? [];

  it('matches tags case-insensitively in filters, audiences and updates, shown as first written', async () => {
    const who = await t.tenant('pro');
    await add(who, 'a@x.test', ['VIP', 'vip', 'Beta']);
    await add(who, 'b@x.test', ['vip']);
    await add(who, 'c@x.test', ['Straße']);
    await add(who, 'd@x.test', ['beta']);
    expect(await emails(who, 'tag=vIp')).toEqual(['a@x.test', 'b@x.test']);
    expect(await emails(who, 'tag=STRASSE')).toEqual([]);
    expect(await emails(who, `tag=${encodeURIComponent('STRAßE')}`)).toEqual(['c@x.test']);
    const a = (await call(who, 'GET', '/v1/contacts?tag=beta&per_page=100')).body.data.find(
      (c: Json) => c.email === 'a@x.test',
    );
    expect(a.tags).toEqual(['VIP', 'Beta']);
    // An upsert adding `vip` keeps the one tag as first written.
    const up = await call(who, 'POST', '/v1/contacts?upsert=true', { email: 'a@x.test', tags: ['vip', 'new'] });
    expect(up.body.tags).toEqual(['VIP', 'Beta', 'new']);
    const count = async (audience: Json) =>
      (await call(who, 'POST', '/v1/campaigns/audience', audience)).body.recipients;
    expect(await count({ tags: ['VIP'], match: 'any' })).toBe(2);
    expect(await count({ tags: ['vip', 'BETA'], match: 'all' })).toBe(1);
    expect(await count({ tags: ['vip', 'BETA'], match: 'any' })).toBe(3);
  });

  it('merges tags case-insensitively on import', async () => {
    const who = await t.tenant('pro');
    await add(who, 'old@x.test', ['Customer']);
    const done = await importCsv(
      t,
      who,
      'email,tags\nold@x.test,"customer, VIP"\nnew@x.test,"Lead,lead,LEAD"\n',
      'tags=vip',
    );
    expect(done.status).toBe('completed');
    const all = (await call(who, 'GET', '/v1/contacts?per_page=100')).body.data;
    const tagsOf = (email: string) => all.find((c: Json) => c.email === email).tags;
    expect(tagsOf('old@x.test')).toEqual(['Customer', 'VIP']);
    expect(tagsOf('new@x.test')).toEqual(['Lead', 'vip']);
    expect(await emails(who, 'tag=customer')).toEqual(['old@x.test']);
  });

  it('lists tags with counts, most used first, with a prefix search and pages', async () => {
    const who = await t.tenant('pro');
    await add(who, '1@x.test', ['News', 'vip']);
    await add(who, '2@x.test', ['news', 'VIP', 'Vipps']);
    await add(who, '3@x.test', ['NEWS']);
    const list = await call(who, 'GET', '/v1/tags');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 3, page: 1, has_more: false });
    expect(list.body.data).toEqual([
      { tag: 'News', contacts: 3 },
      { tag: 'vip', contacts: 2 },
      { tag: 'Vipps', contacts: 1 },
    ]);
    expect((await call(who, 'GET', '/v1/tags?search=VIP')).body.data).toEqual([
      { tag: 'vip', contacts: 2 },
      { tag: 'Vipps', contacts: 1 },
    ]);
    const page2 = await call(who, 'GET', '/v1/tags?per_page=1&page=2');
    expect(page2.body).toMatchObject({ total: 3, data: [{ tag: 'vip', contacts: 2 }], has_more: true });
    const other = await t.tenant('pro');
    expect((await call(other, 'GET', '/v1/tags')).body).toMatchObject({ data: [], total: 0 });
    expect((await call(who, 'GET', '/v1/tags?per_page=0')).status).toBe(400);
  });

  it('tags and untags by ids, counting ids of another workspace as not found', async () => {
    const who = await t.tenant('pro');
    const other = await t.tenant('pro');
    const a = await add(who, 'a@y.test', ['VIP']);
    const b = await add(who, 'b@y.test');
    const theirs = await add(other, 'z@y.test');
    const tagged = await bulk(who, { action: 'tag', tags: ['vip', 'Gold'], ids: [a.id, b.id, theirs.id, a.id] });
    expect(tagged).toMatchObject({ id: expect.stringMatching(/^blk_/), status: 'queued', action: 'tag', total: 3 });
    expect(await waitBulk(who, tagged.id)).toMatchObject({ status: 'done', processed: 3, changed: 2, not_found: 1 });
    expect((await call(who, 'GET', `/v1/contacts/${a.id}`)).body.tags).toEqual(['VIP', 'Gold']);
    expect((await call(who, 'GET', `/v1/contacts/${b.id}`)).body.tags).toEqual(['vip', 'Gold']);
    expect((await call(other, 'GET', `/v1/contacts/${theirs.id}`)).body.tags).toEqual([]);
    const untagged = await bulk(who, { action: 'untag', tags: ['GOLD'], ids: [a.id, b.id] });
    expect(await waitBulk(who, untagged.id)).toMatchObject({ status: 'done', changed: 2 });
    expect((await call(who, 'GET', `/v1/contacts/${a.id}`)).body.tags).toEqual(['VIP']);
    // Another workspace cannot read the action.
    expect((await call(other, 'GET', `/v1/contacts/bulk/${tagged.id}`)).status).toBe(404);
  });

  it('unsubscribes and deletes by filter, with events and the contact count kept right', async () => {
    const who = await t.tenant('pro');
    const other = await t.tenant('pro');
    await add(who, 'a@z.test', ['Old']);
    await add(who, 'b@z.test', ['old']);
    await add(who, 'c@z.test', ['old'], 'bounced');
    await add(who, 'keep@z.test', ['new']);
    await add(other, 'a@z.test', ['old']);
    const unsub = await bulk(who, { action: 'unsubscribe', filter: { tag: 'OLD' } });
    expect(unsub.total).toBe(3);
    expect(await waitBulk(who, unsub.id)).toMatchObject({ status: 'done', processed: 3, changed: 2 });
    expect(await emails(who, 'status=unsubscribed')).toEqual(['a@z.test', 'b@z.test']);
    expect(await emails(who, 'status=bounced')).toEqual(['c@z.test']);
    expect((await eventsOf(who, 'contact.unsubscribed')).length).toBe(2);
    expect(await emails(other, 'status=subscribed')).toEqual(['a@z.test']);

    const del = await bulk(who, { action: 'delete', filter: { tag: 'old', status: 'unsubscribed' } });
    expect(await waitBulk(who, del.id)).toMatchObject({ status: 'done', changed: 2 });
    expect(await emails(who, '')).toEqual(['c@z.test', 'keep@z.test']);
    expect((await eventsOf(who, 'contact.deleted')).length).toBe(2);
    expect(await emails(other, '')).toEqual(['a@z.test']);
    const ws = await t.database.db
      .selectFrom('workspaces')
      .select('contacts_count')
      .where('id', '=', who.workspaceId)
      .executeTakeFirstOrThrow();
    expect(Number(ws.contacts_count)).toBe(2);
    // Nothing selected: done at once.
    expect(await bulk(who, { action: 'delete', filter: { tag: 'none' } })).toMatchObject({ status: 'done', total: 0 });
  });

  it('selects a segment, and refuses another workspace segment', async () => {
    const who = await t.tenant('pro');
    const other = await t.tenant('pro');
    await add(who, 'in@s.test', ['Seg']);
    await add(who, 'out@s.test');
    const seg = await call(who, 'POST', '/v1/segments', {
      name: 'Tagged',
      match: 'all',
      conditions: [{ field: 'tags', op: 'contains', value: 'SEG' }],
    });
    expect(seg.status, JSON.stringify(seg.body)).toBe(201);
    const job = await bulk(who, { action: 'tag', tags: ['picked'], segment: seg.body.id });
    expect(await waitBulk(who, job.id)).toMatchObject({ status: 'done', total: 1, changed: 1 });
    expect(await emails(who, 'tag=picked')).toEqual(['in@s.test']);
    const refused = await call(other, 'POST', '/v1/contacts/bulk', { action: 'delete', segment: seg.body.id });
    expect(refused.status).toBe(404);
    expect(refused.body.error.param).toBe('segment');
  });

  it('refuses bad requests, naming the field', async () => {
    const who = await t.tenant('pro');
    const cases: [Json, string][] = [
      [{ action: 'tag', tags: ['a'] }, 'ids'],
      [{ action: 'tag', tags: ['a'], ids: ['ct_1'], filter: {} }, 'filter'],
      [{ action: 'tag', ids: ['ct_1'] }, 'tags'],
      [{ action: 'delete', tags: ['a'], ids: ['ct_1'] }, 'tags'],
      [{ action: 'explode', ids: ['ct_1'] }, 'action'],
      [{ action: 'delete', ids: [] }, 'ids'],
      [{ action: 'delete', ids: Array.from({ length: 1001 }, (_, i) => `ct_${i}`) }, 'ids'],
      [{ action: 'tag', tags: [''], ids: ['ct_1'] }, 'tags.0'],
      [{ action: 'delete', filter: { status: 'gone' } }, 'filter.status'],
      [{ action: 'delete', filter: { segment: 'seg_1' } }, 'segment'],
    ];
    for (const [payload, param] of cases) {
      const res = await call(who, 'POST', '/v1/contacts/bulk', payload);
      expect(res.status, JSON.stringify(payload)).toBe(400);
      expect(res.body.error.param, JSON.stringify(res.body)).toBe(param);
    }
    expect((await call(who, 'GET', '/v1/contacts/bulk/blk_nope')).status).toBe(404);
  });

  it('runs in batches with progress, and a re-run after a crash applies nothing twice', async () => {
    const who = await t.tenant('pro');
    for (let i = 0; i < 5; i++) await add(who, `p${i}@c.test`, ['crash']);
    const noQueue = { enqueue: async () => 'none' } as unknown as typeof t.services.queue;
    const job = await createBulkAction({ database: t.services.database, queue: noQueue }, who.workspaceId, {
      action: 'unsubscribe',
      filter: { tag: 'crash' },
    });
    const deps = { database: t.services.database, bulkBatchSize: 2 };
    await runBulkJob(deps, job.id, { maxBatches: 1 });
    expect((await call(who, 'GET', `/v1/contacts/bulk/${job.id}`)).body).toMatchObject({
      status: 'running',
      total: 5,
      processed: 2,
      changed: 2,
    });
    // The worker died here; a second runner picks the job up again.
    await runBulkJob(deps, job.id);
    await runBulkJob(deps, job.id);
    expect((await call(who, 'GET', `/v1/contacts/bulk/${job.id}`)).body).toMatchObject({
      status: 'done',
      total: 5,
      processed: 5,
      changed: 5,
    });
    expect((await eventsOf(who, 'contact.unsubscribed')).length).toBe(5);
  });
});
