import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { DIALECTS } from '../../../test/helpers/engines.js';

describe.each(DIALECTS)('contacts on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      GRIVO_RATE_LIMIT_PRO: '100000',
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_PLAN_FREE_CONTACTS: '3',
    });
    tenant = await t.tenant('pro');
  });
  afterAll(() => t.close());

  const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who: Tenant = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload ? { payload } : {}) });

  it('creates, reads, updates and deletes a contact', async () => {
    const created = await req('POST', '/v1/contacts', {
      email: '  Ada.Lovelace@Example.com ',
      first_name: 'Ada',
      attributes: { city: 'London', score: 7 },
      tags: ['vip', 'vip', 'news'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const contact = created.json();
    expect(contact).toMatchObject({
      email: 'Ada.Lovelace@Example.com',
      first_name: 'Ada',
      last_name: null,
      phone: null,
      attributes: { city: 'London', score: 7 },
      tags: ['vip', 'news'],
      status: 'subscribed',
      source: 'api',
    });
    expect(contact.id).toMatch(/^ct_/);
    expect(contact.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await req('GET', `/v1/contacts/${contact.id}`)).json()).toEqual(contact);

    const patched = await req('PATCH', `/v1/contacts/${contact.id}`, {
      last_name: 'Lovelace',
      attributes: { score: null, plan: 'gold' },
      tags: ['alumni'],
      status: 'unsubscribed',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      last_name: 'Lovelace',
      attributes: { city: 'London', plan: 'gold' },
      tags: ['alumni'],
      status: 'unsubscribed',
    });

    expect((await req('DELETE', `/v1/contacts/${contact.id}`)).json()).toEqual({ id: contact.id, deleted: true });
    expect((await req('GET', `/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await req('DELETE', `/v1/contacts/${contact.id}`)).statusCode).toBe(404);
  });

  it('answers 409 contact_exists for the same email in any case, naming the contact', async () => {
    const first = (await req('POST', '/v1/contacts', { email: 'dup@example.com' })).json();
    const again = await req('POST', '/v1/contacts', { email: 'DUP@example.COM' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'contact_exists', status: 409, param: 'email' });
    expect(again.json().error.message).toContain(first.id);
  });

  it('upserts with ?upsert=true: fills the given fields, adds tags, keeps the rest', async () => {
    const first = (
      await req('POST', '/v1/contacts', {
        email: 'up@example.com',
        first_name: 'Up',
        tags: ['a'],
        attributes: { x: '1' },
      })
    ).json();
    const res = await req('POST', '/v1/contacts?upsert=true', {
      email: 'UP@example.com',
      last_name: 'Sert',
      tags: ['b'],
      attributes: { y: '2' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: first.id,
      email: 'up@example.com',
      first_name: 'Up',
      last_name: 'Sert',
      tags: ['a', 'b'],
      attributes: { x: '1', y: '2' },
    });
    expect((await req('POST', '/v1/contacts?upsert=true', { email: 'new-up@example.com' })).statusCode).toBe(201);
  });

  it('refuses an email change onto another contact with 409', async () => {
    const a = (await req('POST', '/v1/contacts', { email: 'a-move@example.com' })).json();
    const b = (await req('POST', '/v1/contacts', { email: 'b-move@example.com' })).json();
    const res = await req('PATCH', `/v1/contacts/${b.id}`, { email: 'A-MOVE@example.com' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(a.id);
    expect((await req('GET', `/v1/contacts/${b.id}`)).json().email).toBe('b-move@example.com');
  });

  it.each([
    [{}, 'email', /Missing required parameter: 'email'/],
    [{ email: 'not-an-email' }, 'email', /not a valid email/],
    [{ email: 'a@b.co', status: 'deleted' }, 'status', /status must be one of/],
    [{ email: 'a@b.co', tags: 'vip' }, 'tags', /array/],
    [{ email: 'a@b.co', tags: [''] }, 'tags.0', /empty/],
    [{ email: 'a@b.co', attributes: [1] }, 'attributes', /object/],
    [{ email: 'a@b.co', first_name: 'x'.repeat(101) }, 'first_name', /at most 100/],
  ])('rejects %j with a 400 naming %s', async (payload, param, message) => {
    const res = await req('POST', '/v1/contacts', payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_request', param });
    expect(res.json().error.message).toMatch(message);
  });

  it('filters by search prefix, tag and status, newest first', async () => {
    const owner = await t.tenant('pro');
    const make = async (payload: object) => (await req('POST', '/v1/contacts', payload, owner)).json();
    const grace = await make({ email: 'grace@navy.mil', first_name: 'Grace', last_name: 'Hopper', tags: ['navy'] });
    const alan = await make({
      email: 'alan@bletchley.uk',
      first_name: 'Alan',
      last_name: 'Turing',
      tags: ['uk', 'navy'],
    });
    const edsger = await make({
      email: 'ewd@utexas.edu',
      first_name: 'Edsger',
      last_name: 'Dijkstra',
      status: 'unsubscribed',
    });
    const emails = async (query: string) =>
      (await req('GET', `/v1/contacts?${query}`, undefined, owner)).json().data.map((c: { email: string }) => c.email);

    expect(await emails('')).toEqual([edsger.email, alan.email, grace.email]);
    expect(await emails('search=GRA')).toEqual([grace.email]);
    expect(await emails('search=turing')).toEqual([alan.email]);
    expect(await emails('search=edsger%20d')).toEqual([edsger.email]);
    expect(await emails('search=50%25')).toEqual([]);
    expect(await emails('search=_')).toEqual([]);
    expect(await emails('tag=navy')).toEqual([alan.email, grace.email]);
    expect(await emails('tag=nav')).toEqual([]);
    expect(await emails('status=unsubscribed')).toEqual([edsger.email]);
    expect(await emails('tag=navy&status=subscribed&search=a')).toEqual([alan.email]);
    const page = (await req('GET', '/v1/contacts?tag=navy&per_page=1', undefined, owner)).json();
    expect(page).toMatchObject({ total: 2, page: 1, per_page: 1, has_more: true });
    expect((await req('GET', '/v1/contacts?status=gone', undefined, owner)).statusCode).toBe(400);
  });

  it('walks pages with starting_after without skipping or repeating anyone while contacts are added', async () => {
    const owner = await t.tenant('pro');
    const create = (i: number) => req('POST', '/v1/contacts', { email: `walk${i}@example.com` }, owner);
    for (let i = 0; i < 25; i++) await create(i);
    const seen: string[] = [];
    let cursor = '';
    for (let round = 0; round < 10; round++) {
      const res = (await req('GET', `/v1/contacts?per_page=10${cursor}`, undefined, owner)).json();
      seen.push(...res.data.map((c: { email: string }) => c.email));
      await Promise.all([create(100 + round * 2), create(101 + round * 2)]); // newer contacts arrive meanwhile
      if (!res.has_more) break;
      cursor = `&starting_after=${res.data.at(-1).id}`;
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `walk${24 - i}@example.com`));
    const both = await req('GET', `/v1/contacts?page=2${cursor}`, undefined, owner);
    expect(both.statusCode).toBe(400);
    expect(both.json().error).toMatchObject({ code: 'invalid_parameter', param: 'page' });
  });

  it('enforces the plan limit on contacts, also under concurrent creates', async () => {
    const free = await t.tenant('free');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => req('POST', '/v1/contacts', { email: `limit${i}@example.com` }, free)),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(3);
    const refused = results.filter((r) => r.statusCode === 403);
    expect(refused).toHaveLength(5);
    expect(refused[0]!.json().error).toMatchObject({ code: 'plan_limit_exceeded' });
    expect(refused[0]!.json().error.message).toMatch(/free plan allows 3 contacts/);
    expect((await req('GET', '/v1/contacts', undefined, free)).json().total).toBe(3);
    // Deleting one makes room for one.
    const one = (await req('GET', '/v1/contacts?per_page=1', undefined, free)).json().data[0];
    await req('DELETE', `/v1/contacts/${one.id}`, undefined, free);
    expect((await req('POST', '/v1/contacts', { email: 'after-delete@example.com' }, free)).statusCode).toBe(201);
  });

  it("never shows or changes another workspace's contacts", async () => {
    const other = await t.tenant('pro');
    const mine = (await req('POST', '/v1/contacts', { email: 'private@example.com' })).json();
    expect((await req('GET', `/v1/contacts/${mine.id}`, undefined, other)).statusCode).toBe(404);
    expect((await req('GET', '/v1/contacts?search=private', undefined, other)).json().total).toBe(0);
    // The same email is free to exist in another workspace.
    expect((await req('POST', '/v1/contacts', { email: 'private@example.com' }, other)).statusCode).toBe(201);
  });
});
