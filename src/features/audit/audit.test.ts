import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Tenant, type TestApp } from '../../../test/helpers/app.js';
import { createCampaign } from '../../../test/helpers/campaigns.js';
import { browse, signUpBrowser, type Browser } from '../../../test/helpers/dashboard-client.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { uploadCsv } from '../../../test/helpers/imports.js';
import { pruneJob } from '../../jobs/prune.job.js';
import { jobHandlers } from '../../worker.js';

const PERSON = { email: 'Ona.Vex@Example.org', first_name: 'Ona', last_name: 'Quarrendell' };
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(DIALECTS)('audit log on %s', (dialect) => {
  let t: TestApp;
  let other: Tenant;
  let browser: Browser;
  let workspaceId: string;
  let userId: string;
  /** An API key of the signed-up workspace, named "Ops". */
  let ops: { id: string; auth: { authorization: string } };
  const ids: Record<string, string> = {};

  const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, auth = ops.auth) =>
    t.app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
  const log = async (query = '', auth = ops.auth) => {
    const res = await api('GET', `/v1/audit-log${query}`, undefined, auth);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000', GRIVO_AUDIT_LOG_DAYS: '30' });
    other = await t.tenant();
    const signed = await signUpBrowser(t);
    browser = signed.browser;
    workspaceId = signed.session.workspace.id;
    userId = signed.session.user.id;

    // In the dashboard, as the user: one key made and revoked (twice), one made to use.
    const ci = await browse(t, browser, 'POST', '/dashboard/api-keys', { name: 'CI' });
    ids.ci = ci.json().id;
    expect((await browse(t, browser, 'DELETE', `/dashboard/api-keys/${ids.ci}`)).statusCode).toBe(200);
    expect((await browse(t, browser, 'DELETE', `/dashboard/api-keys/${ids.ci}`)).statusCode).toBe(200);
    const made = (await browse(t, browser, 'POST', '/dashboard/api-keys', { name: 'Ops' })).json();
    ops = { id: made.id, auth: { authorization: `Bearer ${made.secret}` } };

    // Through the API, as the key.
    ids.contact = (await api('POST', '/v1/contacts', PERSON)).json().id;
    const tenant = { workspaceId, keyId: ops.id, key: '', auth: ops.auth };
    ids.sent = (await createCampaign(t, tenant, { name: 'Sent now' })).id;
    expect((await api('POST', `/v1/campaigns/${ids.sent}/send`)).statusCode).toBe(202);
    ids.later = (await createCampaign(t, tenant, { name: 'Later' })).id;
    const sendAt = new Date(Date.now() + DAY_MS).toISOString();
    expect((await api('POST', `/v1/campaigns/${ids.later}/send`, { send_at: sendAt })).statusCode).toBe(202);
    expect((await api('POST', `/v1/campaigns/${ids.later}/cancel`)).statusCode).toBe(200);
    expect((await api('GET', '/v1/contacts/export?search=ona&status=subscribed')).statusCode).toBe(200);
    expect((await api('GET', `/v1/contacts/${ids.contact}/export`)).statusCode).toBe(200);
    const upload = await uploadCsv(t, tenant, 'email\nsam@example.net\nlee@example.net\n');
    expect(upload.statusCode, upload.body).toBe(202);
    ids.import = upload.json().id;
    expect((await api('POST', `/v1/contacts/${ids.contact}/erase`)).statusCode).toBe(200);
    expect((await api('POST', `/v1/contacts/${ids.contact}/erase`)).statusCode).toBe(200);
    ids.bot = (await api('POST', '/v1/chatbots', { name: 'Helper' })).json().id;
    expect((await api('DELETE', `/v1/chatbots/${ids.bot}`)).statusCode).toBe(200);
    const hook = await api('POST', '/v1/webhook-endpoints', { url: 'https://example.com/hook', events: ['*'] });
    ids.hook = hook.json().id;
    expect((await api('DELETE', `/v1/webhook-endpoints/${ids.hook}`)).statusCode).toBe(200);
    expect((await api('PATCH', '/v1/settings', { default_from_name: 'Shop', double_opt_in: false })).statusCode).toBe(
      200,
    );
    // Refused actions leave no entry.
    expect((await api('DELETE', `/v1/chatbots/${ids.bot}`)).statusCode).toBe(404);
    expect((await api('POST', `/v1/campaigns/${ids.later}/cancel`)).statusCode).toBe(409);
  }, 60_000);
  afterAll(() => t?.close());

  it('records each action, newest first, with who did it and to what', async () => {
    const page = await log('?per_page=100');
    const user = { type: 'user', id: userId, label: 'Ada' };
    const key = { type: 'api_key', id: ops.id, label: 'Ops' };
    expect(page).toMatchObject({ total: 14, page: 1, per_page: 100, has_more: false });
    expect(page.data.map((e: any) => [e.action, e.actor, e.resource, e.details]).reverse()).toEqual([
      ['api_key.created', user, { type: 'api_key', id: ids.ci }, { name: 'CI' }],
      ['api_key.revoked', user, { type: 'api_key', id: ids.ci }, { name: 'CI' }],
      ['api_key.created', user, { type: 'api_key', id: ops.id }, { name: 'Ops' }],
      ['campaign.sent', key, { type: 'campaign', id: ids.sent }, { name: 'Sent now' }],
      ['campaign.scheduled', key, { type: 'campaign', id: ids.later }, { name: 'Later', send_at: expect.any(String) }],
      ['campaign.schedule_cancelled', key, { type: 'campaign', id: ids.later }, { name: 'Later' }],
      ['contacts.exported', key, { type: 'contact', id: null }, { tag: null, status: 'subscribed', searched: true }],
      ['contact.exported', key, { type: 'contact', id: ids.contact }, {}],
      ['contact_import.started', key, { type: 'contact_import', id: ids.import }, { rows: 2, bytes: 38 }],
      ['contact.erased', key, { type: 'contact', id: ids.contact }, expect.objectContaining({ emails: 0 })],
      ['chatbot.deleted', key, { type: 'chatbot', id: ids.bot }, { name: 'Helper' }],
      ['webhook_endpoint.created', key, { type: 'webhook_endpoint', id: ids.hook }, expect.any(Object)],
      [
        'webhook_endpoint.deleted',
        key,
        { type: 'webhook_endpoint', id: ids.hook },
        { url: 'https://example.com/hook' },
      ],
      ['settings.updated', key, { type: 'workspace', id: workspaceId }, expect.any(Object)],
    ]);
    for (const entry of page.data) expect(entry.id).toMatch(/^aud_/);
    expect(page.data[0].created_at >= page.data.at(-1).created_at).toBe(true);
  });

  it('records settings changes by field, and never a contact’s personal data', async () => {
    const [latest] = (await log('?action=settings.updated')).data;
    expect(latest).toMatchObject({
      resource: { type: 'workspace', id: workspaceId },
      details: { fields: ['default_from_name', 'double_opt_in'] },
    });
    const rows = await t.database.db.selectFrom('audit_log').selectAll().execute();
    const text = JSON.stringify(rows).toLowerCase();
    for (const trace of ['ona.vex', 'quarrendell', 'sam@example.net']) expect(text).not.toContain(trace);
  });

  it('filters by action, actor type, resource type and time, and pages', async () => {
    expect((await log('?action=api_key.revoked')).data.map((e: any) => e.resource.id)).toEqual([ids.ci]);
    expect((await log('?actor_type=user')).total).toBe(3);
    expect((await log('?actor_type=system')).total).toBe(0);
    expect((await log('?resource_type=campaign')).data.map((e: any) => e.action)).toEqual([
      'campaign.schedule_cancelled',
      'campaign.scheduled',
      'campaign.sent',
    ]);
    expect((await log('?resource_type=campaign&action=campaign.sent')).total).toBe(1);

    const all = (await log('?per_page=100')).data;
    const middle = all[6].created_at;
    const since = (await log(`?since=${encodeURIComponent(middle)}&per_page=100`)).data;
    expect(since.length).toBeGreaterThanOrEqual(7);
    expect(since.every((e: any) => e.created_at >= middle)).toBe(true);
    const until = (await log(`?until=${encodeURIComponent(middle)}&per_page=100`)).data;
    expect(until.every((e: any) => e.created_at <= middle)).toBe(true);
    expect(since.length + until.length).toBeGreaterThanOrEqual(all.length);
    const [first, last] = [all.at(-1).created_at.slice(0, 10), all[0].created_at.slice(0, 10)];
    expect((await log(`?since=${first}&until=${last}`)).total).toBe(14);
    expect((await log('?until=2000-01-01')).total).toBe(0);

    const second = await log('?per_page=5&page=2');
    expect(second).toMatchObject({ total: 14, page: 2, per_page: 5, has_more: true });
    expect(second.data.map((e: any) => e.id)).toEqual(all.slice(5, 10).map((e: any) => e.id));
  });

  it("never shows another workspace's entries", async () => {
    const theirs = await log('?per_page=100', other.auth);
    expect(theirs.data.map((e: any) => [e.action, e.actor.type, e.resource.id])).toEqual([
      ['api_key.created', 'system', other.keyId],
    ]);
    const ours = (await log('?per_page=100')).data.map((e: any) => e.id);
    expect(ours).not.toContain(theirs.data[0].id);
  });

  it.each([
    ['?action=contact.viewed', 'action'],
    ['?actor_type=robot', 'actor_type'],
    ['?resource_type=planet', 'resource_type'],
    ['?since=yesterday', 'since'],
    ['?until=2026-13-01', 'until'],
    ['?since=2026-02-01&until=2026-01-01', 'since'],
    ['?per_page=1000', 'per_page'],
    ['?actor=ada', 'actor'],
  ])('refuses %s with a 400 naming the parameter', async (query, param) => {
    const res = await api('GET', `/v1/audit-log${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ status: 400, param, message: expect.any(String) });
    expect(['invalid_request', 'unknown_parameter']).toContain(res.json().error.code);
  });

  it('is for owners and admins of the workspace in the dashboard, not members', async () => {
    expect((await browse(t, browser, 'GET', '/v1/audit-log')).statusCode).toBe(200);
    const membership = t.database.db.updateTable('memberships').where('workspace_id', '=', workspaceId);
    await membership.set({ role: 'admin' }).execute();
    expect((await browse(t, browser, 'GET', '/v1/audit-log')).statusCode).toBe(200);
    await membership.set({ role: 'member' }).execute();
    const refused = await browse(t, browser, 'GET', '/v1/audit-log');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/owner or admin/) });
    await membership.set({ role: 'owner' }).execute();
  });

  it("records downloads of a campaign's recipients and of a chatbot's leads, not refused ones", async () => {
    const bot = (await api('POST', '/v1/chatbots', { name: 'Leads bot' })).json().id;
    expect((await api('GET', `/v1/chatbots/${bot}/leads/export`)).statusCode).toBe(200);
    expect((await api('GET', `/v1/campaigns/${ids.sent}/recipients/export?event=opened`)).statusCode).toBe(200);
    expect((await api('GET', `/v1/chatbots/${bot}/leads/export`, undefined, other.auth)).statusCode).toBe(404);
    expect((await log('?action=chatbot.leads_exported')).data).toMatchObject([
      { resource: { type: 'chatbot', id: bot }, details: { name: 'Leads bot' }, actor: { type: 'api_key' } },
    ]);
    expect((await log('?action=campaign.recipients_exported')).data).toMatchObject([
      { resource: { type: 'campaign', id: ids.sent }, details: { name: 'Sent now', event: 'opened' } },
    ]);
    expect((await log('', other.auth)).total).toBe(1);
  });

  it('forgets entries older than GRIVO_AUDIT_LOG_DAYS at the hourly prune', async () => {
    const before = (await log()).total;
    const old = new Date(Date.now() - 31 * DAY_MS).toISOString();
    const kept = new Date(Date.now() - 29 * DAY_MS).toISOString();
    const [oldest, second] = (await log('?per_page=100')).data.slice(-2).map((e: any) => e.id);
    await t.database.db.updateTable('audit_log').set({ created_at: old }).where('id', '=', oldest).execute();
    await t.database.db.updateTable('audit_log').set({ created_at: kept }).where('id', '=', second).execute();
    const theirs = (await log('', other.auth)).data[0].id;
    await t.database.db.updateTable('audit_log').set({ created_at: old }).where('id', '=', theirs).execute();

    const prune = jobHandlers(t.services).find((h) => h.type.name === pruneJob.name)!;
    await prune.handle({}, { jobId: 'test', attempt: 1 });

    const after = await log('?per_page=100');
    expect(after.total).toBe(before - 1);
    expect(after.data.map((e: any) => e.id)).not.toContain(oldest);
    expect(after.data.map((e: any) => e.id)).toContain(second);
    expect((await log('', other.auth)).total).toBe(0);
  });
});
