import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../worker.js';
import { sendCampaignJob } from '../campaigns/send/send.job.js';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { addContacts, campaignAction, createCampaign, waitForCampaign } from '../../../test/helpers/campaigns.js';
import { DIALECTS } from '../../../test/helpers/engines.js';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

describe.each(DIALECTS)('segments on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let ada: string;
  let bob: string;
  let cy: string;

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload === undefined ? {} : { payload }) });
  const count = async (conditions: object[], match = 'all', who = tenant) => {
    const res = await call('POST', '/v1/segments/count', { match, conditions }, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().contacts as number;
  };
  const problem = async (conditions: object[]) => {
    const res = await call('POST', '/v1/segments', { name: 'Bad', conditions });
    expect(res.statusCode, res.body).toBe(400);
    return res.json().error as { param: string; message: string };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
    other = await t.tenant();
    [ada, bob, cy] = (await addContacts(t, tenant, [
      {
        email: 'Ada@Example.com',
        first_name: 'Ada',
        last_name: 'Lovelace',
        phone: '+44 20 7946 0000',
        tags: ['Customer', 'vip'],
        attributes: { plan: 'pro', seats: 12, since: '2024-01-05', "x'); drop table contacts; --": 'odd' },
      },
      {
        email: 'bob@test.org',
        first_name: 'Bob',
        tags: ['newsletter'],
        attributes: { plan: 'free', seats: 3 },
        status: 'unsubscribed',
      },
      { email: 'cy_1@example.com', attributes: { plan: 'Pro_Max', seats: '40' } },
    ])) as [string, string, string];
    await addContacts(t, other, [
      { email: 'ada@example.com', first_name: 'Ada', tags: ['customer'], attributes: { plan: 'pro' } },
    ]);
  });
  afterAll(() => t.close());

  it('matches each text field and operator, ignoring case, escaping LIKE wildcards', async () => {
    expect(await count([])).toBe(3);
    expect(await count([{ field: 'email', op: 'eq', value: 'ADA@example.COM' }])).toBe(1);
    expect(await count([{ field: 'email', op: 'neq', value: 'ada@example.com' }])).toBe(2);
    expect(await count([{ field: 'email', op: 'contains', value: 'EXAMPLE' }])).toBe(2);
    expect(await count([{ field: 'email', op: 'contains', value: '_' }])).toBe(1);
    expect(await count([{ field: 'email', op: 'contains', value: '%' }])).toBe(0);
    expect(await count([{ field: 'email', op: 'starts_with', value: 'bo' }])).toBe(1);
    expect(await count([{ field: 'email', op: 'in', value: ['bob@test.org', 'CY_1@example.com', 'x@y.z'] }])).toBe(2);
    expect(await count([{ field: 'first_name', op: 'eq', value: 'ada' }])).toBe(1);
    expect(await count([{ field: 'first_name', op: 'neq', value: 'ada' }])).toBe(2);
    expect(await count([{ field: 'first_name', op: 'exists' }])).toBe(2);
    expect(await count([{ field: 'first_name', op: 'not_exists' }])).toBe(1);
    expect(await count([{ field: 'last_name', op: 'starts_with', value: 'love' }])).toBe(1);
    expect(await count([{ field: 'phone', op: 'contains', value: '7946' }])).toBe(1);
    expect(await count([{ field: 'status', op: 'eq', value: 'unsubscribed' }])).toBe(1);
    expect(await count([{ field: 'status', op: 'neq', value: 'unsubscribed' }])).toBe(2);
    expect(await count([{ field: 'status', op: 'in', value: ['subscribed', 'bounced'] }])).toBe(2);
    expect(await count([{ field: 'source', op: 'eq', value: 'api' }])).toBe(3);
    expect(await count([{ field: 'created_at', op: 'after', value: daysAgo(1) }])).toBe(3);
    expect(await count([{ field: 'created_at', op: 'before', value: '2020-01-01' }])).toBe(0);
  });

  it('matches tags case-insensitively, attributes by key, and match any or all', async () => {
    expect(await count([{ field: 'tags', op: 'contains', value: 'customer' }])).toBe(1);
    expect(await count([{ field: 'tags', op: 'neq', value: 'CUSTOMER' }])).toBe(2);
    expect(await count([{ field: 'tags', op: 'in', value: ['vip', 'newsletter'] }])).toBe(2);
    expect(await count([{ field: 'tags', op: 'exists' }])).toBe(2);
    expect(await count([{ field: 'tags', op: 'not_exists' }])).toBe(1);
    expect(await count([{ field: 'attributes.plan', op: 'eq', value: 'PRO' }])).toBe(1);
    expect(await count([{ field: 'attributes.plan', op: 'starts_with', value: 'pro' }])).toBe(2);
    expect(await count([{ field: 'attributes.plan', op: 'contains', value: '_' }])).toBe(1);
    expect(await count([{ field: 'attributes.plan', op: 'in', value: ['free', 'pro_max'] }])).toBe(2);
    expect(await count([{ field: 'attributes.since', op: 'exists' }])).toBe(1);
    expect(await count([{ field: 'attributes.since', op: 'not_exists' }])).toBe(2);
    expect(await count([{ field: 'attributes.since', op: 'after', value: '2023-12-31' }])).toBe(1);
    expect(await count([{ field: 'attributes.since', op: 'before', value: '2023-12-31' }])).toBe(0);
    // Only JSON numbers compare as numbers: "40" is text.
    expect(await count([{ field: 'attributes.seats', op: 'gt', value: 5 }])).toBe(1);
    expect(await count([{ field: 'attributes.seats', op: 'lt', value: 100 }])).toBe(2);
    expect(await count([{ field: 'attributes.seats', op: 'eq', value: 12 }])).toBe(1);
    const both = [
      { field: 'attributes.plan', op: 'starts_with', value: 'pro' },
      { field: 'first_name', op: 'exists' },
    ];
    expect(await count(both, 'all')).toBe(1);
    expect(await count(both, 'any')).toBe(3);
  });

  it('keeps values and attribute keys out of the SQL text', async () => {
    expect(await count([{ field: "attributes.x'); drop table contacts; --", op: 'eq', value: 'ODD' }])).toBe(1);
    expect(await count([{ field: 'attributes.plan") or 1=1 --', op: 'exists' }])).toBe(0);
    expect(await count([{ field: 'first_name', op: 'eq', value: "' or '1'='1" }])).toBe(0);
    expect(await count([{ field: 'email', op: 'contains', value: "%' or 1=1 --" }])).toBe(0);
    expect(await count([{ field: 'tags', op: 'contains', value: `"] ' or 1=1` }])).toBe(0);
    expect(await count([])).toBe(3);
  });

  it('counts activity: received, opened, clicked, by campaign and within days', async () => {
    const campaign = await createCampaign(t, tenant);
    const rows = [
      { contact_id: ada, sent_at: daysAgo(2), opened_at: daysAgo(2), clicked_at: daysAgo(1) },
      { contact_id: bob, sent_at: daysAgo(60), opened_at: daysAgo(50), clicked_at: null },
    ].map((r) => ({
      ...r,
      campaign_id: campaign.id,
      workspace_id: tenant.workspaceId,
      email: 'x@example.com',
      status: 'sent',
    }));
    await t.services.database.db.insertInto('campaign_recipients').values(rows).execute();
    expect(await count([{ field: 'received', op: 'exists' }])).toBe(2);
    expect(await count([{ field: 'received', op: 'not_exists' }])).toBe(1);
    expect(await count([{ field: 'opened', op: 'exists', value: { within_days: 30 } }])).toBe(1);
    expect(await count([{ field: 'opened', op: 'not_exists', value: { within_days: 30 } }])).toBe(2);
    expect(await count([{ field: 'clicked', op: 'exists', value: { campaign_id: campaign.id } }])).toBe(1);
    expect(await count([{ field: 'clicked', op: 'exists', value: { campaign_id: 'cmp_nope' } }])).toBe(0);
    // Another workspace's contacts and activity are never counted.
    expect(await count([{ field: 'received', op: 'exists' }], 'all', other)).toBe(0);
    expect(await count([{ field: 'tags', op: 'contains', value: 'customer' }], 'all', other)).toBe(1);
  });

  it('answers 400 naming the condition at fault', async () => {
    expect(await problem([{ field: 'password', op: 'eq', value: 'x' }])).toMatchObject({ param: 'conditions.0.field' });
    const op = await problem([
      { field: 'email', op: 'eq', value: 'a' },
      { field: 'status', op: 'contains', value: 'x' },
    ]);
    expect(op).toMatchObject({ param: 'conditions.1.op', message: expect.stringContaining('eq, neq, in') });
    expect((await problem([{ field: 'email', op: 'like', value: 'a' }])).param).toBe('conditions.0.op');
    expect((await problem([{ field: 'status', op: 'eq', value: 'happy' }])).param).toBe('conditions.0.value');
    expect((await problem([{ field: 'attributes.seats', op: 'gt', value: 'ten' }])).param).toBe('conditions.0.value');
    expect((await problem([{ field: 'created_at', op: 'before', value: 'yesterday' }])).param).toBe(
      'conditions.0.value',
    );
    expect((await problem([{ field: 'tags', op: 'in', value: [] }])).param).toBe('conditions.0.value');
    expect((await problem([{ field: 'email', op: 'exists', value: 'x' }])).param).toBe('conditions.0.op');
    expect((await problem([{ field: 'first_name', op: 'exists', value: 'x' }])).param).toBe('conditions.0.value');
    expect((await problem([{ field: 'opened', op: 'exists', value: { within_days: 0 } }])).param).toBe(
      'conditions.0.value',
    );
    expect((await problem([{ field: 'attributes.', op: 'exists' }])).param).toBe('conditions.0.field');
    const many = Array.from({ length: 21 }, () => ({ field: 'first_name', op: 'exists' }));
    expect((await problem(many)).param).toBe('conditions');
    const noName = await call('POST', '/v1/segments', { conditions: [] });
    expect(noName.json().error.param).toBe('name');
  });

  it('creates, reads with a live count, lists, updates and deletes, per workspace', async () => {
    const created = await call('POST', '/v1/segments', {
      name: 'Pro plans',
      conditions: [{ field: 'attributes.plan', op: 'starts_with', value: 'pro' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const segment = created.json();
    expect(segment).toMatchObject({ id: expect.stringMatching(/^seg_/), match: 'all', contacts: 2 });
    expect((await call('GET', `/v1/segments/${segment.id}`)).json().contacts).toBe(2);
    expect((await call('GET', '/v1/segments')).json()).toMatchObject({
      total: 1,
      data: [{ id: segment.id, contacts: 2 }],
    });
    expect((await call('GET', `/v1/segments/${segment.id}`, undefined, other)).statusCode).toBe(404);
    expect((await call('PATCH', `/v1/segments/${segment.id}`, { name: 'x' }, other)).statusCode).toBe(404);
    expect((await call('GET', '/v1/segments', undefined, other)).json().total).toBe(0);

    const list = await call('GET', `/v1/contacts?segment=${segment.id}&search=cy`);
    expect(list.json()).toMatchObject({ total: 1, data: [{ id: cy }] });
    expect((await call('GET', `/v1/contacts?segment=${segment.id}`)).json().total).toBe(2);
    const foreign = await call('GET', `/v1/contacts?segment=${segment.id}`, undefined, other);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.param).toBe('segment');

    const updated = await call('PATCH', `/v1/segments/${segment.id}`, {
      match: 'any',
      conditions: [{ field: 'status', op: 'eq', value: 'unsubscribed' }],
    });
    expect(updated.json()).toMatchObject({ name: 'Pro plans', match: 'any', contacts: 1 });
    expect(
      (await call('PATCH', `/v1/segments/${segment.id}`, { conditions: [{ field: 'x', op: 'eq' }] })).json().error
        .param,
    ).toBe('conditions.0.field');
    expect((await call('DELETE', `/v1/segments/${segment.id}`, undefined, other)).statusCode).toBe(404);
    expect((await call('DELETE', `/v1/segments/${segment.id}`)).json()).toEqual({ id: segment.id, deleted: true });
    expect((await call('GET', `/v1/segments/${segment.id}`)).statusCode).toBe(404);
  });

  it('sends a campaign to exactly the subscribed contacts of a segment, and refuses a deleted segment', async () => {
    const segment = (
      await call('POST', '/v1/segments', {
        name: 'Example.com',
        conditions: [{ field: 'email', op: 'contains', value: 'example.com' }],
      })
    ).json();
    const [dan] = await addContacts(t, tenant, [{ email: 'dan@example.com', status: 'unsubscribed' }]);
    expect(dan).toBeDefined();
    const audience = { segment: segment.id };
    expect((await call('POST', '/v1/campaigns/audience', audience)).json()).toEqual({ recipients: 2 });
    expect((await call('POST', '/v1/campaigns/audience', audience, other)).statusCode).toBe(404);
    const mixed = await call('POST', '/v1/campaigns', {
      ...audienceBody(),
      audience: { segment: segment.id, tags: ['vip'] },
    });
    expect(mixed.json().error.param).toBe('audience.segment');
    const foreign = await call('POST', '/v1/campaigns', { ...audienceBody(), audience }, other);
    expect(foreign.json().error).toMatchObject({ status: 404, param: 'audience.segment' });

    const campaign = await createCampaign(t, tenant, { audience });
    expect(campaign.audience).toMatchObject({ segment: segment.id });
    expect((await campaignAction(t, tenant, campaign.id, 'send')).statusCode).toBe(202);
    await waitForCampaign(t, tenant, campaign.id, ['sent']);
    const sentTo = await t.services.database.db
      .selectFrom('campaign_recipients')
      .select('contact_id')
      .where('campaign_id', '=', campaign.id)
      .execute();
    expect(sentTo.map((r) => r.contact_id).sort()).toEqual([ada, cy].sort());

    const draft = await createCampaign(t, tenant, { audience });
    await call('DELETE', `/v1/segments/${segment.id}`);
    const refused = await campaignAction(t, tenant, draft.id, 'send');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      param: 'audience.segment',
      message: expect.stringContaining('deleted'),
    });

    // A campaign already started (as a scheduled one starts) when its segment is gone fails, saying why.
    await t.services.database.db
      .updateTable('campaigns')
      .set({ status: 'sending', started_at: new Date().toISOString() })
      .where('id', '=', draft.id)
      .execute();
    await t.services.queue.enqueue(sendCampaignJob, { campaignId: draft.id });
    const failed = await waitForCampaign(t, tenant, draft.id, ['failed', 'sent']);
    expect(failed).toMatchObject({ status: 'failed', error: expect.stringContaining('was deleted') });
    expect(bob).toBeDefined();
  });
});

function audienceBody() {
  return {
    name: 'Mixed',
    subject: 'Hi',
    from_email: 'news@acme.test',
    html: '<p>Hi <a href="{{ unsubscribe_url }}">Unsubscribe</a></p>',
  };
}
