import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Grivo } from '../src/index.js';
import { startFakeServer } from './fake-server.js';

// What each method sends: its HTTP method, path (ids escaped), query and JSON
// body, and an Idempotency-Key on every POST. The fake server answers the same
// JSON to everything (a 204 to a DELETE of a suppression).

const ANY = JSON.stringify({ id: 'x_1', data: [], total: 0, page: 1, per_page: 20, has_more: false });

describe('the requests each method sends', () => {
  let server: Awaited<ReturnType<typeof startFakeServer>>;
  let grivo: Grivo;
  beforeAll(async () => {
    server = await startFakeServer((request) =>
      request.method === 'DELETE' && request.url.startsWith('/v1/suppressions/')
        ? { status: 204 }
        : { status: request.method === 'POST' ? 201 : 200, body: ANY },
    );
    grivo = new Grivo({ apiKey: 'grv_test_key', baseUrl: server.baseUrl, maxRetries: 0 });
  });
  beforeEach(() => {
    server.seen.length = 0;
  });
  afterAll(() => server.close());

  /** The one request `run` sent: `METHOD /path?query`, its JSON body (undefined when none) and whether it had a key. */
  async function sent(run: () => PromiseLike<unknown>) {
    server.seen.length = 0;
    await run();
    expect(server.seen).toHaveLength(1);
    const [request] = server.seen;
    return {
      call: `${request!.method} ${request!.url}`,
      body: request!.body === '' ? undefined : JSON.parse(request!.body),
      keyed: typeof request!.headers['idempotency-key'] === 'string',
      contentType: request!.headers['content-type'],
    };
  }

  it('campaigns.duplicate', async () => {
    expect(await sent(() => grivo.campaigns.duplicate('cmp_1'))).toMatchObject({
      call: 'POST /v1/campaigns/cmp_1/duplicate',
      body: undefined,
      keyed: true,
    });
  });

  it('templates', async () => {
    const body = { name: 'Reset', subject: 'Reset, {{ first_name }}', markdown: '# Reset' };
    expect(await sent(() => grivo.templates.list({ page: 2, per_page: 5 }))).toMatchObject({
      call: 'GET /v1/templates?page=2&per_page=5',
      keyed: false,
    });
    expect(await sent(() => grivo.templates.create(body))).toEqual({
      call: 'POST /v1/templates',
      body,
      keyed: true,
      contentType: 'application/json',
    });
    expect((await sent(() => grivo.templates.get('tpl/1'))).call).toBe('GET /v1/templates/tpl%2F1');
    expect((await sent(() => grivo.templates.starters({ per_page: 10 }))).call).toBe(
      'GET /v1/templates/starters?per_page=10',
    );
    expect((await sent(() => grivo.templates.create({ starter: 'welcome' }))).body).toEqual({ starter: 'welcome' });
    expect(await sent(() => grivo.templates.update('tpl_1', { text: null }))).toMatchObject({
      call: 'PATCH /v1/templates/tpl_1',
      body: { text: null },
      keyed: false,
    });
    expect((await sent(() => grivo.templates.delete('tpl_1'))).call).toBe('DELETE /v1/templates/tpl_1');
  });

  it('emails', async () => {
    const body = {
      to: 'ada@example.com',
      template_id: 'tpl_1',
      data: { reset_url: 'https://x.test/r' },
      tags: ['reset'],
    };
    expect(await sent(() => grivo.emails.send(body, { idempotencyKey: 'reset-ada' }))).toMatchObject({
      call: 'POST /v1/emails',
      body,
      keyed: true,
    });
    expect(server.seen[0]?.headers['idempotency-key']).toBe('reset-ada');
    expect((await sent(() => grivo.emails.list({ status: 'bounced', to: 'ada@example.com' }))).call).toBe(
      'GET /v1/emails?status=bounced&to=ada%40example.com',
    );
    expect((await sent(() => grivo.emails.get('em_1'))).call).toBe('GET /v1/emails/em_1');
  });

  it('settings', async () => {
    expect((await sent(() => grivo.settings.get())).call).toBe('GET /v1/settings');
    expect(
      await sent(() => grivo.settings.update({ default_from_name: 'Acme', default_from_email: null })),
    ).toMatchObject({
      call: 'PATCH /v1/settings',
      body: { default_from_name: 'Acme', default_from_email: null },
      keyed: false,
    });
  });

  it('webhookEndpoints and their deliveries', async () => {
    const body = { url: 'https://hooks.example.com/grivo', events: ['contact.created', 'email.bounced'] };
    expect((await sent(() => grivo.webhookEndpoints.list({ per_page: 100 }))).call).toBe(
      'GET /v1/webhook-endpoints?per_page=100',
    );
    expect(await sent(() => grivo.webhookEndpoints.create(body))).toMatchObject({
      call: 'POST /v1/webhook-endpoints',
      body,
      keyed: true,
    });
    expect((await sent(() => grivo.webhookEndpoints.get('we_1'))).call).toBe('GET /v1/webhook-endpoints/we_1');
    expect(await sent(() => grivo.webhookEndpoints.update('we_1', { enabled: true }))).toMatchObject({
      call: 'PATCH /v1/webhook-endpoints/we_1',
      body: { enabled: true },
    });
    expect((await sent(() => grivo.webhookEndpoints.delete('we_1'))).call).toBe('DELETE /v1/webhook-endpoints/we_1');
    expect(await sent(() => grivo.webhookEndpoints.rollSecret('we_1'))).toMatchObject({
      call: 'POST /v1/webhook-endpoints/we_1/roll-secret',
      body: undefined,
      keyed: true,
    });
    expect(await sent(() => grivo.webhookEndpoints.test('we_1'))).toMatchObject({
      call: 'POST /v1/webhook-endpoints/we_1/test',
      body: undefined,
      keyed: true,
    });
    expect((await sent(() => grivo.webhookEndpoints.deliveries.list('we_1', { status: 'failed' }))).call).toBe(
      'GET /v1/webhook-endpoints/we_1/deliveries?status=failed',
    );
    expect(await sent(() => grivo.webhookEndpoints.deliveries.retry('we_1', 'whd_1'))).toMatchObject({
      call: 'POST /v1/webhook-endpoints/we_1/deliveries/whd_1/retry',
      keyed: true,
    });
  });

  it('events', async () => {
    expect((await sent(() => grivo.events.list({ type: 'email.bounced', page: 3 }))).call).toBe(
      'GET /v1/events?type=email.bounced&page=3',
    );
    expect((await sent(() => grivo.events.get('evt_1'))).call).toBe('GET /v1/events/evt_1');
  });

  it('auditLog', async () => {
    const query = { action: 'api_key.revoked', since: '2026-03-01', per_page: 50 } as const;
    expect((await sent(() => grivo.auditLog.list(query))).call).toBe(
      'GET /v1/audit-log?action=api_key.revoked&since=2026-03-01&per_page=50',
    );
  });

  it('suppressions, the address escaped as one path segment', async () => {
    expect((await sent(() => grivo.suppressions.list({ email: 'ada@' }))).call).toBe(
      'GET /v1/suppressions?email=ada%40',
    );
    expect(
      await sent(() => grivo.suppressions.create({ email: 'ada@example.com', reason: 'complaint' })),
    ).toMatchObject({
      call: 'POST /v1/suppressions',
      body: { email: 'ada@example.com', reason: 'complaint' },
      keyed: true,
    });
    expect((await sent(() => grivo.suppressions.delete('a+b/c?d#e@example.com'))).call).toBe(
      'DELETE /v1/suppressions/a%2Bb%2Fc%3Fd%23e%40example.com',
    );
    expect(await grivo.suppressions.delete('ada@example.com')).toBeUndefined();
  });

  it('inboundWebhooks', async () => {
    expect((await sent(() => grivo.inboundWebhooks.list())).call).toBe('GET /v1/inbound-webhooks');
    expect(
      await sent(() => grivo.inboundWebhooks.create({ provider: 'mailgun', signing_key: 'key-1', description: 'EU' })),
    ).toMatchObject({
      call: 'POST /v1/inbound-webhooks',
      body: { provider: 'mailgun', signing_key: 'key-1', description: 'EU' },
      keyed: true,
    });
    expect((await sent(() => grivo.inboundWebhooks.get('iw_1'))).call).toBe('GET /v1/inbound-webhooks/iw_1');
    expect((await sent(() => grivo.inboundWebhooks.delete('iw_1'))).call).toBe('DELETE /v1/inbound-webhooks/iw_1');
  });

  it('segments', async () => {
    const body = {
      name: 'Engaged',
      match: 'all' as const,
      conditions: [{ field: 'opened', op: 'exists' as const, value: { within_days: 30 } }],
    };
    expect((await sent(() => grivo.segments.list({ page: 2 }))).call).toBe('GET /v1/segments?page=2');
    expect(await sent(() => grivo.segments.create(body))).toEqual({
      call: 'POST /v1/segments',
      body,
      keyed: true,
      contentType: 'application/json',
    });
    expect(await sent(() => grivo.segments.count({ conditions: body.conditions }))).toMatchObject({
      call: 'POST /v1/segments/count',
      body: { conditions: body.conditions },
      keyed: true,
    });
    expect(await sent(() => grivo.segments.count())).toMatchObject({ call: 'POST /v1/segments/count', body: {} });
    expect((await sent(() => grivo.segments.get('seg/1'))).call).toBe('GET /v1/segments/seg%2F1');
    expect(await sent(() => grivo.segments.update('seg_1', { match: 'any' }))).toMatchObject({
      call: 'PATCH /v1/segments/seg_1',
      body: { match: 'any' },
      keyed: false,
    });
    expect((await sent(() => grivo.segments.delete('seg_1'))).call).toBe('DELETE /v1/segments/seg_1');
  });

  it('a contact’s data, erasure, activity and confirmation', async () => {
    expect(await sent(() => grivo.contacts.exportData('ct_1'))).toMatchObject({
      call: 'GET /v1/contacts/ct_1/export',
      body: undefined,
      keyed: false,
    });
    expect(await sent(() => grivo.contacts.erase('ct/1'))).toMatchObject({
      call: 'POST /v1/contacts/ct%2F1/erase',
      body: undefined,
      keyed: true,
    });
    expect((await sent(() => grivo.contacts.activity('ct_1', { page: 2, per_page: 50 }))).call).toBe(
      'GET /v1/contacts/ct_1/activity?page=2&per_page=50',
    );
    expect(await sent(() => grivo.contacts.resendConfirmation('ct_1'))).toMatchObject({
      call: 'POST /v1/contacts/ct_1/resend-confirmation',
      body: undefined,
      keyed: true,
    });
  });

  it('contacts.bulk', async () => {
    const body = { action: 'tag' as const, tags: ['vip'], filter: { tag: 'customer' } };
    expect(await sent(() => grivo.contacts.bulk.create(body))).toMatchObject({
      call: 'POST /v1/contacts/bulk',
      body,
      keyed: true,
    });
    expect((await sent(() => grivo.contacts.bulk.get('blk_1'))).call).toBe('GET /v1/contacts/bulk/blk_1');
  });

  it('contacts.bulk.wait polls until the action is done or failed', async () => {
    const statuses = ['queued', 'running', 'done'];
    const polling = await startFakeServer(() => ({
      status: 200,
      body: JSON.stringify({ id: 'blk_1', status: statuses.shift() ?? 'done' }),
    }));
    const client = new Grivo({ apiKey: 'grv_test_key', baseUrl: polling.baseUrl, maxRetries: 0 });
    try {
      expect(await client.contacts.bulk.wait('blk_1', { intervalMs: 1 })).toMatchObject({ status: 'done' });
      expect(polling.seen.map((r) => `${r.method} ${r.url}`)).toEqual(Array(3).fill('GET /v1/contacts/bulk/blk_1'));
    } finally {
      await polling.close();
    }
  });

  it('tags', async () => {
    expect((await sent(() => grivo.tags.list({ search: 'cu', per_page: 100 }))).call).toBe(
      'GET /v1/tags?search=cu&per_page=100',
    );
  });

  it('campaign recipients and their CSV', async () => {
    expect((await sent(() => grivo.campaigns.recipients('cmp_1', { event: 'clicked', page: 2 }))).call).toBe(
      'GET /v1/campaigns/cmp_1/recipients?event=clicked&page=2',
    );
    expect((await sent(() => grivo.campaigns.exportRecipients('cmp_1', { event: 'opened' }))).call).toBe(
      'GET /v1/campaigns/cmp_1/recipients/export?event=opened',
    );
    expect(server.seen[0]?.headers.accept).toBe('text/csv');
  });

  it('forms', async () => {
    const body = { name: 'Newsletter', consent_text: 'I agree.', tags: ['newsletter'] };
    expect((await sent(() => grivo.forms.list({ per_page: 5 }))).call).toBe('GET /v1/forms?per_page=5');
    expect(await sent(() => grivo.forms.create(body))).toMatchObject({ call: 'POST /v1/forms', body, keyed: true });
    expect((await sent(() => grivo.forms.get('frm_1'))).call).toBe('GET /v1/forms/frm_1');
    expect(await sent(() => grivo.forms.update('frm_1', { redirect_url: null }))).toMatchObject({
      call: 'PATCH /v1/forms/frm_1',
      body: { redirect_url: null },
      keyed: false,
    });
    expect((await sent(() => grivo.forms.delete('frm_1'))).call).toBe('DELETE /v1/forms/frm_1');
  });

  it('walks a new list page by page with for await', async () => {
    let n = 0;
    for await (const _ of grivo.events.list({ per_page: 1 })) n++;
    expect(n).toBe(0);
    expect(server.seen.map((r) => r.url)).toEqual(['/v1/events?per_page=1']);
  });
});
