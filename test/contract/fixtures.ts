import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { resetToken } from '../../src/features/accounts/recovery/reset-token.js';
import { invitationToken } from '../../src/features/members/invite-token.js';
import { STARTERS } from '../../src/features/templates/starters/starters.js';
import { newId, randomBase62 } from '../../src/lib/ids.js';
import { isoIn } from '../../src/lib/time.js';
import type { TestApp, Tenant } from '../helpers/app.js';
import type { FormFile } from './forms.js';
import { PNG, type SampleFiles } from './samples.js';
import { email, text } from './schema-arbitrary.js';

// What the contract test aims at: resources of every kind in the caller's
// workspace (and in a stranger's), a dashboard session, a widget chatbot
// with an allowed origin — and, per operation, what the document cannot
// say: which request consumes its resource (a DELETE, a send), and which
// fields name another resource.

export const ORIGIN = 'https://contract.example';
const PASSWORD = 'correct horse battery staple';

export interface Session {
  cookie: string;
  csrf: string;
  /** The workspace the session is signed in to (its account's own, not the API key's). */
  workspaceId: string;
}

/** One caller's resources, by the path parameter names that refer to them. */
export interface Owned {
  tenant: Tenant;
  session: Session;
  email: string;
  bot: string;
  widgetBot: string;
  conversation: string;
  message: string;
  source: string;
  contact: string;
  campaign: string;
  import: string;
  apiKey: string;
  widgetConversation: string;
  widgetToken: string;
  widgetMessage: string;
  template: string;
  transactionalEmail: string;
  webhookEndpoint: string;
  delivery: string;
  event: string;
  inboundWebhook: string;
  suppression: string;
  segment: string;
  form: string;
  bulk: string;
}

export interface World {
  t: TestApp;
  owner: Owned;
  stranger: Owned;
  samples: SampleFiles;
}

/** The largest file an upload may be: the contract test lowers the server's limits to it (see attack.test.ts's ENV). */
export const FILE_LIMIT = 48 * 1024;

/** Sends a request as `who` (its key, or its session on /dashboard) and fails unless it answers `expected`. */
export async function call(
  t: TestApp,
  who: { tenant: Tenant; session: Session },
  method: string,
  url: string,
  payload?: object,
  expected = [200, 201, 202],
): Promise<any> {
  const headers: Record<string, string> = url.startsWith('/dashboard/')
    ? { cookie: who.session.cookie, 'x-csrf-token': who.session.csrf }
    : { ...who.tenant.auth };
  const res = await t.app.inject({ method: method as 'POST', url, headers, ...(payload ? { payload } : {}) });
  if (!expected.includes(res.statusCode)) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.statusCode === 204 ? undefined : res.json();
}

async function signUp(t: TestApp, address: string): Promise<Session> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/dashboard/signup',
    payload: { email: address, password: PASSWORD },
  });
  if (res.statusCode !== 201) throw new Error(`signup: ${res.statusCode} ${res.body}`);
  return {
    cookie: String(res.headers['set-cookie']).split(';')[0]!,
    csrf: res.json().csrf_token,
    workspaceId: res.json().workspace.id,
  };
}

/** A new session of an existing account (one request signs it out). */
export async function logIn(t: TestApp, address: string): Promise<Session> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/dashboard/login',
    payload: { email: address, password: PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login: ${res.statusCode} ${res.body}`);
  return {
    cookie: String(res.headers['set-cookie']).split(';')[0]!,
    csrf: res.json().csrf_token,
    workspaceId: res.json().workspace.id,
  };
}

export async function createOwned(t: TestApp, tenant: Tenant, name: string, domain: string): Promise<Owned> {
  const address = `${name}@contract.example`;
  const session = await signUp(t, address);
  const who = { tenant, session };
  const bot = (await call(t, who, 'POST', '/v1/chatbots', { name: `${name} bot`, website_url: 'https://example.com/' }))
    .id;
  const widgetBot = (
    await call(t, who, 'POST', '/v1/chatbots', {
      name: `${name} widget`,
      allowed_domains: [domain],
      lead_capture: { enabled: true, when: 'start' },
    })
  ).id;
  const conversation = (await call(t, who, 'POST', `/v1/chatbots/${bot}/chat`, { message: 'Hello?' })).conversation_id;
  const read = await call(t, who, 'GET', `/v1/chatbots/${bot}/conversations/${conversation}`);
  const source = (await newSource(t, who, bot)).source_id;
  const widget = await t.app.inject({
    method: 'POST',
    url: `/public/chatbots/${widgetBot}/chat`,
    headers: { origin: `https://${domain}` },
    payload: { message: 'Are you open on Sunday?' },
  });
  if (widget.statusCode !== 200) throw new Error(`widget chat: ${widget.body}`);
  const widgetConversation = widget.json().conversation_id as string;
  const widgetToken = widget.json().conversation_token as string;
  const widgetRead = await t.app.inject({
    method: 'GET',
    url: `/public/chatbots/${widgetBot}/conversations/${widgetConversation}`,
    headers: { origin: `https://${domain}`, 'x-conversation-token': widgetToken },
  });
  const upload = await t.app.inject({
    method: 'POST',
    url: '/v1/contacts/import',
    headers: { ...tenant.auth, 'content-type': 'text/csv' },
    payload: 'email,first_name\nada@example.com,Ada\n',
  });
  if (upload.statusCode !== 202) throw new Error(`import: ${upload.body}`);
  const template = (await newTemplate(t, who)).id;
  const webhookEndpoint = (await newEndpoint(t, who)).id;
  const delivery = (await call(t, who, 'POST', `/v1/webhook-endpoints/${webhookEndpoint}/test`)).id as string;
  const events = await call(t, who, 'GET', '/v1/events?per_page=1');
  const suppression = (await newSuppression(t, who)).email;
  const segment = (await newSegment(t, who)).id;
  return {
    tenant,
    session,
    email: address,
    template,
    transactionalEmail: (
      await call(t, who, 'POST', '/v1/emails', {
        to: `reader@${domain}`,
        from_email: `news@${domain}`,
        subject: 'Your receipt',
        text: 'Thanks.',
      })
    ).id,
    webhookEndpoint,
    delivery,
    event: events.data[0].id,
    inboundWebhook: (await newInboundWebhook(t, who)).id,
    suppression,
    segment,
    form: (await newForm(t, who)).id,
    bulk: (await call(t, who, 'POST', '/v1/contacts/bulk', { action: 'tag', tags: ['contract'], filter: {} })).id,
    bot,
    widgetBot,
    conversation,
    message: read.messages.at(-1).id,
    source,
    contact: (await call(t, who, 'POST', '/v1/contacts', { email: `first@${domain}`, first_name: 'First' })).id,
    campaign: (await newCampaign(t, who)).id,
    import: upload.json().id,
    apiKey: (await call(t, who, 'POST', '/dashboard/api-keys', { name: 'Contract' })).id,
    widgetConversation,
    widgetToken,
    widgetMessage: widgetRead.json().messages.at(-1).id,
  };
}

async function newSource(t: TestApp, who: Owned | { tenant: Tenant; session: Session }, bot: string) {
  const res = await call(t, who, 'POST', `/v1/chatbots/${bot}/sources`, {
    type: 'qna',
    question: 'Do you sell gift cards?',
    answer: 'Yes, from £10.',
  });
  return { id: bot, source_id: res.id as string };
}

/** A draft campaign, then moved through `actions` (no worker runs: a sending one stays sending). */
async function newCampaign(t: TestApp, who: { tenant: Tenant; session: Session }, ...actions: Array<[string, object]>) {
  const campaign = await call(t, who, 'POST', '/v1/campaigns', {
    name: 'News',
    subject: 'Hi {{ first_name }}',
    from_email: 'news@example.com',
    html: '<p>Hi {{ first_name }}</p>',
  });
  for (const [action, payload] of actions)
    await call(t, who, 'POST', `/v1/campaigns/${campaign.id}/${action}`, payload);
  return { id: campaign.id as string };
}

async function newTemplate(t: TestApp, who: { tenant: Tenant; session: Session }) {
  const res = await call(t, who, 'POST', '/v1/templates', {
    name: 'Receipt',
    subject: 'Your order {{ order_id }}',
    html: '<p>Thanks, {{ name | default: "friend" }}.</p>',
  });
  return { id: res.id as string };
}

async function newEndpoint(t: TestApp, who: { tenant: Tenant; session: Session }) {
  const res = await call(t, who, 'POST', '/v1/webhook-endpoints', {
    url: 'https://hooks.example.com/grivo',
    events: ['contact.created'],
  });
  return { id: res.id as string };
}

async function newSuppression(t: TestApp, who: { tenant: Tenant; session: Session }) {
  const res = await call(t, who, 'POST', '/v1/suppressions', { email: `gone-${Math.random()}@example.com` });
  return { email: res.email as string };
}

async function newInboundWebhook(t: TestApp, who: { tenant: Tenant; session: Session }) {
  const res = await call(t, who, 'POST', '/v1/inbound-webhooks', { provider: 'postmark' });
  return { id: res.id as string };
}

async function newSegment(t: TestApp, who: { tenant: Tenant; session: Session }) {
  const res = await call(t, who, 'POST', '/v1/segments', {
    name: 'Locals',
    conditions: [{ field: 'email', op: 'contains', value: '@' }],
  });
  return { id: res.id as string };
}

async function newForm(t: TestApp, who: { tenant: Tenant; session: Session }) {
  const res = await call(t, who, 'POST', '/v1/forms', {
    name: 'Newsletter',
    consent_text: 'Yes, send me the monthly newsletter.',
  });
  return { id: res.id as string };
}

async function newContact(t: TestApp, who: { tenant: Tenant; session: Session }, status = 'subscribed') {
  const res = await call(t, who, 'POST', '/v1/contacts', { email: `fresh-${Math.random()}@example.com`, status });
  return { id: res.id as string };
}

/** Segment conditions the server takes: the schema says a field's name, not which operators and values suit it. */
const conditions = fc.constantFrom(
  [],
  [{ field: 'email', op: 'contains', value: 'example' }],
  [
    { field: 'tags', op: 'contains', value: 'vip' },
    { field: 'created_at', op: 'after', value: '2020-01-01T00:00:00Z' },
  ],
  [{ field: 'attributes.plan', op: 'in', value: ['pro', 'team'] }],
  [{ field: 'opened', op: 'exists', value: { within_days: 30 } }],
  [{ field: 'status', op: 'eq', value: 'subscribed' }],
);

/** Each field once, the email among them and required: what the schema's array cannot say. */
const formFieldsTaken = (fields: Array<{ key: string; required?: boolean }> | undefined) =>
  fields === undefined ||
  (new Set(fields.map((f) => f.key)).size === fields.length &&
    fields.some((f) => f.key === 'email' && f.required !== false));

/** A campaign's audience: tags, a segment of the caller's, or everyone. */
const audience = (w: World) =>
  fc.constantFrom<Record<string, unknown> | undefined>(
    undefined,
    { tags: ['vip'], match: 'any' },
    { tags: ['vip', 'news'], match: 'all' },
    { segment: w.owner.segment },
  );

/** SendGrid's Signed Event Webhook verification key: a P-256 public key, base64 DER, as SendGrid shows it. */
const SENDGRID_KEY = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  .publicKey.export({ type: 'spki', format: 'der' })
  .toString('base64');

/** The resources a path's parameters name, for one caller. */
export function paramsOf(path: string, o: Owned): Record<string, string> {
  if (path.startsWith('/public/'))
    return { id: o.widgetBot, conversation_id: o.widgetConversation, message_id: o.widgetMessage };
  if (path.startsWith('/v1/chatbots/'))
    return { id: o.bot, conversation_id: o.conversation, message_id: o.message, source_id: o.source };
  if (path.startsWith('/v1/contacts/imports/')) return { id: o.import };
  if (path.startsWith('/v1/contacts/bulk/')) return { id: o.bulk };
  if (path.startsWith('/v1/contacts/')) return { id: o.contact };
  if (path.startsWith('/v1/campaigns/')) return { id: o.campaign };
  if (path.startsWith('/dashboard/api-keys/')) return { id: o.apiKey };
  if (path.startsWith('/v1/templates/')) return { id: o.template };
  if (path.startsWith('/v1/segments/')) return { id: o.segment };
  if (path.startsWith('/v1/forms/')) return { id: o.form };
  if (path.startsWith('/v1/emails/')) return { id: o.transactionalEmail };
  if (path.startsWith('/v1/webhook-endpoints/')) return { id: o.webhookEndpoint, delivery_id: o.delivery };
  if (path.startsWith('/v1/events/')) return { id: o.event };
  if (path.startsWith('/v1/inbound-webhooks/')) return { id: o.inboundWebhook };
  if (path.startsWith('/v1/suppressions/')) return { email: o.suppression };
  return {};
}

/** What a valid request of one operation needs beyond its schemas. */
export interface OperationFixture {
  /** Path parameters of resources a valid request consumes, made afresh for each one. */
  fresh?(w: World): Promise<Record<string, string>>;
  /** A new session for each valid request (it signs out). */
  freshSession?: boolean;
  /** Body fields a valid request uses up (a one-time token), made afresh for each one. */
  freshBody?(w: World): Promise<Record<string, unknown>>;
  /** Fields that name other resources, or must be what the server knows; `undefined` leaves a field out. */
  body?(w: World): fc.Arbitrary<Record<string, unknown>>;
  /** Query parameters likewise. */
  query?(w: World): fc.Arbitrary<Record<string, string | undefined>>;
  /** Keeps only the generated bodies this way of sending can carry (a file source takes multipart). */
  keep?(body: any): boolean;
  /** A body the document does not describe as a schema (a CSV file). */
  raw?: fc.Arbitrary<{ contentType: string; payload: string }>;
  /** The content of a form's file parts, by part name (default: a small text file). */
  files?(w: World): Record<string, fc.Arbitrary<FormFile>>;
  /** Files a form's file part must refuse, by what is wrong with them. */
  badFiles?(w: World): Record<string, FormFile>;
  /** The most bytes a form's file may hold (the server's limit as the test sets it). */
  fileLimit?: number;
}

const owner = (w: World) => ({ tenant: w.owner.tenant, session: w.owner.session });

const FAKE_HASH = 'scrypt$1$1$1$x$y';

/** A new member of the workspace, written straight to the database (no invitation, no password hashing). */
async function newMember(t: TestApp, workspaceId: string): Promise<{ user_id: string }> {
  const now = new Date().toISOString();
  const id = newId('usr');
  const email = `member.${randomBase62(8)}@example.com`;
  await t.database.db
    .insertInto('users')
    .values({ id, email, email_key: email, name: null, password_hash: FAKE_HASH, created_at: now, updated_at: now })
    .execute();
  await t.database.db
    .insertInto('memberships')
    .values({ workspace_id: workspaceId, user_id: id, role: 'member', created_at: now })
    .execute();
  return { user_id: id };
}

/** A pending invitation of a new address, through the dashboard route. */
async function newInvitation(w: World): Promise<{ id: string }> {
  const email = `invitee.${randomBase62(8)}@example.com`;
  return { id: (await call(w.t, owner(w), 'POST', '/dashboard/invitations', { email, role: 'member' })).id };
}

/**
 * The token of a reset link of a new member of the workspace, as the mail would
 * carry it (written straight to the database: no password hashing, no mail).
 */
async function newResetToken(t: TestApp, workspaceId: string): Promise<{ token: string }> {
  const { user_id } = await newMember(t, workspaceId);
  const now = new Date().toISOString();
  const reset = { id: newId('prs'), user_id, created_at: now, expires_at: isoIn(3_600_000), used_at: null };
  await t.database.db.insertInto('password_resets').values(reset).execute();
  return { token: resetToken(t.services.signer.secret, reset.id, FAKE_HASH) };
}
const maybe = <T>(value: T) => fc.constantFrom<T | undefined>(value, undefined);
const future = fc.integer({ min: 3_600, max: 30 * 86_400 }).map((s) => new Date(Date.now() + s * 1000).toISOString());

const csv = fc
  .array(fc.tuple(email, fc.constantFrom('Ada', 'Grace', 'Émilie', '')), { minLength: 1, maxLength: 5 })
  .map((rows) => ({
    contentType: 'text/csv',
    payload: `email,first_name\n${rows.map((r) => r.join(',')).join('\n')}\n`,
  }));

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);

/** A CSV file as a form's part carries it; browsers on Windows call it application/vnd.ms-excel. */
const csvFile: fc.Arbitrary<FormFile> = fc
  .tuple(csv, label, fc.constantFrom('text/csv', 'application/vnd.ms-excel', 'application/octet-stream', undefined))
  .map(([file, name, type]) => ({
    filename: `${name}.csv`,
    bytes: Buffer.from(file.payload),
    ...(type ? { type } : {}),
  }));

/** A file a source can be: mostly Markdown, text or HTML; at times a real PDF or Word document. */
const sourceFile = (w: World): fc.Arbitrary<FormFile> => {
  const words = text(1, 120);
  const textual = (ext: string, types: Array<string | undefined>, content: fc.Arbitrary<string>) =>
    fc.tuple(label, fc.constantFrom(...types), content).map(([name, type, body]) => ({
      filename: `${name}.${ext}`,
      bytes: Buffer.from(body),
      ...(type ? { type } : {}),
    }));
  return fc.oneof(
    {
      weight: 3,
      arbitrary: textual(
        'md',
        ['text/markdown', 'application/octet-stream', undefined],
        fc.tuple(words, words).map(([h, p]) => `# ${h}\n\n${p}\n`),
      ),
    },
    { weight: 2, arbitrary: textual('txt', ['text/plain', undefined], words) },
    {
      weight: 2,
      arbitrary: textual(
        'html',
        ['text/html'],
        fc
          .tuple(words, words)
          .map(
            ([h, p]) =>
              `<!doctype html><html><head><title>${h}</title></head><body><h1>${h}</h1><p>${p}</p></body></html>`,
          ),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<FormFile>(
        { filename: 'hours.pdf', type: 'application/pdf', bytes: w.samples.pdf },
        { filename: 'hours.pdf', type: 'application/octet-stream', bytes: w.samples.pdf },
        {
          filename: 'returns.docx',
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          bytes: w.samples.docx,
        },
      ),
    },
  );
};

/** Per operation (as the document spells it), what its valid requests need. */
export const FIXTURES: Record<string, OperationFixture> = {
  'DELETE /v1/chatbots/{id}': {
    fresh: async (w) => ({ id: (await call(w.t, owner(w), 'POST', '/v1/chatbots', { name: 'Doomed' })).id }),
  },
  'POST /v1/chatbots/{id}/train': {
    fresh: async (w) => ({
      id: (await call(w.t, owner(w), 'POST', '/v1/chatbots', { name: 'Trainee', urls: ['https://example.com/a'] })).id,
    }),
  },
  'POST /v1/chatbots/{id}/chat': {
    body: (w) => fc.record({ conversation_id: maybe(w.owner.conversation) }),
  },
  'POST /v1/chatbots/{id}/sources': {
    // A chatbot crawls one website, one sitemap and one list of URLs: a new chatbot each time.
    fresh: async (w) => ({ id: (await call(w.t, owner(w), 'POST', '/v1/chatbots', { name: 'Learner' })).id }),
    keep: (body) => body.type !== 'file' && !(body.type === 'qna' && body.from_message_id !== undefined),
    files: (w) => ({ file: sourceFile(w) }),
    badFiles: (w) => ({
      'an empty file': { filename: 'empty.md', type: 'text/markdown', bytes: new Uint8Array(0) },
      'a PNG named .pdf': { filename: 'scan.pdf', type: 'application/pdf', bytes: PNG },
      'a PNG': { filename: 'photo.png', type: 'image/png', bytes: PNG },
      'text named .pdf': { filename: 'report.pdf', type: 'application/pdf', bytes: Buffer.from('just text') },
      'a PDF named .docx': { filename: 'notes.docx', type: 'application/octet-stream', bytes: w.samples.pdf },
      'bytes that are not UTF-8': { filename: 'odd.txt', bytes: Buffer.from([0x41, 0xc3, 0x28, 0x42]) },
    }),
    fileLimit: FILE_LIMIT,
  },
  'PATCH /v1/chatbots/{id}/sources/{source_id}': {
    // The base source is a Q&A: the other fields belong to other kinds of source.
    body: () => fc.constant({ title: undefined, text: undefined, url: undefined, crawl: undefined, urls: undefined }),
  },
  'DELETE /v1/chatbots/{id}/sources/{source_id}': {
    fresh: (w) => newSource(w.t, owner(w), w.owner.bot),
  },
  'DELETE /v1/chatbots/{id}/refused-origins/{origin}': {
    // A website the widget was just refused on (a page of another origin asking for the chatbot).
    fresh: async (w) => {
      const origin = `https://site-${Math.random().toString(36).slice(2)}.example`;
      const res = await w.t.app.inject({ method: 'GET', url: `/public/chatbots/${w.owner.bot}`, headers: { origin } });
      if (res.statusCode !== 403) throw new Error(`the widget was not refused: ${res.body}`);
      return { id: w.owner.bot, origin };
    },
  },
  'GET /v1/chatbots/{id}/analytics': {
    // A range of days that ends after it starts.
    query: () =>
      fc
        .option(fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 90 })), { nil: undefined })
        .map((range) => {
          if (!range) return { from: undefined, to: undefined };
          const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
          return { from: day(range[0]), to: day(range[0] + range[1]) };
        }),
  },
  'GET /v1/contacts': {
    query: (w) => fc.record({ starting_after: maybe(w.owner.contact), segment: maybe(w.owner.segment) }),
  },
  'POST /v1/contacts/{id}/erase': { fresh: (w) => newContact(w.t, owner(w)) },
  'POST /v1/contacts/{id}/resend-confirmation': { fresh: (w) => newContact(w.t, owner(w), 'pending') },
  'POST /v1/contacts/bulk': {
    // Exactly one selector; only tagging, so the owner's contacts stay for the other operations.
    body: (w) =>
      fc
        .tuple(
          fc.constantFrom('tag', 'untag'),
          fc.constantFrom<Record<string, unknown>>(
            { ids: [w.owner.contact] },
            { segment: w.owner.segment },
            { filter: { tag: 'vip' } },
          ),
        )
        .map(([action, selector]) => ({
          action,
          tags: ['contract'],
          ids: undefined,
          segment: undefined,
          filter: undefined,
          ...selector,
        })),
  },
  'POST /v1/segments': { body: () => fc.record({ conditions }) },
  'POST /v1/segments/count': { body: () => fc.record({ conditions }) },
  'PATCH /v1/segments/{id}': { body: () => fc.record({ conditions: maybe([{ field: 'phone', op: 'exists' }]) }) },
  'DELETE /v1/segments/{id}': { fresh: (w) => newSegment(w.t, owner(w)) },
  'POST /v1/forms': { keep: (body) => formFieldsTaken(body.fields) },
  'PATCH /v1/forms/{id}': { keep: (body) => formFieldsTaken(body.fields) },
  'DELETE /v1/forms/{id}': { fresh: (w) => newForm(w.t, owner(w)) },
  'DELETE /v1/contacts/{id}': {
    fresh: async (w) => ({
      id: (await call(w.t, owner(w), 'POST', '/v1/contacts', { email: `doomed-${Math.random()}@example.com` })).id,
    }),
  },
  'POST /v1/contacts/import': { raw: csv, files: () => ({ file: csvFile }), fileLimit: FILE_LIMIT },
  'POST /v1/campaigns': {
    // A campaign's subject and html come from the request or from a template; its audience is tags or a segment.
    body: (w) => fc.record({ template_id: maybe(w.owner.template), audience: audience(w) }),
    keep: (body) => body.template_id !== undefined || (body.subject !== undefined && body.html !== undefined),
  },
  'PATCH /v1/campaigns/{id}': { body: (w) => fc.record({ audience: audience(w) }) },
  'POST /v1/templates': {
    // A starter design fills what is left out; without one, name, subject and one body are needed.
    body: () => fc.record({ starter: fc.constantFrom(undefined, ...STARTERS.map((s) => s.id)) }),
    keep: (body) =>
      body.starter !== undefined
        ? body.html === undefined || body.markdown === undefined
        : body.name !== undefined &&
          body.subject !== undefined &&
          (body.html === undefined) !== (body.markdown === undefined),
  },
  'PATCH /v1/templates/{id}': { keep: (body) => body.html === undefined || body.markdown === undefined },
  'DELETE /v1/templates/{id}': { fresh: (w) => newTemplate(w.t, owner(w)) },
  'POST /v1/emails': {
    // A sender is given, since another request may clear the workspace's default one.
    body: (w) => fc.record({ template_id: maybe(w.owner.template), from_email: email }),
    keep: (body) =>
      body.template_id !== undefined ||
      (body.subject !== undefined && (body.html !== undefined || body.text !== undefined)),
  },
  'DELETE /v1/webhook-endpoints/{id}': { fresh: (w) => newEndpoint(w.t, owner(w)) },
  'DELETE /v1/suppressions/{email}': { fresh: (w) => newSuppression(w.t, owner(w)) },
  'POST /v1/inbound-webhooks': {
    // Which signing key a provider takes is in the field's description, not in its schema.
    body: () =>
      fc.oneof(
        fc.constant({ provider: 'ses', signing_key: undefined }),
        fc.constant({ provider: 'sendgrid', signing_key: SENDGRID_KEY }),
        fc.record({ provider: fc.constant('mailgun'), signing_key: text(16, 64) }),
        fc.record({ provider: fc.constant('postmark'), signing_key: maybe('grivo:correct-horse') }),
        fc.record({ provider: fc.constant('generic'), signing_key: maybe('a-secret-of-20-chars') }),
      ),
  },
  'DELETE /v1/inbound-webhooks/{id}': { fresh: (w) => newInboundWebhook(w.t, owner(w)) },
  'POST /v1/campaigns/preview': {
    body: (w) => fc.record({ contact_id: maybe(w.owner.contact) }),
  },
  'POST /v1/campaigns/{id}/test': {
    body: (w) => fc.record({ contact_id: maybe(w.owner.contact) }),
  },
  'DELETE /v1/campaigns/{id}': { fresh: (w) => newCampaign(w.t, owner(w)) },
  'POST /v1/campaigns/{id}/send': {
    fresh: (w) => newCampaign(w.t, owner(w)),
    body: () => fc.record({ send_at: fc.option(future, { nil: undefined }) }),
  },
  'POST /v1/campaigns/{id}/pause': { fresh: (w) => newCampaign(w.t, owner(w), ['send', {}]) },
  'POST /v1/campaigns/{id}/resume': { fresh: (w) => newCampaign(w.t, owner(w), ['send', {}], ['pause', {}]) },
  'POST /v1/campaigns/{id}/cancel': {
    fresh: async (w) =>
      newCampaign(w.t, owner(w), ['send', { send_at: new Date(Date.now() + 3_600_000).toISOString() }]),
  },
  'POST /dashboard/login': {
    body: (w) => fc.constant({ email: w.owner.email, password: PASSWORD }),
  },
  'POST /dashboard/logout': { freshSession: true },
  'POST /dashboard/password-reset/confirm': { freshBody: (w) => newResetToken(w.t, w.owner.tenant.workspaceId) },
  'PATCH /dashboard/members/{user_id}': {
    fresh: (w) => newMember(w.t, w.owner.session.workspaceId),
    // `owner` would hand the workspace over, and the next requests would no longer be the owner's.
    body: () => fc.record({ role: fc.constantFrom('admin', 'member') }),
  },
  'DELETE /dashboard/members/{user_id}': { fresh: (w) => newMember(w.t, w.owner.session.workspaceId) },
  'DELETE /dashboard/invitations/{id}': { fresh: (w) => newInvitation(w) },
  'POST /dashboard/invitations/accept': {
    freshBody: async (w) => ({
      token: invitationToken(w.t.services.signer.secret, (await newInvitation(w)).id),
      password: 'a long enough password',
    }),
  },
  'POST /dashboard/session/workspace': { body: (w) => fc.constant({ workspace_id: w.owner.session.workspaceId }) },
  'PATCH /dashboard/account': {
    // Changing the email or password needs the current password; those are tested on their own.
    body: () =>
      fc.record({
        name: maybe('Ada Lovelace'),
        email: fc.constant(undefined),
        password: fc.constant(undefined),
        current_password: fc.constant(undefined),
      }),
  },
  'PATCH /dashboard/workspace': {
    body: () =>
      fc.record({
        name: maybe('Acme Tools'),
        time_zone: fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York', undefined),
        default_from_email: maybe('hello@example.com'),
      }),
  },
  'DELETE /dashboard/api-keys/{id}': {
    fresh: async (w) => ({ id: (await call(w.t, owner(w), 'POST', '/dashboard/api-keys', { name: 'Doomed' })).id }),
  },
  'POST /public/chatbots/{id}/chat': {
    body: (w) => fc.record({ conversation_id: maybe(w.owner.widgetConversation) }),
  },
  'POST /public/chatbots/{id}/leads': {
    body: (w) => fc.record({ conversation_id: maybe(w.owner.widgetConversation) }),
  },
  'POST /public/chatbots/{id}/messages/{message_id}/feedback': {
    body: (w) => fc.constant({ conversation_id: w.owner.widgetConversation }),
  },
};
