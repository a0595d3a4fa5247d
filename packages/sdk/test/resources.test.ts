import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { type Grivo, GrivoError } from '../src/index.js';
import { type LiveServer, startLiveServer } from './live-server.js';

const CAMPAIGN = {
  name: 'November news',
  subject: 'Hi {{ first_name | default: "there" }}',
  from_name: 'Acme',
  from_email: 'news@acme.test',
  html: '<p>Hello {{ first_name | default: "there" }}</p><a href="{{ unsubscribe_url }}">Unsubscribe</a>',
};

/** The error a promise rejects with (failing the test if it resolves). */
async function failure(promise: Promise<unknown>): Promise<GrivoError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a GrivoError, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(GrivoError);
  return error as GrivoError;
}

describe.each(DIALECTS)('the SDK against a live server on %s', (dialect) => {
  let live: LiveServer;
  let grivo: Grivo;
  beforeAll(async () => {
    live = await startLiveServer(dialect);
    grivo = live.grivo;
  });
  afterAll(() => live.close());

  it('creates, reads, updates, lists and deletes chatbots', async () => {
    const bot = await grivo.chatbots.create({ name: 'Helpdesk' });
    expect(bot).toMatchObject({ id: expect.stringMatching(/^bot_/), name: 'Helpdesk' });
    expect((await grivo.chatbots.get(bot.id)).name).toBe('Helpdesk');
    expect((await grivo.chatbots.update(bot.id, { name: 'Front desk' })).name).toBe('Front desk');
    const page = await grivo.chatbots.list({ per_page: 100 });
    expect(page.data.map((b) => b.id)).toContain(bot.id);
    expect(page).toMatchObject({ page: 1, per_page: 100, has_more: false });
    expect(await grivo.chatbots.delete(bot.id)).toEqual({ id: bot.id, deleted: true });
    expect((await failure(grivo.chatbots.get(bot.id))).status).toBe(404);
  });

  it('creates, reads, updates, upserts and deletes contacts', async () => {
    const contact = await grivo.contacts.create({ email: 'ada@example.com', first_name: 'Ada', tags: ['crud'] });
    expect(contact).toMatchObject({ id: expect.stringMatching(/^ct_/), email: 'ada@example.com', source: 'api' });
    expect((await grivo.contacts.get(contact.id)).first_name).toBe('Ada');
    expect((await grivo.contacts.update(contact.id, { last_name: 'Lovelace' })).last_name).toBe('Lovelace');

    const duplicate = await failure(grivo.contacts.create({ email: 'ADA@example.com' }));
    expect(duplicate).toMatchObject({ code: 'contact_exists', status: 409, param: 'email' });
    const upserted = await grivo.contacts.create(
      { email: 'ada@example.com', phone: '+44 20 7946 0000' },
      { upsert: true },
    );
    expect(upserted).toMatchObject({ id: contact.id, phone: '+44 20 7946 0000', last_name: 'Lovelace' });

    expect(await grivo.contacts.delete(contact.id)).toEqual({ id: contact.id, deleted: true });
    expect((await failure(grivo.contacts.get(contact.id))).code).toBe('not_found');
  });

  it('creates, previews, counts, updates and deletes campaigns', async () => {
    await grivo.contacts.create({ email: 'reader@example.com', tags: ['readers'] });
    const campaign = await grivo.campaigns.create(CAMPAIGN);
    expect(campaign).toMatchObject({ id: expect.stringMatching(/^cmp_/), status: 'draft', name: 'November news' });
    expect((await grivo.campaigns.get(campaign.id)).subject).toBe(CAMPAIGN.subject);
    const updated = await grivo.campaigns.update(campaign.id, {
      name: 'December news',
      audience: { tags: ['readers'] },
    });
    expect(updated.name).toBe('December news');
    expect(await grivo.campaigns.audience({ tags: ['readers'] })).toEqual({ recipients: 1 });
    const preview = await grivo.campaigns.preview({ subject: CAMPAIGN.subject, html: CAMPAIGN.html });
    expect(preview.subject).toMatch(/^Hi /);
    // Rendered as a chosen contact, whose attributes are variables of their own.
    const cleo = await grivo.contacts.create({
      email: 'cleo@example.com',
      first_name: 'Cleo',
      attributes: { company: 'Northwind' },
    });
    const asCleo = await grivo.campaigns.preview({
      subject: '{{ first_name }} at {{ company }}',
      html: '<p>{{ attributes.company }}</p>',
      contact_id: cleo.id,
    });
    expect(asCleo.subject).toBe('Cleo at Northwind');
    expect(asCleo.html).toContain('<p>Northwind</p>');
    expect((await grivo.campaigns.test(campaign.id, { emails: ['qa@example.com'], contact_id: cleo.id })).data).toEqual(
      [{ email: 'qa@example.com', status: 'sent', error: null }],
    );
    expect(
      (await failure(grivo.campaigns.test(campaign.id, { emails: ['qa@example.com'], contact_id: 'ct_nope' }))).status,
    ).toBe(404);
    expect(await grivo.campaigns.stats(campaign.id)).toBeTypeOf('object');
    expect(await grivo.campaigns.delete(campaign.id)).toEqual({ id: campaign.id, deleted: true });
    expect((await failure(grivo.campaigns.get(campaign.id))).status).toBe(404);
  });

  it('iterates every contact over several pages with starting_after, and awaits the first page', async () => {
    const created: string[] = [];
    for (let i = 0; i < 25; i++)
      created.push((await grivo.contacts.create({ email: `vip${i}@example.com`, tags: ['vip'] })).id);
    await grivo.contacts.create({ email: 'not-vip@example.com' });

    const first = await grivo.contacts.list({ tag: 'vip', per_page: 10 });
    expect(first).toMatchObject({ total: 25, page: 1, per_page: 10, has_more: true });
    expect(first.data).toHaveLength(10);

    const seen: string[] = [];
    for await (const contact of grivo.contacts.list({ tag: 'vip', per_page: 10 })) seen.push(contact.id);
    expect(seen).toHaveLength(25);
    expect(new Set(seen)).toEqual(new Set(created));

    const pages: number[] = [];
    for await (const page of grivo.contacts.list({ tag: 'vip', per_page: 10 }).pages()) pages.push(page.data.length);
    expect(pages).toEqual([10, 10, 5]);
  });

  it('iterates a list by page numbers when it has no cursor', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await grivo.campaigns.create({ ...CAMPAIGN, name: `Paged ${i}` })).id);
    const seen: string[] = [];
    for await (const campaign of grivo.campaigns.list({ per_page: 2 })) seen.push(campaign.id);
    expect(seen.length).toBe(new Set(seen).size);
    for (const id of ids) expect(seen).toContain(id);
  });

  it('imports a CSV (as text, and as a stream) and follows it to completion, then exports it', async () => {
    const csv = 'email,first_name\nlin@example.com,Lin\nmo@example.com,Mo\nbad-address,Nobody\n';
    const started = await grivo.contacts.import(csv, { tags: ['imported', 'csv'], filename: 'people.csv' });
    expect(started).toMatchObject({ id: expect.stringMatching(/^imp_/), filename: 'people.csv' });
    const done = await grivo.contacts.imports.wait(started.id, { intervalMs: 50 });
    expect(done).toMatchObject({ status: 'completed', rows_total: 3, created: 2, failed: 1 });
    expect(done.errors[0]).toMatchObject({ line: 4, code: 'invalid_row' });
    expect(done.options.tags).toEqual(['imported', 'csv']);
    expect((await grivo.contacts.list({ tag: 'imported' })).total).toBe(2);
    expect((await grivo.contacts.imports.list()).data.map((i) => i.id)).toContain(started.id);

    const stream = new Blob(['email\nsam@example.com\n']).stream();
    const streamed = await grivo.contacts.import(stream, { tags: 'streamed', update_existing: false });
    expect(await grivo.contacts.imports.wait(streamed.id, { intervalMs: 50 })).toMatchObject({
      status: 'completed',
      created: 1,
      filename: null,
    });

    const exported = await new Response(await grivo.contacts.export({ tag: 'imported' })).text();
    expect(exported.split('\n')[0]).toMatch(/^id,email,/);
    expect(exported).toContain('lin@example.com');
    expect(exported).toContain('mo@example.com');
    expect(exported).not.toContain('sam@example.com');
  });

  it('reports a 404 and a 400 as GrivoError with the server’s code, param and request id', async () => {
    const missing = await failure(grivo.contacts.get('ct_doesnotexist'));
    expect(missing).toMatchObject({ name: 'GrivoError', code: 'not_found', status: 404, param: 'id' });
    expect(missing.requestId).toMatch(/^req_/);
    expect(missing.message).toContain('ct_doesnotexist');

    const invalid = await failure(grivo.contacts.create({ email: 'not an email' }));
    expect(invalid).toMatchObject({ status: 400, param: 'email' });
    expect(invalid.code).toMatch(/^invalid_/);
    expect(invalid.requestId).toMatch(/^req_/);

    const unknownQuery = await failure(grivo.chatbots.list({ per_page: 1000 }));
    expect(unknownQuery).toMatchObject({ status: 400, param: 'per_page' });
  });

  it('answers 404 for another workspace’s ids', async () => {
    const mine = await grivo.contacts.create({ email: 'private@example.com' });
    const bot = await grivo.chatbots.create({ name: 'Mine' });
    const other = live.client(await live.t.tenant('pro'));
    expect((await failure(other.contacts.get(mine.id))).status).toBe(404);
    expect((await failure(other.chatbots.get(bot.id))).status).toBe(404);
    expect((await failure(other.chatbots.update(bot.id, { name: 'Theirs' }))).status).toBe(404);
    expect((await failure(other.contacts.delete(mine.id))).status).toBe(404);
    expect((await grivo.contacts.get(mine.id)).email).toBe('private@example.com');
  });

  it('replays a POST sent again with the same Idempotency-Key instead of creating twice', async () => {
    const options = { idempotencyKey: `sdk-${dialect}-once` };
    const first = await grivo.chatbots.create({ name: 'Exactly once' }, options);
    const again = await grivo.chatbots.create({ name: 'Exactly once' }, options);
    expect(again.id).toBe(first.id);
    const reused = await failure(grivo.chatbots.create({ name: 'Something else' }, options));
    expect(reused).toMatchObject({ status: 422, code: 'idempotency_key_reused', param: 'Idempotency-Key' });
  });

  it('reports a wrong API key as invalid_api_key', async () => {
    const stranger = live.client({ ...live.tenant, key: 'grv_live_wrong' });
    expect(await failure(stranger.chatbots.list())).toMatchObject({ status: 401, code: 'invalid_api_key' });
  });
});
