import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Grivo } from '../src/index.js';
import { startFakeServer } from './fake-server.js';

// One method per /v1 operation: every operation of the OpenAPI document the
// SDK is generated from must be reachable through a method below, so a route
// added to the API without its SDK method fails here.

const document = JSON.parse(fs.readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
};
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const documented = Object.entries(document.paths)
  .filter(([path]) => path.startsWith('/v1/') && path !== '/v1/openapi.json')
  .flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`));

/** The documented operation a request went to: its path matched against the templates, literal ones first. */
const byLiteralness = [...documented].sort((a, b) => a.split('{').length - b.split('{').length);
function operationOf(method: string, url: string): string | undefined {
  const path = new URL(url, 'http://x').pathname;
  return byLiteralness.find((op) => {
    const [m, template] = op.split(' ') as [string, string];
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return m === method && pattern.test(path);
  });
}

// A body every method can read: a list page (empty) and an object with an id.
const ANY = JSON.stringify({
  id: 'x_1',
  status: 'completed',
  data: [],
  total: 0,
  page: 1,
  per_page: 20,
  has_more: false,
});

describe('the SDK covers the API', () => {
  let server: Awaited<ReturnType<typeof startFakeServer>>;
  let grivo: Grivo;
  beforeAll(async () => {
    server = await startFakeServer(() => ({ status: 200, body: ANY }));
    grivo = new Grivo({ apiKey: 'grv_test_key', baseUrl: server.baseUrl, maxRetries: 0 });
  });
  afterAll(() => server.close());

  it('has a method for every /v1 operation of the OpenAPI document', async () => {
    const [b, s, c, m] = ['bot_1', 'src_1', 'conv_1', 'msg_1'];
    const calls: Array<() => Promise<unknown> | AsyncIterable<unknown>> = [
      () => grivo.chatbots.list(),
      () => grivo.chatbots.create({ name: 'Support' }),
      () => grivo.chatbots.get(b),
      () => grivo.chatbots.update(b, { name: 'Help' }),
      () => grivo.chatbots.delete(b),
      () => grivo.chatbots.train(b),
      () => grivo.chatbots.pages(b),
      () => grivo.chatbots.chat(b, { message: 'hi' }),
      () => grivo.chatbots.chatStream(b, { message: 'hi' }),
      () => grivo.chatbots.search(b, { query: 'hours' }),
      () => grivo.chatbots.analytics(b),
      () => grivo.chatbots.feedback(b, m, { rating: 'up' }),
      () => grivo.chatbots.conversations.list(b),
      () => grivo.chatbots.conversations.get(b, c),
      () => grivo.chatbots.leads.list(b),
      () => grivo.chatbots.leads.export(b),
      () => grivo.chatbots.refusedOrigins.list(b),
      () => grivo.chatbots.refusedOrigins.delete(b, 'https://shop.example.com'),
      () => grivo.chatbots.sources.list(b),
      () => grivo.chatbots.sources.create(b, { type: 'text', title: 'Hours', text: 'Open 9 to 5.' }),
      () => grivo.chatbots.sources.get(b, s),
      () => grivo.chatbots.sources.update(b, s, { title: 'Opening hours' }),
      () => grivo.chatbots.sources.delete(b, s),
      () => grivo.chatbots.sources.train(b, s),
      () => grivo.contacts.list(),
      () => grivo.contacts.create({ email: 'ada@example.com' }),
      () => grivo.contacts.get('con_1'),
      () => grivo.contacts.update('con_1', { first_name: 'Ada' }),
      () => grivo.contacts.delete('con_1'),
      () => grivo.contacts.import('email\nada@example.com\n'),
      () => grivo.contacts.imports.list(),
      () => grivo.contacts.imports.get('imp_1'),
      () => grivo.contacts.export(),
      () => grivo.campaigns.list(),
      () => grivo.campaigns.create({ name: 'News', subject: 'Hi', from_email: 'a@example.com', html: '<p>Hi</p>' }),
      () => grivo.campaigns.get('cmp_1'),
      () => grivo.campaigns.update('cmp_1', { name: 'News 2' }),
      () => grivo.campaigns.delete('cmp_1'),
      () => grivo.campaigns.send('cmp_1'),
      () => grivo.campaigns.test('cmp_1', { emails: ['a@example.com'] }),
      () => grivo.campaigns.pause('cmp_1'),
      () => grivo.campaigns.resume('cmp_1'),
      () => grivo.campaigns.cancel('cmp_1'),
      () => grivo.campaigns.stats('cmp_1'),
      () => grivo.campaigns.preview({ subject: 'Hi', html: '<p>Hi</p>' }),
      () => grivo.campaigns.audience({}),
      () => grivo.campaigns.duplicate('cmp_1'),
      () => grivo.templates.list(),
      () => grivo.templates.starters(),
      () => grivo.templates.create({ name: 'Reset', subject: 'Reset', html: '<p>Reset</p>' }),
      () => grivo.templates.get('tpl_1'),
      () => grivo.templates.update('tpl_1', { subject: 'Reset your password' }),
      () => grivo.templates.delete('tpl_1'),
      () => grivo.emails.send({ to: 'ada@example.com', template_id: 'tpl_1' }),
      () => grivo.emails.list(),
      () => grivo.emails.get('em_1'),
      () => grivo.settings.get(),
      () => grivo.settings.update({ default_from_email: 'hello@example.com' }),
      () => grivo.webhookEndpoints.list(),
      () => grivo.webhookEndpoints.create({ url: 'https://hooks.example.com/grivo', events: ['*'] }),
      () => grivo.webhookEndpoints.get('we_1'),
      () => grivo.webhookEndpoints.update('we_1', { enabled: true }),
      () => grivo.webhookEndpoints.delete('we_1'),
      () => grivo.webhookEndpoints.rollSecret('we_1'),
      () => grivo.webhookEndpoints.test('we_1'),
      () => grivo.webhookEndpoints.deliveries.list('we_1'),
      () => grivo.webhookEndpoints.deliveries.retry('we_1', 'whd_1'),
      () => grivo.events.list(),
      () => grivo.events.get('evt_1'),
      () => grivo.auditLog.list(),
      () => grivo.suppressions.list(),
      () => grivo.suppressions.create({ email: 'ada@example.com' }),
      () => grivo.suppressions.delete('ada@example.com'),
      () => grivo.inboundWebhooks.list(),
      () => grivo.inboundWebhooks.create({ provider: 'generic' }),
      () => grivo.inboundWebhooks.get('iw_1'),
      () => grivo.inboundWebhooks.delete('iw_1'),
      () => grivo.segments.list(),
      () =>
        grivo.segments.create({
          name: 'Customers',
          conditions: [{ field: 'tags', op: 'contains', value: 'customer' }],
        }),
      () => grivo.segments.count({ match: 'any' }),
      () => grivo.segments.get('seg_1'),
      () => grivo.segments.update('seg_1', { name: 'Clients' }),
      () => grivo.segments.delete('seg_1'),
      () => grivo.contacts.exportData('con_1'),
      () => grivo.contacts.erase('con_1'),
      () => grivo.contacts.activity('con_1'),
      () => grivo.contacts.resendConfirmation('con_1'),
      () => grivo.contacts.bulk.create({ action: 'tag', tags: ['vip'], ids: ['con_1'] }),
      () => grivo.contacts.bulk.get('blk_1'),
      () => grivo.tags.list(),
      () => grivo.campaigns.recipients('cmp_1'),
      () => grivo.campaigns.exportRecipients('cmp_1'),
      () => grivo.forms.list(),
      () => grivo.forms.create({ name: 'Newsletter', consent_text: 'I agree.' }),
      () => grivo.forms.get('frm_1'),
      () => grivo.forms.update('frm_1', { name: 'News' }),
      () => grivo.forms.delete('frm_1'),
    ];
    for (const call of calls) {
      const result = call();
      try {
        if (Symbol.asyncIterator in result) for await (const _ of result as AsyncIterable<unknown>) break;
        else await result;
      } catch {
        // The fake answers the same JSON to everything: only the request matters here.
      }
    }
    const reached = new Set(server.seen.map((r) => operationOf(r.method, r.url) ?? `unknown ${r.method} ${r.url}`));
    expect([...reached].filter((op) => op.startsWith('unknown'))).toEqual([]);
    expect(documented.filter((op) => !reached.has(op))).toEqual([]);
    expect(documented.length).toBeGreaterThanOrEqual(40);
  });
});
