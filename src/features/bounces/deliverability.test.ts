import { createHmac, createSign, generateKeyPairSync, sign } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { addContacts, campaignAction, createCampaign, waitForCampaign } from '../../../test/helpers/campaigns.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { readOutbox } from '../../../test/helpers/mail.js';
import {
  mailgunFailed,
  postmarkBounce,
  postmarkComplaint,
  sendgridEvents,
  sesBounce,
  sesComplaint,
  snsEnvelope,
} from '../../../test/fixtures/provider-webhooks.js';
import { signatureHeader } from '../webhooks/signature.js';
import { ses, snsCanonicalString } from './providers/ses.js';
import { applyDeliveryEvents } from './apply.js';
import { pruneDeliveryState } from './store.js';
import { isoIn } from '../../lib/time.js';

const SNS = path.resolve('test/fixtures/sns');
const SNS_KEY = fs.readFileSync(path.join(SNS, 'sns-key.pem'), 'utf8');
const SNS_CERT = path.join(SNS, 'sns-cert.pem');

function signSns(message: Record<string, string | undefined>, key = SNS_KEY): string {
  const signed = { ...message, Signature: '' };
  signed.Signature = createSign('RSA-SHA1').update(snsCanonicalString(signed)).sign(key, 'base64');
  return JSON.stringify(signed);
}

describe.each(DIALECTS)('deliverability on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  /** Grivo's Message-ID of the campaign message each address received. */
  const messageIds = new Map<string, string>();
  let campaignId: string;
  const contactIds = new Map<string, string>();

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload === undefined ? {} : { payload }) });
  const post = (url: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, payload: body });
  const hook = async (provider: string, signing_key?: string) => {
    const res = await call('POST', '/v1/inbound-webhooks', { provider, ...(signing_key ? { signing_key } : {}) });
    expect(res.statusCode, res.body).toBe(201);
    return new URL(res.json().url).pathname;
  };
  const contact = async (email: string) => (await call('GET', `/v1/contacts/${contactIds.get(email)}`)).json();
  const suppression = async (email: string) =>
    (await call('GET', `/v1/suppressions?email=${encodeURIComponent(email)}`)).json().data[0];
  const campaign = async () => (await call('GET', `/v1/campaigns/${campaignId}/stats`)).json();
  const events = async (type: string) =>
    (
      await t.services.database.db
        .selectFrom('events')
        .select('data')
        .where('workspace_id', '=', tenant.workspaceId)
        .where('type', '=', type)
        .execute()
    ).map((e) => JSON.parse(e.data));

  const ADDRESSES = ['ses@example.com', 'sg@example.com', 'pm@example.com', 'mg@example.com', 'gen@example.com'];

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      GRIVO_RATE_LIMIT_FREE: '100000',
      // Above what the tests below post, so the last one can reach it.
      GRIVO_PUBLIC_RATE_LIMIT: '200',
      GRIVO_PUBLIC_URL: 'https://grivo.example',
      GRIVO_SES_SNS_CERTIFICATES: SNS_CERT,
    });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
    other = await t.tenant();
    const all = [...ADDRESSES, 'blocked@example.com'];
    const ids = await addContacts(
      t,
      tenant,
      all.map((email) => ({ email })),
    );
    all.forEach((email, i) => contactIds.set(email, ids[i]!));
    // Suppressed before the send: the campaign skips it.
    expect((await call('POST', '/v1/suppressions', { email: 'Blocked@Example.com' })).statusCode).toBe(201);
    const created = await createCampaign(t, tenant);
    campaignId = created.id;
    expect((await campaignAction(t, tenant, campaignId, 'send')).statusCode).toBe(202);
    await waitForCampaign(t, tenant, campaignId, ['sent', 'failed']);
    for (const m of await readOutbox(t.database.dataDir))
      if (m.headers.get('x-grivo-campaign') === campaignId)
        messageIds.set((m.to as { text: string }).text, m.messageId!);
  });
  afterAll(() => t.close());

  it('skips a suppressed address in a campaign send, counted as skipped', async () => {
    expect([...messageIds.keys()].sort()).toEqual([...ADDRESSES].sort());
    expect(await campaign()).toMatchObject({ status: 'sent', recipients: 6, sent: 5, skipped: 1, bounced: 0 });
  });

  it('applies an SES bounce (SNS, signed) to the right contact, recipient and counters', async () => {
    const url = await hook('ses');
    const email = 'ses@example.com';
    const message = JSON.stringify(sesBounce({ email, messageId: messageIds.get(email)!, bounceType: 'Permanent' }));
    const envelope = snsEnvelope({ message, messageId: 'd6ec6a01-5f8b-5ec5-9a1e-3f6b9e0a1111' });

    // Signed with a key whose certificate is not configured: refused, nothing changes.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = await post(url, signSns(envelope, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string));
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('invalid_signature');
    const tampered = JSON.parse(signSns(envelope));
    tampered.Message = tampered.Message.replace('Permanent', 'Transient');
    expect((await post(url, JSON.stringify(tampered))).statusCode).toBe(401);
    expect((await contact(email)).status).toBe('subscribed');

    const ok = await post(url, signSns(envelope), { 'content-type': 'text/plain; charset=UTF-8' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ received: 1 });
    expect((await contact(email)).status).toBe('bounced');
    expect(await suppression(email)).toMatchObject({ email, reason: 'hard_bounce', source: 'ses' });
    expect(await campaign()).toMatchObject({ sent: 4, bounced: 1 });
    expect((await contact('sg@example.com')).status).toBe('subscribed');
    expect(await events('email.bounced')).toContainEqual(
      expect.objectContaining({
        email,
        campaign_id: campaignId,
        contact_id: contactIds.get(email),
        bounce_type: 'hard',
      }),
    );

    expect(await events('contact.updated')).toContainEqual(
      expect.objectContaining({ id: contactIds.get(email), email, status: 'bounced' }),
    );

    // SNS redelivers: the same notification changes nothing more.
    expect((await post(url, signSns(envelope))).statusCode).toBe(200);
    expect(await campaign()).toMatchObject({ sent: 4, bounced: 1 });
    expect((await events('email.bounced')).filter((e) => e.email === email)).toHaveLength(1);
    expect((await events('contact.updated')).filter((e) => e.email === email)).toHaveLength(1);

    // A complaint for the same address, SignatureVersion 2.
    const complaint = snsEnvelope({
      message: JSON.stringify(sesComplaint({ email, messageId: messageIds.get(email)! })),
      messageId: 'd6ec6a01-5f8b-5ec5-9a1e-3f6b9e0a2222',
    });
    complaint.SignatureVersion = '2';
    complaint.Signature = createSign('RSA-SHA256').update(snsCanonicalString(complaint)).sign(SNS_KEY, 'base64');
    expect((await post(url, JSON.stringify(complaint))).statusCode).toBe(200);
    expect((await contact(email)).status).toBe('complained');
    expect(await campaign()).toMatchObject({ unsubscribes: 1 });
  });

  it('confirms SNS subscriptions only at SNS, and refuses without configured certificates', async () => {
    const url = await hook('ses');
    const confirm = (subscribeUrl: string) =>
      snsEnvelope({
        type: 'SubscriptionConfirmation',
        message: 'You have chosen to subscribe.',
        messageId: 'c1',
        subscribeUrl,
      });
    const evil = await post(url, signSns(confirm('https://attacker.example/?Action=ConfirmSubscription')));
    expect(evil.statusCode).toBe(400);
    expect(evil.json().error.param).toBe('SubscribeURL');

    const good = confirm('https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=x&Token=y');
    const read = (certificates: string | undefined) =>
      ses.read(
        { body: Buffer.from(signSns(good)), headers: {}, signingKey: null, now: Date.now() },
        { snsCertificates: certificates },
      );
    expect(read(fs.readFileSync(SNS_CERT, 'utf8')).subscribeUrl).toMatch(/^https:\/\/sns\.us-east-1\.amazonaws\.com\//);
    expect(() => read(undefined)).toThrow(/GRIVO_SES_SNS_CERTIFICATES/);
  });

  it('applies SendGrid signed events, ignores the rest, and refuses a forged signature', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const verificationKey = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const badKey = await call('POST', '/v1/inbound-webhooks', { provider: 'sendgrid', signing_key: 'bm9wZQ==' });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().error.param).toBe('signing_key');
    expect((await call('POST', '/v1/inbound-webhooks', { provider: 'sendgrid' })).json().error.param).toBe(
      'signing_key',
    );

    const url = await hook('sendgrid', verificationKey);
    const email = 'sg@example.com';
    const body = JSON.stringify(
      sendgridEvents({ email, messageId: messageIds.get(email)!, otherEmail: 'gen@example.com' }),
    );
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signed = (key = privateKey, payload = body) => ({
      'x-twilio-email-event-webhook-timestamp': timestamp,
      'x-twilio-email-event-webhook-signature': sign('sha256', Buffer.from(timestamp + payload), key).toString(
        'base64',
      ),
    });

    const intruder = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
    expect((await post(url, body, signed(intruder))).statusCode).toBe(401);
    expect((await post(url, body)).statusCode).toBe(401);
    expect((await contact(email)).status).toBe('subscribed');

    const ok = await post(url, body, signed());
    expect(ok.json()).toEqual({ received: 2 });
    expect((await contact(email)).status).toBe('bounced');
    expect(await suppression(email)).toMatchObject({ reason: 'hard_bounce', source: 'sendgrid' });
    expect((await contact('gen@example.com')).status).toBe('subscribed');
    const before = (await campaign()).bounced;
    expect((await post(url, body, signed())).statusCode).toBe(200); // retried by SendGrid: counted once
    expect((await campaign()).bounced).toBe(before);

    const notArray = '{"event":"bounce"}';
    expect((await post(url, notArray, signed(privateKey, notArray))).statusCode).toBe(400);
  });

  it('applies Postmark bounces and complaints, with optional basic auth', async () => {
    const url = await hook('postmark', 'grivo:s3cret');
    const email = 'pm@example.com';
    const content = `Final-Recipient: rfc822;${email}\r\nMessage-ID: ${messageIds.get(email)}\r\n`;
    const body = JSON.stringify(postmarkBounce({ email, id: 4323372036854775, content }));
    const basic = (creds: string) => ({ authorization: `Basic ${Buffer.from(creds).toString('base64')}` });
    expect((await post(url, body)).statusCode).toBe(401);
    expect((await post(url, body, basic('grivo:wrong'))).statusCode).toBe(401);
    expect((await contact(email)).status).toBe('subscribed');

    expect((await post(url, body, basic('grivo:s3cret'))).json()).toEqual({ received: 1 });
    expect((await contact(email)).status).toBe('bounced');
    const events_ = (await events('email.bounced')).filter((e) => e.email === email);
    expect(events_).toEqual([expect.objectContaining({ campaign_id: campaignId, source: 'postmark' })]);

    const spam = JSON.stringify(postmarkComplaint({ email: 'spam-only@example.com', id: 99 }));
    expect((await post(url, spam, basic('grivo:s3cret'))).json()).toEqual({ received: 1 });
    expect(await suppression('spam-only@example.com')).toMatchObject({ reason: 'complaint', source: 'postmark' });
    const missing = JSON.stringify({ RecordType: 'Bounce', Type: 'HardBounce' });
    const refused = await post(url, missing, basic('grivo:s3cret'));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.param).toBe('Email');
  });

  it('applies Mailgun events signed with the webhook key, and refuses forged or stale ones', async () => {
    expect((await call('POST', '/v1/inbound-webhooks', { provider: 'mailgun' })).statusCode).toBe(400);
    const key = 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0';
    const url = await hook('mailgun', key);
    const email = 'mg@example.com';
    const payload = (signingKey: string, timestamp = String(Math.floor(Date.now() / 1000))) => {
      const body = mailgunFailed({ email, messageId: messageIds.get(email)! });
      const token = 'a8ce0edb2dd8301dee6c2405235584e45aa91d1e9f979f3de0';
      body.signature = {
        timestamp,
        token,
        signature: createHmac('sha256', signingKey)
          .update(timestamp + token)
          .digest('hex'),
      };
      return JSON.stringify(body);
    };
    expect((await post(url, payload('wrong-key'))).statusCode).toBe(401);
    expect((await post(url, payload(key, String(Math.floor(Date.now() / 1000) - 3600)))).statusCode).toBe(401);
    expect((await contact(email)).status).toBe('subscribed');
    expect((await post(url, payload(key))).json()).toEqual({ received: 1 });
    expect((await contact(email)).status).toBe('bounced');
    expect(await suppression(email)).toMatchObject({ reason: 'hard_bounce', source: 'mailgun' });
  });

  it('counts generic soft bounces until the limit, checks its signature and refuses malformed events', async () => {
    const secret = 'generic-secret-0123456789';
    const url = await hook('generic', secret);
    const email = 'gen@example.com';
    const send = (events: unknown, key = secret) => {
      const body = JSON.stringify(events);
      return post(url, body, { 'grivo-signature': signatureHeader(key, Math.floor(Date.now() / 1000), body) });
    };
    const soft = (n: number) => ({
      type: 'bounce',
      bounce_type: 'soft',
      email,
      id: `soft-${n}`,
      message_id: messageIds.get(email),
    });

    expect((await send(soft(1), 'another-secret-0123456789')).statusCode).toBe(401);
    expect((await post(url, JSON.stringify(soft(1)))).statusCode).toBe(401);
    expect((await send([soft(1), soft(2), soft(2), { type: 'opened', email }])).json()).toEqual({ received: 4 });
    expect((await contact(email)).status).toBe('subscribed');
    expect(await suppression(email)).toBeUndefined();
    await send(soft(3));
    expect((await contact(email)).status).toBe('bounced');
    expect(await suppression(email)).toMatchObject({ reason: 'soft_bounces', source: 'generic' });

    const bad = await send([{ type: 'bounce', email: 'nope' }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.param).toBe('[0].email');
    expect((await send({ type: 'bounce', email, bounce_type: 'medium' })).json().error.param).toBe('bounce_type');
    expect(
      (
        await post(url, '{not json', {
          'grivo-signature': signatureHeader(secret, Math.floor(Date.now() / 1000), '{not json'),
        })
      ).statusCode,
    ).toBe(400);
  });

  it('records bounces and deliveries on transactional emails by their Message-ID', async () => {
    const url = await hook('generic');
    const queue = async (to: string) => {
      const res = await call('POST', '/v1/emails', {
        to,
        from_email: 'orders@acme.test',
        subject: 'Receipt',
        text: 'Thanks',
      });
      expect(res.statusCode, res.body).toBe(202);
      return res.json().id as string;
    };
    const bounced = await queue('receipt-bounce@example.com');
    const delivered = await queue('receipt-ok@example.com');
    const report = [
      {
        type: 'bounce',
        email: 'receipt-bounce@example.com',
        message_id: `<${bounced}@acme.test>`,
        diagnostic: '550 5.1.1 no such user',
      },
      { type: 'delivery', email: 'receipt-ok@example.com', message_id: `${delivered}@acme.test` },
    ];
    expect((await post(url, JSON.stringify(report))).json()).toEqual({ received: 2 });
    const email = async (id: string) => (await call('GET', `/v1/emails/${id}`)).json();
    expect((await email(bounced)).events).toContainEqual(expect.objectContaining({ type: 'bounced' }));
    expect((await email(delivered)).events).toContainEqual(expect.objectContaining({ type: 'delivered' }));
    expect(await suppression('receipt-bounce@example.com')).toMatchObject({ reason: 'hard_bounce', source: 'generic' });
    expect(await events('email.delivered')).toContainEqual(expect.objectContaining({ email_id: delivered }));
    expect(await events('email.bounced')).toContainEqual(
      expect.objectContaining({ email_id: bounced, diagnostic: '550 5.1.1 no such user' }),
    );
  });

  it('forgets applied event keys and old soft bounces after the retention, and only then', async () => {
    const { db } = t.services.database;
    const rows = async () => ({
      seen: (await db.selectFrom('delivery_events_seen').select('dedupe_key').execute()).length,
      soft: (await db.selectFrom('soft_bounces').select('email_key').execute()).length,
    });
    await applyDeliveryEvents(t.services, tenant.workspaceId, [
      { type: 'bounce', bounceType: 'soft', email: 'prune@example.com', source: 'generic', eventId: 'p1' },
    ]);
    const before = await rows();
    expect(before.seen).toBeGreaterThan(0);
    expect(before.soft).toBeGreaterThan(0);
    await pruneDeliveryState(db, isoIn(-60_000));
    expect(await rows()).toEqual(before);
    await pruneDeliveryState(db, isoIn(60_000));
    expect(await rows()).toEqual({ seen: 0, soft: 0 });
  });

  it('answers 404 for unknown tokens, another provider, and hooks of other workspaces', async () => {
    const url = await hook('generic');
    const event = JSON.stringify({ type: 'bounce', email: 'x@example.com' });
    expect((await post(url.replace('/generic/', '/mailgun/'), event)).statusCode).toBe(404);
    expect((await post('/webhooks/inbound/generic/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', event)).statusCode).toBe(404);

    const created = (await call('POST', '/v1/inbound-webhooks', { provider: 'generic', description: 'Mine' })).json();
    expect(created).toMatchObject({
      provider: 'generic',
      description: 'Mine',
      url: expect.stringMatching(/^https:\/\/grivo\.example\/webhooks\/inbound\/generic\/[0-9A-Za-z]{32}$/),
    });
    expect(created).not.toHaveProperty('signing_key');
    expect((await call('GET', `/v1/inbound-webhooks/${created.id}`, undefined, other)).statusCode).toBe(404);
    expect((await call('DELETE', `/v1/inbound-webhooks/${created.id}`, undefined, other)).statusCode).toBe(404);
    expect((await call('GET', '/v1/inbound-webhooks')).json().data.map((h: any) => h.id)).toContain(created.id);
    expect((await call('DELETE', `/v1/inbound-webhooks/${created.id}`)).statusCode).toBe(200);
    expect((await post(new URL(created.url).pathname, event)).statusCode).toBe(404);
    expect((await call('POST', '/v1/inbound-webhooks', { provider: 'ses', signing_key: 'x' })).json().error.param).toBe(
      'signing_key',
    );
    expect((await call('POST', '/v1/inbound-webhooks', { provider: 'smoke-signals' })).json().error.param).toBe(
      'provider',
    );
  });

  it('limits reports per IP address, before looking the token up', async () => {
    const event = JSON.stringify({ type: 'bounce', email: 'x@example.com' });
    let res = await post('/webhooks/inbound/generic/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', event);
    for (let i = 0; i < 500 && res.statusCode === 404; i++)
      res = await post('/webhooks/inbound/generic/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', event);
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('rate_limit_exceeded');
    expect(res.headers['retry-after']).toBeDefined();
  });
});
