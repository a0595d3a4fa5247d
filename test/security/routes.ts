import type { TestApp, Tenant } from '../helpers/app.js';

/**
 * Every /v1 route, for the shared security suite. A route that is not listed
 * here fails the suite's coverage test: new routes must join.
 */
export interface SecuredRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Fastify pattern, e.g. /v1/chatbots/:id */
  url: string;
  /** A valid body (for POST/PATCH). */
  body?: Record<string, unknown>;
  /** A valid non-JSON body (a file upload), instead of `body`. */
  raw?: { contentType: string; payload: string };
  /** Creates the resource `:id` refers to, in the tenant's workspace; returns its id (or every `:param` of the URL). */
  create?: (t: TestApp, tenant: Tenant) => Promise<string | Record<string, string>>;
  /** How to read the resource back, to prove another workspace's call left it untouched. */
  readBack?: string;
}

/** Routes served without an API key (rate-limited per IP instead). */
export const PUBLIC_ROUTES = ['GET /v1/openapi.json'];

async function createChatbot(t: TestApp, tenant: Tenant): Promise<string> {
  // No worker runs in the suite: a chatbot with a website stays `training`.
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/chatbots',
    headers: tenant.auth,
    payload: { name: 'Owned bot', website_url: 'https://example.com/' },
  });
  if (res.statusCode !== 201) throw new Error(`could not create chatbot: ${res.body}`);
  return res.json().id;
}

async function createConversation(t: TestApp, tenant: Tenant): Promise<Record<string, string>> {
  const id = await createChatbot(t, tenant);
  const res = await t.app.inject({
    method: 'POST',
    url: `/v1/chatbots/${id}/chat`,
    headers: tenant.auth,
    payload: { message: 'Hello?' },
  });
  if (res.statusCode !== 200) throw new Error(`could not chat: ${res.body}`);
  return { id, conversation_id: res.json().conversation_id };
}
const chatbot = { create: createChatbot, readBack: '/v1/chatbots/:id' };

async function createSource(t: TestApp, tenant: Tenant): Promise<Record<string, string>> {
  const id = await createChatbot(t, tenant);
  const res = await t.app.inject({
    method: 'POST',
    url: `/v1/chatbots/${id}/sources`,
    headers: tenant.auth,
    payload: { type: 'qna', question: 'Do you sell gift cards?', answer: 'Yes, from £10.' },
  });
  if (res.statusCode !== 201) throw new Error(`could not add a source: ${res.body}`);
  return { id, source_id: res.json().id };
}
const source = { create: createSource, readBack: '/v1/chatbots/:id/sources/:source_id' };

async function createRefusedOrigin(t: TestApp, tenant: Tenant): Promise<Record<string, string>> {
  const id = await createChatbot(t, tenant);
  const origin = 'https://not-allowed.example';
  const res = await t.app.inject({ method: 'GET', url: `/public/chatbots/${id}`, headers: { origin } });
  if (res.statusCode !== 403) throw new Error(`the widget was not refused: ${res.body}`);
  return { id, origin: encodeURIComponent(origin) };
}
const refusedOrigin = { create: createRefusedOrigin, readBack: '/v1/chatbots/:id/refused-origins' };

async function createWebhookEndpoint(t: TestApp, tenant: Tenant): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/webhook-endpoints',
    headers: tenant.auth,
    payload: { url: 'https://example.com/hook', events: ['*'] },
  });
  if (res.statusCode !== 201) throw new Error(`could not add a webhook endpoint: ${res.body}`);
  return res.json().id;
}
const webhookEndpoint = { create: createWebhookEndpoint, readBack: '/v1/webhook-endpoints/:id' };

/** A ping's delivery (no worker runs in the suite: it stays pending). */
async function pingWebhookEndpoint(
  t: TestApp,
  tenant: Tenant,
): Promise<{ id: string; delivery_id: string; event_id: string }> {
  const id = await createWebhookEndpoint(t, tenant);
  const res = await t.app.inject({ method: 'POST', url: `/v1/webhook-endpoints/${id}/test`, headers: tenant.auth });
  if (res.statusCode !== 202) throw new Error(`could not test a webhook endpoint: ${res.body}`);
  return { id, delivery_id: res.json().id, event_id: res.json().event_id };
}
async function createWebhookDelivery(t: TestApp, tenant: Tenant): Promise<Record<string, string>> {
  const { id, delivery_id } = await pingWebhookEndpoint(t, tenant);
  return { id, delivery_id };
}
async function createEvent(t: TestApp, tenant: Tenant): Promise<string> {
  return (await pingWebhookEndpoint(t, tenant)).event_id;
}

async function createSuppression(t: TestApp, tenant: Tenant): Promise<Record<string, string>> {
  const email = `owned-${Math.random().toString(36).slice(2)}@example.com`;
  const res = await t.app.inject({ method: 'POST', url: '/v1/suppressions', headers: tenant.auth, payload: { email } });
  if (res.statusCode !== 201) throw new Error(`could not suppress: ${res.body}`);
  return { email };
}
const suppression = { create: createSuppression, readBack: '/v1/suppressions?email=:email' };

async function createSegment(t: TestApp, tenant: Tenant): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/segments',
    headers: tenant.auth,
    payload: { name: 'Owned' },
  });
  if (res.statusCode !== 201) throw new Error(`could not create a segment: ${res.body}`);
  return res.json().id;
}
const segment = { create: createSegment, readBack: '/v1/segments/:id' };

async function createBulk(t: TestApp, tenant: Tenant): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/contacts/bulk',
    headers: tenant.auth,
    payload: { action: 'tag', tags: ['owned'], ids: ['ct_none'] },
  });
  if (res.statusCode !== 202) throw new Error(`could not start a bulk action: ${res.body}`);
  return res.json().id;
}

async function createInboundWebhook(t: TestApp, tenant: Tenant): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/inbound-webhooks',
    headers: tenant.auth,
    payload: { provider: 'generic' },
  });
  if (res.statusCode !== 201) throw new Error(`could not add an inbound webhook: ${res.body}`);
  return res.json().id;
}
const inboundWebhook = { create: createInboundWebhook, readBack: '/v1/inbound-webhooks/:id' };

async function createAnswer(t: TestApp, tenant: Tenant): Promise<Record<string, string>> {
  const { id, conversation_id } = (await createConversation(t, tenant)) as { id: string; conversation_id: string };
  const res = await t.app.inject({
    method: 'GET',
    url: `/v1/chatbots/${id}/conversations/${conversation_id}`,
    headers: tenant.auth,
  });
  return { id, message_id: res.json().messages[1].id, conversation_id };
}

async function createContact(t: TestApp, tenant: Tenant, status = 'subscribed'): Promise<string> {
  const email = `owned-${Math.random().toString(36).slice(2)}@example.com`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/contacts',
    headers: tenant.auth,
    payload: { email, status },
  });
  if (res.statusCode !== 201) throw new Error(`could not create contact: ${res.body}`);
  return res.json().id;
}

const CSV = { contentType: 'text/csv', payload: 'email,first_name\nada@example.com,Ada\n' };

async function createImport(t: TestApp, tenant: Tenant): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/contacts/import',
    headers: { ...tenant.auth, 'content-type': CSV.contentType },
    payload: CSV.payload,
  });
  if (res.statusCode !== 202) throw new Error(`could not start import: ${res.body}`);
  return res.json().id;
}

const CAMPAIGN = { name: 'News', subject: 'Hi', from_email: 'news@example.com', html: '<p>Hi {{ first_name }}</p>' };

async function createCampaign(t: TestApp, tenant: Tenant): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/campaigns', headers: tenant.auth, payload: CAMPAIGN });
  if (res.statusCode !== 201) throw new Error(`could not create campaign: ${res.body}`);
  return res.json().id;
}

/** A campaign moved through `actions` first (no worker runs in the suite, so a sending one stays sending). */
function campaignIn(...actions: Array<[string, object?]>) {
  return {
    readBack: '/v1/campaigns/:id',
    async create(t: TestApp, tenant: Tenant): Promise<string> {
      const id = await createCampaign(t, tenant);
      for (const [action, payload] of actions) {
        const res = await t.app.inject({
          method: 'POST',
          url: `/v1/campaigns/${id}/${action}`,
          headers: tenant.auth,
          payload: payload ?? {},
        });
        if (res.statusCode >= 300) throw new Error(`could not ${action} campaign: ${res.body}`);
      }
      return id;
    },
  };
}
const campaign = campaignIn();

const TEMPLATE = { name: 'Receipt', subject: 'Your receipt', html: '<p>Thanks, {{ name }}</p>' };

async function createTemplate(t: TestApp, tenant: Tenant): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/templates', headers: tenant.auth, payload: TEMPLATE });
  if (res.statusCode !== 201) throw new Error(`could not create template: ${res.body}`);
  return res.json().id;
}
const template = { create: createTemplate, readBack: '/v1/templates/:id' };

const FORM = { name: 'Newsletter', consent_text: 'I agree to receive the newsletter.' };

async function createForm(t: TestApp, tenant: Tenant): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/forms', headers: tenant.auth, payload: FORM });
  if (res.statusCode !== 201) throw new Error(`could not create form: ${res.body}`);
  return res.json().id;
}
const form = { create: createForm, readBack: '/v1/forms/:id' };

const EMAIL = { to: 'jane@example.com', from_email: 'shop@example.com', subject: 'Hi', text: 'Hello {{ email }}' };

/** A queued email (no worker runs in the suite: it stays queued). */
async function createEmail(t: TestApp, tenant: Tenant): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/emails', headers: tenant.auth, payload: EMAIL });
  if (res.statusCode !== 202) throw new Error(`could not send email: ${res.body}`);
  return res.json().id;
}
const later = () => ({ send_at: new Date(Date.now() + 3600_000).toISOString() });

export const SECURED_ROUTES: SecuredRoute[] = [
  { method: 'GET', url: '/v1/chatbots' },
  { method: 'POST', url: '/v1/chatbots', body: { name: 'Bot' } },
  { method: 'GET', url: '/v1/chatbots/:id', create: createChatbot, readBack: '/v1/chatbots/:id' },
  {
    method: 'PATCH',
    url: '/v1/chatbots/:id',
    body: { name: 'Renamed' },
    create: createChatbot,
    readBack: '/v1/chatbots/:id',
  },
  { method: 'DELETE', url: '/v1/chatbots/:id', create: createChatbot, readBack: '/v1/chatbots/:id' },
  { method: 'POST', url: '/v1/chatbots/:id/train', ...chatbot },
  { method: 'GET', url: '/v1/chatbots/:id/pages', ...chatbot },
  { method: 'POST', url: '/v1/chatbots/:id/chat', body: { message: 'What are your opening hours?' }, ...chatbot },
  { method: 'POST', url: '/v1/chatbots/:id/search', body: { query: 'opening hours', limit: 3 }, ...chatbot },
  { method: 'GET', url: '/v1/chatbots/:id/conversations', ...chatbot },
  { method: 'GET', url: '/v1/chatbots/:id/analytics', ...chatbot },
  { method: 'GET', url: '/v1/chatbots/:id/leads', ...chatbot },
  { method: 'GET', url: '/v1/chatbots/:id/leads/export', ...chatbot },
  { method: 'GET', url: '/v1/chatbots/:id/refused-origins', ...chatbot },
  { method: 'DELETE', url: '/v1/chatbots/:id/refused-origins/:origin', ...refusedOrigin },
  { method: 'GET', url: '/v1/chatbots/:id/sources', ...chatbot },
  {
    method: 'POST',
    url: '/v1/chatbots/:id/sources',
    body: { type: 'text', title: 'Delivery', text: 'We deliver in two days.' },
    ...chatbot,
  },
  { method: 'GET', url: '/v1/chatbots/:id/sources/:source_id', ...source },
  { method: 'PATCH', url: '/v1/chatbots/:id/sources/:source_id', body: { answer: 'No.' }, ...source },
  { method: 'POST', url: '/v1/chatbots/:id/sources/:source_id/train', ...source },
  { method: 'DELETE', url: '/v1/chatbots/:id/sources/:source_id', ...source },
  {
    method: 'POST',
    url: '/v1/chatbots/:id/messages/:message_id/feedback',
    body: { rating: 'down', comment: 'Wrong.' },
    create: createAnswer,
    readBack: '/v1/chatbots/:id/conversations/:conversation_id',
  },
  {
    method: 'GET',
    url: '/v1/chatbots/:id/conversations/:conversation_id',
    create: createConversation,
    readBack: '/v1/chatbots/:id/conversations/:conversation_id',
  },
  { method: 'GET', url: '/v1/contacts' },
  { method: 'POST', url: '/v1/contacts', body: { email: 'new@example.com' } },
  { method: 'GET', url: '/v1/contacts/export' },
  { method: 'POST', url: '/v1/contacts/import', raw: CSV },
  { method: 'GET', url: '/v1/contacts/imports' },
  { method: 'POST', url: '/v1/contacts/bulk', body: { action: 'tag', tags: ['vip'], filter: { tag: 'none-such' } } },
  { method: 'GET', url: '/v1/contacts/bulk/:id', create: createBulk, readBack: '/v1/contacts/bulk/:id' },
  { method: 'GET', url: '/v1/tags' },
  { method: 'GET', url: '/v1/contacts/imports/:id', create: createImport, readBack: '/v1/contacts/imports/:id' },
  { method: 'GET', url: '/v1/contacts/:id', create: createContact, readBack: '/v1/contacts/:id' },
  { method: 'GET', url: '/v1/contacts/:id/activity', create: createContact, readBack: '/v1/contacts/:id' },
  {
    method: 'PATCH',
    url: '/v1/contacts/:id',
    body: { first_name: 'Renamed' },
    create: createContact,
    readBack: '/v1/contacts/:id',
  },
  { method: 'DELETE', url: '/v1/contacts/:id', create: createContact, readBack: '/v1/contacts/:id' },
  { method: 'GET', url: '/v1/contacts/:id/export', create: createContact, readBack: '/v1/contacts/:id' },
  { method: 'POST', url: '/v1/contacts/:id/erase', create: createContact, readBack: '/v1/contacts/:id' },
  {
    method: 'POST',
    url: '/v1/contacts/:id/resend-confirmation',
    create: (t, tenant) => createContact(t, tenant, 'pending'),
    readBack: '/v1/contacts/:id',
  },
  { method: 'GET', url: '/v1/campaigns' },
  { method: 'POST', url: '/v1/campaigns', body: CAMPAIGN },
  { method: 'POST', url: '/v1/campaigns/preview', body: { subject: 'Hi {{ first_name }}', html: '<p>Hi</p>' } },
  { method: 'POST', url: '/v1/campaigns/audience', body: { tags: ['vip'], match: 'any' } },
  { method: 'GET', url: '/v1/campaigns/:id', ...campaign },
  { method: 'PATCH', url: '/v1/campaigns/:id', body: { name: 'Renamed' }, ...campaign },
  { method: 'DELETE', url: '/v1/campaigns/:id', ...campaign },
  { method: 'POST', url: '/v1/campaigns/:id/send', body: {}, ...campaign },
  { method: 'POST', url: '/v1/campaigns/:id/test', body: { emails: ['me@example.com'] }, ...campaign },
  { method: 'POST', url: '/v1/campaigns/:id/pause', ...campaignIn(['send']) },
  { method: 'POST', url: '/v1/campaigns/:id/resume', ...campaignIn(['send'], ['pause']) },
  { method: 'POST', url: '/v1/campaigns/:id/cancel', ...campaignIn(['send', later()]) },
  { method: 'GET', url: '/v1/campaigns/:id/stats', ...campaign },
  { method: 'GET', url: '/v1/campaigns/:id/recipients', ...campaign },
  { method: 'GET', url: '/v1/campaigns/:id/recipients/export', ...campaign },
  { method: 'POST', url: '/v1/campaigns/:id/duplicate', ...campaign },
  { method: 'GET', url: '/v1/forms' },
  { method: 'POST', url: '/v1/forms', body: FORM },
  { method: 'GET', url: '/v1/forms/:id', ...form },
  { method: 'PATCH', url: '/v1/forms/:id', body: { name: 'Renamed' }, ...form },
  { method: 'DELETE', url: '/v1/forms/:id', ...form },
  { method: 'GET', url: '/v1/templates' },
  { method: 'GET', url: '/v1/templates/starters' },
  { method: 'POST', url: '/v1/templates', body: TEMPLATE },
  { method: 'GET', url: '/v1/templates/:id', ...template },
  { method: 'PATCH', url: '/v1/templates/:id', body: { name: 'Renamed' }, ...template },
  { method: 'DELETE', url: '/v1/templates/:id', ...template },
  { method: 'GET', url: '/v1/emails' },
  { method: 'POST', url: '/v1/emails', body: EMAIL },
  { method: 'GET', url: '/v1/emails/:id', create: createEmail, readBack: '/v1/emails/:id' },
  { method: 'GET', url: '/v1/settings' },
  { method: 'PATCH', url: '/v1/settings', body: { default_from_name: 'Shop' } },
  { method: 'POST', url: '/v1/webhook-endpoints', body: { url: 'https://example.com/hook', events: ['*'] } },
  { method: 'GET', url: '/v1/webhook-endpoints' },
  { method: 'GET', url: '/v1/webhook-endpoints/:id', ...webhookEndpoint },
  { method: 'PATCH', url: '/v1/webhook-endpoints/:id', body: { description: 'Renamed' }, ...webhookEndpoint },
  { method: 'DELETE', url: '/v1/webhook-endpoints/:id', ...webhookEndpoint },
  { method: 'POST', url: '/v1/webhook-endpoints/:id/roll-secret', ...webhookEndpoint },
  { method: 'POST', url: '/v1/webhook-endpoints/:id/test', ...webhookEndpoint },
  { method: 'GET', url: '/v1/webhook-endpoints/:id/deliveries', ...webhookEndpoint },
  {
    method: 'POST',
    url: '/v1/webhook-endpoints/:id/deliveries/:delivery_id/retry',
    create: createWebhookDelivery,
    readBack: '/v1/webhook-endpoints/:id/deliveries',
  },
  { method: 'GET', url: '/v1/events' },
  { method: 'GET', url: '/v1/events/:id', create: createEvent, readBack: '/v1/events/:id' },
  { method: 'GET', url: '/v1/audit-log' },
  { method: 'GET', url: '/v1/suppressions' },
  { method: 'POST', url: '/v1/suppressions', body: { email: 'blocked@example.com' } },
  { method: 'DELETE', url: '/v1/suppressions/:email', ...suppression },
  { method: 'GET', url: '/v1/segments' },
  {
    method: 'POST',
    url: '/v1/segments',
    body: { name: 'Customers', conditions: [{ field: 'tags', op: 'contains', value: 'customer' }] },
  },
  { method: 'POST', url: '/v1/segments/count', body: { match: 'any', conditions: [] } },
  { method: 'GET', url: '/v1/segments/:id', ...segment },
  { method: 'PATCH', url: '/v1/segments/:id', body: { name: 'Renamed' }, ...segment },
  { method: 'DELETE', url: '/v1/segments/:id', ...segment },
  { method: 'GET', url: '/v1/inbound-webhooks' },
  { method: 'POST', url: '/v1/inbound-webhooks', body: { provider: 'generic' } },
  { method: 'GET', url: '/v1/inbound-webhooks/:id', ...inboundWebhook },
  { method: 'DELETE', url: '/v1/inbound-webhooks/:id', ...inboundWebhook },
];
