import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from '../../../src/features/webhooks/deliver.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { constructWebhookEvent, type Grivo, GrivoError, SIGNATURE_HEADER } from '../src/index.js';
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
    // Webhooks go to a receiver on loopback here.
    live = await startLiveServer(dialect, { GRIVO_WEBHOOKS_ALLOW_PRIVATE: 'true' });
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

  it('duplicates a campaign as a new draft', async () => {
    const campaign = await grivo.campaigns.create({ ...CAMPAIGN, name: 'Original' });
    const copy = await grivo.campaigns.duplicate(campaign.id);
    expect(copy).toMatchObject({ status: 'draft', name: 'Original (copy)', subject: CAMPAIGN.subject });
    expect(copy.id).not.toBe(campaign.id);
    expect((await failure(grivo.campaigns.duplicate('cmp_nope'))).status).toBe(404);
  });

  it('creates templates, sends emails from them with the default sender, and reads them back', async () => {
    const template = await grivo.templates.create({
      name: 'Password reset',
      subject: 'Reset your password, {{ first_name }}',
      html: '<p><a href="{{ reset_url }}">Choose a new password</a></p>',
    });
    expect(template).toMatchObject({ id: expect.stringMatching(/^tpl_/), markdown: null, text: null });
    expect((await grivo.templates.get(template.id)).name).toBe('Password reset');
    expect((await grivo.templates.update(template.id, { name: 'Reset' })).name).toBe('Reset');
    expect((await grivo.templates.list()).data.map((x) => x.id)).toContain(template.id);
    const invalid = await failure(grivo.templates.create({ name: 'Bad', subject: '{{ oops', html: '<p>x</p>' }));
    expect(invalid).toMatchObject({ status: 400, code: 'invalid_template', param: 'subject' });
    const starters = (await grivo.templates.starters()).data;
    expect(starters.map((x) => x.id)).toContain('welcome');
    const welcome = await grivo.templates.create({ starter: 'welcome' });
    expect(welcome).toMatchObject({ name: 'Welcome', html: starters.find((x) => x.id === 'welcome')!.html });

    expect(
      await grivo.settings.update({ default_from_name: 'Acme', default_from_email: 'hello@acme.test' }),
    ).toMatchObject({
      default_from_name: 'Acme',
      default_from_email: 'hello@acme.test',
    });
    expect((await grivo.settings.get()).default_from_email).toBe('hello@acme.test');

    const email = await grivo.emails.send({
      to: 'ada@example.com',
      template_id: template.id,
      data: { first_name: 'Ada', reset_url: 'https://acme.test/reset/1' },
      tags: ['reset'],
    });
    expect(email).toMatchObject({
      id: expect.any(String),
      to: 'ada@example.com',
      from_email: 'hello@acme.test',
      from_name: 'Acme',
      subject: 'Reset your password, Ada',
      template_id: template.id,
      tags: ['reset'],
    });
    expect(email.status).not.toBe('suppressed');
    expect((await grivo.emails.get(email.id)).subject).toBe('Reset your password, Ada');
    expect((await grivo.emails.list({ to: 'ADA@example.com' })).data.map((e) => e.id)).toEqual([email.id]);

    await grivo.settings.update({ default_from_name: null, default_from_email: null });
    const noSender = await failure(grivo.emails.send({ to: 'ada@example.com', subject: 'Hi', text: 'Hi' }));
    expect(noSender).toMatchObject({ status: 400, param: 'from_email' });
    expect(await grivo.templates.delete(template.id)).toEqual({ id: template.id, deleted: true });
  });

  it('suppresses an address, skips it when sending, lists and removes it', async () => {
    const address = 'gone+1@example.com';
    const added = await grivo.suppressions.create({ email: address });
    expect(added).toMatchObject({ email: address, reason: 'manual' });
    expect((await grivo.suppressions.create({ email: address, reason: 'complaint' })).reason).toBe('manual');
    expect((await grivo.suppressions.list({ email: 'GONE+' })).data.map((x) => x.email)).toEqual([address]);

    const email = await grivo.emails.send({ to: address, from_email: 'a@acme.test', subject: 'Hi', text: 'Hi' });
    expect(email.status).toBe('suppressed');
    expect((await grivo.emails.list({ status: 'suppressed' })).data.map((e) => e.id)).toContain(email.id);

    // The address is one path segment: its + and @ are escaped, not read as a space or a separator.
    expect(await grivo.suppressions.delete(address)).toBeUndefined();
    expect((await grivo.suppressions.list({ email: address })).total).toBe(0);
    expect((await failure(grivo.suppressions.delete(address))).status).toBe(404);
  });

  it('creates a webhook endpoint, delivers a signed test event and verifies it with its secret', async () => {
    const arrivals: { body: string; signature: string | undefined }[] = [];
    const receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const signature = req.headers[SIGNATURE_HEADER.toLowerCase()];
        arrivals.push({ body: Buffer.concat(chunks).toString(), signature: signature as string | undefined });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      const endpoint = await grivo.webhookEndpoints.create({ url, events: ['contact.created'] });
      expect(endpoint).toMatchObject({ id: expect.any(String), url, enabled: true });
      expect(endpoint.secret).toMatch(/^whsec_/);
      const read = await grivo.webhookEndpoints.get(endpoint.id);
      expect(read).not.toHaveProperty('secret');
      expect((await grivo.webhookEndpoints.update(endpoint.id, { events: ['*'] })).events).toEqual(['*']);
      expect((await grivo.webhookEndpoints.list()).data.map((e) => e.id)).toContain(endpoint.id);

      const ping = await grivo.webhookEndpoints.test(endpoint.id);
      expect(ping).toMatchObject({ endpoint_id: endpoint.id, event_type: 'ping', status: 'pending' });
      await deliverDue(live.t.services);
      expect(arrivals).toHaveLength(1);
      const event = await constructWebhookEvent(arrivals[0]!.body, arrivals[0]!.signature, endpoint.secret);
      expect(event).toMatchObject({ id: ping.event_id, type: 'ping' });
      expect(await grivo.events.get(event.id)).toEqual(event);
      expect((await grivo.events.list({ type: 'ping' })).data.map((e) => e.id)).toContain(event.id);
      const [delivered] = (await grivo.webhookEndpoints.deliveries.list(endpoint.id)).data;
      expect(delivered).toMatchObject({ id: ping.id, status: 'succeeded', response_status: 200 });

      // A rolled secret signs from now on; the old one is refused.
      const rolled = await grivo.webhookEndpoints.rollSecret(endpoint.id);
      expect(rolled.secret).toMatch(/^whsec_/);
      expect(rolled.secret).not.toBe(endpoint.secret);
      const retried = await grivo.webhookEndpoints.deliveries.retry(endpoint.id, ping.id);
      expect(retried.id).toBe(ping.id);
      await deliverDue(live.t.services);
      expect(arrivals).toHaveLength(2);
      const again = arrivals[1]!;
      expect((await constructWebhookEvent(again.body, again.signature, rolled.secret)).id).toBe(event.id);
      const refused = await failure(constructWebhookEvent(again.body, again.signature, endpoint.secret));
      expect(refused.code).toBe('invalid_signature');

      expect(await grivo.webhookEndpoints.delete(endpoint.id)).toEqual({ id: endpoint.id, deleted: true });
      expect((await failure(grivo.webhookEndpoints.get(endpoint.id))).status).toBe(404);
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });

  it('creates, reads, lists and deletes inbound webhooks', async () => {
    const inbound = await grivo.inboundWebhooks.create({
      provider: 'mailgun',
      signing_key: 'key-test',
      description: 'EU',
    });
    expect(inbound).toMatchObject({
      provider: 'mailgun',
      url: expect.stringContaining('/mailgun/'),
      description: 'EU',
    });
    expect(inbound).not.toHaveProperty('signing_key');
    expect((await grivo.inboundWebhooks.get(inbound.id)).url).toBe(inbound.url);
    expect((await grivo.inboundWebhooks.list()).data.map((x) => x.id)).toContain(inbound.id);
    const missingKey = await failure(grivo.inboundWebhooks.create({ provider: 'sendgrid' }));
    expect(missingKey).toMatchObject({ status: 400, param: 'signing_key' });
    expect(await grivo.inboundWebhooks.delete(inbound.id)).toEqual({ id: inbound.id, deleted: true });
    expect((await failure(grivo.inboundWebhooks.get(inbound.id))).status).toBe(404);
  });

  it('segments, counts, bulk-tags and erases contacts', async () => {
    const tag = `seg-${Date.now()}`;
    const a = await grivo.contacts.create({ email: `${tag}-a@example.com`, tags: [tag] });
    const b = await grivo.contacts.create({ email: `${tag}-b@example.com`, tags: [tag] });
    const conditions = [{ field: 'tags', op: 'contains' as const, value: tag }];
    expect(await grivo.segments.count({ conditions })).toMatchObject({ contacts: 2 });
    const segment = await grivo.segments.create({ name: 'Tagged', conditions });
    expect(segment).toMatchObject({ id: expect.stringMatching(/^seg_/), contacts: 2 });
    expect((await grivo.segments.get(segment.id)).name).toBe('Tagged');

    const started = await grivo.contacts.bulk.create({ action: 'tag', tags: [`${tag}-vip`], segment: segment.id });
    expect(await grivo.contacts.bulk.wait(started.id, { intervalMs: 50 })).toMatchObject({
      status: 'done',
      changed: 2,
    });
    expect((await grivo.contacts.get(a.id)).tags).toContain(`${tag}-vip`);
    expect((await grivo.tags.list({ search: `${tag}-vip` })).data).toEqual([{ tag: `${tag}-vip`, contacts: 2 }]);

    expect((await grivo.contacts.exportData(b.id)).contact.email).toBe(`${tag}-b@example.com`);
    expect(await grivo.contacts.erase(b.id)).toMatchObject({ id: b.id, erased: true });
    expect((await failure(grivo.contacts.get(b.id))).status).toBe(404);
    expect(await grivo.segments.delete(segment.id)).toEqual({ id: segment.id, deleted: true });
  });

  it('lists the audit log: the erasure of a contact, by this key, filtered', async () => {
    const contact = await grivo.contacts.create({ email: `audit-${Date.now()}@example.com` });
    await grivo.contacts.erase(contact.id);
    const page = await grivo.auditLog.list({ action: 'contact.erased', actor_type: 'api_key' });
    expect(page.data[0]).toMatchObject({
      action: 'contact.erased',
      actor: { type: 'api_key', id: live.tenant.keyId },
      resource: { type: 'contact', id: contact.id },
    });
    expect(page.data.every((entry) => entry.action === 'contact.erased')).toBe(true);
    const bad = await failure(grivo.auditLog.list({ since: 'yesterday' } as never));
    expect(bad).toMatchObject({ status: 400, code: 'invalid_request', param: 'since' });
  });

  it('reports a wrong API key as invalid_api_key', async () => {
    const stranger = live.client({ ...live.tenant, key: 'grv_live_wrong' });
    expect(await failure(stranger.chatbots.list())).toMatchObject({ status: 401, code: 'invalid_api_key' });
  });
});
