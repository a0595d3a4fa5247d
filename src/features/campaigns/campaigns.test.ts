import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../worker.js';
import { sweepCampaigns } from './send/sweep.js';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import {
  addContacts,
  CAMPAIGN,
  campaignAction,
  createCampaign,
  statsOf,
  waitForCampaign,
} from '../../../test/helpers/campaigns.js';
import { ENGINES_AND_QUEUES } from '../../../test/helpers/engines.js';
import { rawHeader, readOutbox } from '../../../test/helpers/mail.js';

describe.each(ENGINES_AND_QUEUES)('campaigns on $name', ({ dialect, env }) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      ...env,
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_PUBLIC_URL: 'https://grivo.example',
    });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload === undefined ? {} : { payload }) });

  it('creates a draft with generated text, lists and reads it', async () => {
    const created = await createCampaign(t, tenant, { audience: { tags: ['vip'] } });
    expect(created).toMatchObject({
      name: CAMPAIGN.name,
      status: 'draft',
      from_name: 'Acme',
      reply_to: null,
      text_generated: true,
      audience: { tags: ['vip'], match: 'any' },
      recipients: 0,
      scheduled_at: null,
      started_at: null,
    });
    expect(created.id).toMatch(/^cmp_/);
    expect(created.text).toContain('Hello {{ first_name | default: "there" }}');
    expect(created.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const list = await call('GET', '/v1/campaigns?status=draft');
    expect(list.json()).toMatchObject({ page: 1, per_page: 20 });
    expect(list.json().data.map((c: { id: string }) => c.id)).toContain(created.id);
    expect((await call('GET', `/v1/campaigns/${created.id}`)).json()).toEqual(created);
  });

  it('rejects invalid templates with the field, line and reason', async () => {
    const res = await call('POST', '/v1/campaigns', {
      ...CAMPAIGN,
      html: '<p>Hi</p>\n<p>{{ first_name | uppercse }}</p>',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_template', param: 'html', status: 400 });
    expect(res.json().error.message).toMatch(/line 2/);
    expect(res.json().error.message).toMatch(/uppercse/);

    const unclosed = await call('POST', '/v1/campaigns', { ...CAMPAIGN, subject: 'Hi {{ first_name' });
    expect(unclosed.json().error).toMatchObject({ code: 'invalid_template', param: 'subject' });

    const draft = await createCampaign(t, tenant);
    const patched = await call('PATCH', `/v1/campaigns/${draft.id}`, { text: '{% if x %}never closed' });
    expect(patched.json().error).toMatchObject({ code: 'invalid_template', param: 'text' });
  });

  it('rejects bad fields with clear errors', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ from_email: 'not-an-email' }, 'from_email'],
      [{ name: '' }, 'name'],
      [{ audience: { tags: ['a'], match: 'some' } }, 'audience'],
      [{ surprise: 1 }, 'surprise'],
    ];
    for (const [override, param] of cases) {
      const res = await call('POST', '/v1/campaigns', { ...CAMPAIGN, ...override });
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      expect(JSON.stringify(res.json().error)).toContain(param);
    }
    const missing = await call('POST', '/v1/campaigns', { name: 'x' });
    expect(missing.statusCode).toBe(400);
  });

  it('edits and deletes only drafts and scheduled campaigns, and sends only drafts', async () => {
    const draft = await createCampaign(t, tenant);
    const renamed = await call('PATCH', `/v1/campaigns/${draft.id}`, { name: 'Renamed', text: 'Plain {{ email }}' });
    expect(renamed.json()).toMatchObject({ name: 'Renamed', text: 'Plain {{ email }}', text_generated: false });

    const scheduledAt = new Date(Date.now() + 3600_000).toISOString();
    const scheduled = await campaignAction(t, tenant, draft.id, 'send', { send_at: scheduledAt });
    expect(scheduled.statusCode).toBe(202);
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', scheduled_at: `${scheduledAt.slice(0, 19)}Z` });
    expect((await call('PATCH', `/v1/campaigns/${draft.id}`, { name: 'Still editable' })).statusCode).toBe(200);

    const again = await campaignAction(t, tenant, draft.id, 'send');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'invalid_campaign_state' });
    expect(again.json().error.message).toContain('scheduled');

    expect((await campaignAction(t, tenant, draft.id, 'pause')).statusCode).toBe(409);
    expect((await campaignAction(t, tenant, draft.id, 'resume')).statusCode).toBe(409);
    const cancelled = await campaignAction(t, tenant, draft.id, 'cancel');
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await call('PATCH', `/v1/campaigns/${draft.id}`, { name: 'Too late' })).statusCode).toBe(409);
    expect((await call('DELETE', `/v1/campaigns/${draft.id}`)).statusCode).toBe(409);

    const other = await createCampaign(t, tenant);
    expect((await call('DELETE', `/v1/campaigns/${other.id}`)).json()).toEqual({ id: other.id, deleted: true });
    expect((await call('GET', `/v1/campaigns/${other.id}`)).statusCode).toBe(404);
  });

  it('refuses a send_at in the past or malformed', async () => {
    const draft = await createCampaign(t, tenant);
    const past = await campaignAction(t, tenant, draft.id, 'send', { send_at: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.param).toBe('send_at');
    expect((await campaignAction(t, tenant, draft.id, 'send', { send_at: 'tomorrow' })).statusCode).toBe(400);
    expect((await call('GET', `/v1/campaigns/${draft.id}`)).json().status).toBe('draft');
  });

  it('sends to every subscribed contact of the audience exactly once, into the outbox', async () => {
    const who = await t.tenant();
    await addContacts(t, who, [
      { email: 'ada@example.com', first_name: 'Ada', tags: ['vip'], attributes: { city: 'London' } },
      { email: 'bob@example.com', first_name: '<script>alert(1)</script>', tags: ['vip', 'beta'] },
      { email: 'cy@example.com', tags: ['beta'] },
      { email: 'gone@example.com', tags: ['vip'], status: 'unsubscribed' },
      { email: 'nobody@example.com', tags: ['other'] },
    ]);
    const campaign = await createCampaign(t, who, {
      audience: { tags: ['vip', 'beta'], match: 'any' },
      reply_to: 'help@acme.test',
    });
    const sent = await campaignAction(t, who, campaign.id, 'send');
    expect(sent.statusCode).toBe(202);
    expect(sent.json().status).toBe('sending');
    const done = await waitForCampaign(t, who, campaign.id, ['sent', 'failed']);
    expect(done).toMatchObject({ status: 'sent', recipients: 3 });
    expect(done.finished_at).not.toBeNull();

    const outbox = (await readOutbox(t.database.dataDir)).filter(
      (m) => m.headers.get('x-grivo-campaign') === campaign.id,
    );
    expect(outbox.map((m) => (m.to && 'text' in m.to ? m.to.text : '')).sort()).toEqual([
      'ada@example.com',
      'bob@example.com',
      'cy@example.com',
    ]);
    const ada = outbox.find((m) => m.subject === 'Hi Ada')!;
    expect(ada.from?.text).toBe('"Acme" <news@acme.test>');
    expect(ada.replyTo?.text).toBe('help@acme.test');
    expect(ada.html).toContain('Hello Ada from London');
    expect(ada.text).toContain('Hello Ada from London');
    expect(ada.messageId).toMatch(new RegExp(`^<${campaign.id}\\.ct_\\w+@acme\\.test>$`));
    const unsubscribe = rawHeader(ada, 'List-Unsubscribe')!;
    expect(unsubscribe).toMatch(/^<https:\/\/grivo\.example\/unsubscribe\/cmp_\w+\.ct_\w+\.[\w-]+>$/);
    expect(rawHeader(ada, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    // Links go through the click redirect; the unsubscribe link and the pixel point at Grivo too.
    expect(ada.html).not.toContain('https://acme.test/a');
    expect(ada.html).toMatch(/href="https:\/\/grivo\.example\/t\/click\/[\w.-]+"/);
    expect(ada.html).toMatch(/<img src="https:\/\/grivo\.example\/t\/open\/[\w.-]+"/);
    expect(ada.html).toContain(unsubscribe.slice(1, -1));

    const bob = outbox.find((m) => (m.to as { text: string }).text === 'bob@example.com')!;
    expect(bob.html).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(bob.html).not.toContain('<script>');
    expect(bob.subject).toBe('Hi <script>alert(1)</script>');
    const cy = outbox.find((m) => (m.to as { text: string }).text === 'cy@example.com')!;
    expect(cy.subject).toBe('Hi there');

    const stats = await statsOf(t, who, campaign.id);
    expect(stats).toMatchObject({ recipients: 3, sent: 3, failed: 0, bounced: 0, skipped: 0, opens: 0, open_rate: 0 });
    expect(stats.links).toEqual([
      { url: 'https://acme.test/a', clicks: 0, unique_clicks: 0 },
      { url: 'https://acme.test/b?x=1&y=2', clicks: 0, unique_clicks: 0 },
    ]);
    expect(stats.timeline).toHaveLength(1);
    expect(stats.timeline[0]).toMatchObject({ sent: 3, opens: 0, clicks: 0 });
    expect(stats.timeline[0].hour).toMatch(/T\d\d:00:00Z$/);
  });

  it('matches all tags when asked, and everyone subscribed when no tags are given', async () => {
    const who = await t.tenant();
    await addContacts(t, who, [
      { email: 'a@example.com', tags: ['x', 'y'] },
      { email: 'b@example.com', tags: ['x'] },
      { email: 'c@example.com' },
      { email: 'd@example.com', status: 'bounced' },
    ]);
    const all = await createCampaign(t, who, { audience: { tags: ['x', 'y'], match: 'all' } });
    const everyone = await createCampaign(t, who);
    await campaignAction(t, who, all.id, 'send');
    await campaignAction(t, who, everyone.id, 'send');
    expect((await waitForCampaign(t, who, all.id, ['sent'])).recipients).toBe(1);
    expect((await waitForCampaign(t, who, everyone.id, ['sent'])).recipients).toBe(3);
  });

  it('takes no body to send now or count everyone, and documents those bodies as optional', async () => {
    const who = await t.tenant();
    await addContacts(t, who, [{ email: 'a@example.com' }]);
    const empty = { ...who.auth, 'content-type': 'application/json' };
    const count = await t.app.inject({ method: 'POST', url: '/v1/campaigns/audience', headers: empty, payload: '' });
    expect(count.json()).toEqual({ recipients: 1 });
    const { id } = await createCampaign(t, who);
    const send = await t.app.inject({ method: 'POST', url: `/v1/campaigns/${id}/send`, headers: empty, payload: '' });
    expect(send.statusCode).toBe(202);
    // The contract test found both documented as requiring a body.
    const doc = (await call('GET', '/v1/openapi.json')).json();
    expect(doc.paths['/v1/campaigns/audience'].post.requestBody.required).toBe(false);
    expect(doc.paths['/v1/campaigns/{id}/send'].post.requestBody.required).toBe(false);
    expect(doc.paths['/v1/campaigns'].post.requestBody.required).toBe(true);
  });

  it('sends a test to up to five addresses without touching the campaign or its stats', async () => {
    const who = await t.tenant();
    await addContacts(t, who, [{ email: 'tester@example.com', first_name: 'Tess' }]);
    const campaign = await createCampaign(t, who);
    const res = await campaignAction(t, who, campaign.id, 'test', {
      emails: ['tester@example.com', 'stranger@example.com'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([
      { email: 'tester@example.com', status: 'sent', error: null },
      { email: 'stranger@example.com', status: 'sent', error: null },
    ]);
    const outbox = (await readOutbox(t.database.dataDir)).filter(
      (m) => m.headers.get('x-grivo-campaign') === campaign.id,
    );
    expect(outbox.map((m) => m.subject).sort()).toEqual(['[Test] Hi Tess', '[Test] Hi there']);
    expect((await call('GET', `/v1/campaigns/${campaign.id}`, undefined, who)).json().status).toBe('draft');
    expect(await statsOf(t, who, campaign.id)).toMatchObject({ recipients: 0, sent: 0 });

    const six = Array.from({ length: 6 }, (_, i) => `t${i}@example.com`);
    expect((await campaignAction(t, who, campaign.id, 'test', { emails: six })).statusCode).toBe(400);
    expect((await campaignAction(t, who, campaign.id, 'test', { emails: ['nope'] })).statusCode).toBe(400);
  });

  it('renders {{ company }} from the attribute in sends and test sends, never over a built-in', async () => {
    const who = await t.tenant();
    const [annId] = await addContacts(t, who, [
      {
        email: 'ann@example.com',
        first_name: 'Ann',
        tags: ['co'],
        attributes: { company: 'Northwind', email: 'fake@example.com', first_name: 'Mallory', constructor: 'c' },
      },
      { email: 'ben@example.com', tags: ['co'] },
    ]);
    const stranger = await t.tenant();
    const [theirs] = await addContacts(t, stranger, [
      { email: 'theirs@example.com', attributes: { company: 'Secret' } },
    ]);
    const campaign = await createCampaign(t, who, {
      subject: 'News for {{ company | default: "you" }}',
      html: '<p>{{ company }}|{{ attributes.company }}|{{ email }}|{{ first_name }}|{{ constructor }}</p>',
      audience: { tags: ['co'], match: 'any' },
    });
    const ofCampaign = async () =>
      (await readOutbox(t.database.dataDir)).filter((m) => m.headers.get('x-grivo-campaign') === campaign.id);
    const to = (m: { to?: unknown }) => (m.to as { text: string }).text;

    // A test as a chosen contact: their data, delivered to the test address.
    const test = await campaignAction(t, who, campaign.id, 'test', {
      emails: ['qa@example.com', 'ben@example.com'],
      contact_id: annId,
    });
    expect(test.statusCode, test.body).toBe(200);
    expect(test.json().data.map((r: { status: string }) => r.status)).toEqual(['sent', 'sent']);
    const tests = await ofCampaign();
    expect(tests.map(to).sort()).toEqual(['ben@example.com', 'qa@example.com']);
    for (const m of tests) {
      expect(m.subject).toBe('[Test] News for Northwind');
      expect(m.html).toContain('<p>Northwind|Northwind|ann@example.com|Ann|</p>');
    }
    // Another workspace's contact, or none, is not found; nothing is sent.
    for (const contact_id of [theirs, 'ct_nope']) {
      const res = await campaignAction(t, who, campaign.id, 'test', { emails: ['qa@example.com'], contact_id });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', param: 'contact_id' });
      expect(res.body).not.toContain('Secret');
    }
    expect(await ofCampaign()).toHaveLength(2);

    // Without contact_id, as the contact of each address, as before.
    await campaignAction(t, who, campaign.id, 'test', { emails: ['ann@example.com'] });
    const asAddress = (await ofCampaign()).find((m) => to(m) === 'ann@example.com' && String(m.html).includes('Ann'));
    expect(asAddress?.html).toContain('<p>Northwind|Northwind|ann@example.com|Ann|</p>');

    expect((await campaignAction(t, who, campaign.id, 'send')).statusCode).toBe(202);
    await waitForCampaign(t, who, campaign.id, ['sent', 'failed']);
    const sent = (await ofCampaign()).filter((m) => !m.subject?.startsWith('[Test]'));
    expect(sent.map((m) => m.subject).sort()).toEqual(['News for Northwind', 'News for you']);
    expect(sent.find((m) => to(m) === 'ann@example.com')?.html).toContain(
      '<p>Northwind|Northwind|ann@example.com|Ann|</p>',
    );
    expect(sent.find((m) => to(m) === 'ben@example.com')?.html).toContain('<p>||ben@example.com||</p>');
  });

  it('picks up a sending campaign whose job was lost', async () => {
    const who = await t.tenant();
    await addContacts(t, who, [{ email: 'lost@example.com' }]);
    const campaign = await createCampaign(t, who);
    // As if the process died between the state change and the enqueue.
    await t.services.database.db
      .updateTable('campaigns')
      .set({ status: 'sending' })
      .where('id', '=', campaign.id)
      .execute();
    const stop = sweepCampaigns(t.services);
    try {
      expect(await waitForCampaign(t, who, campaign.id, ['sent'])).toMatchObject({ recipients: 1 });
    } finally {
      stop();
    }
  });

  it('gives another workspace 404 for every campaign route', async () => {
    const campaign = await createCampaign(t, tenant);
    const stranger = await t.tenant();
    for (const [method, url] of [
      ['GET', ''],
      ['PATCH', ''],
      ['DELETE', ''],
      ['POST', '/send'],
      ['POST', '/pause'],
      ['GET', '/stats'],
    ] as const) {
      const res = await call(
        method,
        `/v1/campaigns/${campaign.id}${url}`,
        method === 'PATCH' ? { name: 'x' } : undefined,
        stranger,
      );
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await call('GET', `/v1/campaigns/${campaign.id}`)).json()).toMatchObject({
      name: CAMPAIGN.name,
      status: 'draft',
    });
  });
});
