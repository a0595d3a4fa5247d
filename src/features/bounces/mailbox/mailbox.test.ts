import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReturnPath } from '../verp.js';
import { isSuppressed } from '../../suppressions/store.js';
import { OutboxMailer } from '../../../providers/mail/outbox-mailer.js';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { addContacts, campaignAction, createCampaign, waitForCampaign } from '../../../../test/helpers/campaigns.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { startSmtpServer, testMessage, type TestSmtpServer } from '../../../../test/helpers/mail.js';
import { startBounceReceiver, type BounceReceiver } from './receiver.js';

// The bounce mailbox end to end: a campaign goes out through a real SMTP
// server with VERP return paths, then real DSN and ARF messages come back
// over SMTP to the receiver, which changes exactly the contacts they name.

const BOUNCE_DOMAIN = 'bounces.grivo.test';
const silent = { info() {}, warn() {} };
const fixture = (name: string, vars: { returnPath: string; recipient: string; messageId: string }) =>
  fs
    .readFileSync(new URL(`../../../../test/fixtures/bounces/${name}`, import.meta.url), 'utf8')
    .replaceAll('{{RETURN_PATH}}', vars.returnPath)
    .replaceAll('{{RECIPIENT}}', vars.recipient)
    .replaceAll('{{MESSAGE_ID}}', vars.messageId)
    .replace(/\r?\n/g, '\r\n');

/** What the campaign's SMTP server received for one recipient: its envelope sender and Message-ID. */
interface Sent {
  mailFrom: string;
  messageId: string;
  from: string;
}

describe.each(DIALECTS)('bounce mailbox on %s', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let receiver: BounceReceiver;
  let a: Tenant;
  let b: Tenant;
  const contacts = new Map<string, string>();
  const sent = new Map<string, Sent>();
  let otherSent: Sent;

  const send = (to: string, raw: string, port = receiver.port) =>
    nodemailer
      .createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true })
      .sendMail({ envelope: { from: '', to }, raw });
  const bounce = (name: string, email: string, over: Partial<{ recipient: string; messageId: string }> = {}) => {
    const s = sent.get(email)!;
    return send(
      s.mailFrom,
      fixture(name, { returnPath: s.mailFrom, recipient: email, messageId: s.messageId, ...over }),
    );
  };
  const statusOf = async (tenant: Tenant, id: string) =>
    (await t.app.inject({ method: 'GET', url: `/v1/contacts/${id}`, headers: tenant.auth })).json().status;
  const statuses = async () =>
    Object.fromEntries(await Promise.all([...contacts].map(async ([e, id]) => [e, await statusOf(a, id)])));

  async function sendCampaign(tenant: Tenant, emails: string[]): Promise<Map<string, Sent>> {
    const ids = await addContacts(
      t,
      tenant,
      emails.map((email) => ({ email })),
    );
    if (tenant === a) emails.forEach((e, i) => contacts.set(e, ids[i]!));
    const campaign = await createCampaign(t, tenant, { subject: 'Hi there' });
    await campaignAction(t, tenant, campaign.id, 'send');
    await waitForCampaign(t, tenant, campaign.id, ['sent']);
    const out = new Map<string, Sent>();
    for (const m of smtp.received.filter((r) => emails.includes(r.to[0]!))) {
      const parsed = await simpleParser(m.raw);
      out.set(m.to[0]!, { mailFrom: m.from, messageId: parsed.messageId!, from: parsed.from!.value[0]!.address! });
    }
    return out;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp(dialect, {
      SMTP_URL: smtp.url(),
      GRIVO_BOUNCE_DOMAIN: BOUNCE_DOMAIN,
      GRIVO_RATE_LIMIT_FREE: '100000',
    });
    t.services.queue.work(jobHandlers(t.services));
    [a, b] = [await t.tenant(), await t.tenant()];
    const emails = ['hard', 'soft', 'exchange', 'complain', 'away', 'shared', 'calm'].map((n) => `${n}@example.org`);
    for (const [email, s] of await sendCampaign(a, emails)) sent.set(email, s);
    otherSent = (await sendCampaign(b, ['shared@example.org'])).get('shared@example.org')!;
    receiver = await startBounceReceiver({ ...t.services, logger: silent }, { host: '127.0.0.1', port: 0 });
  }, 60_000);

  afterAll(async () => {
    await receiver?.close();
    await t?.close();
    await smtp?.close();
  });

  it('sends each campaign message with its own VERP envelope sender, the From header unchanged', () => {
    expect(sent.size).toBe(7);
    for (const [email, s] of sent) {
      expect(s.from).toBe('news@acme.test');
      expect(s.mailFrom).toMatch(/^bounces\+[a-z2-7]{56}@bounces\.grivo\.test$/);
      const target = parseReturnPath(t.services.config, s.mailFrom);
      expect(target).toMatchObject({ kind: 'campaign', contactId: contacts.get(email) });
      expect(s.messageId).toBe(`<${target!.messageKey}@acme.test>`);
    }
    expect(new Set([...sent.values()].map((s) => s.mailFrom)).size).toBe(7);
  });

  it('applies DSN and ARF reports to exactly the contacts they are about, and ignores an auto-reply', async () => {
    await bounce('postfix-hard-5.1.1.eml', 'hard@example.org');
    await bounce('postfix-soft-4.2.2-delayed.eml', 'soft@example.org');
    // Exchange quotes only the headers; its Final-Recipient decides the address.
    await bounce('exchange-hard-5.1.10.eml', 'exchange@example.org', { messageId: '<unrelated@example.net>' });
    await bounce('arf-complaint.eml', 'complain@example.org');
    await bounce('auto-reply.eml', 'away@example.org');
    expect(await statuses()).toEqual({
      'hard@example.org': 'bounced',
      'soft@example.org': 'subscribed',
      'exchange@example.org': 'bounced',
      'complain@example.org': 'complained',
      'away@example.org': 'subscribed',
      'shared@example.org': 'subscribed',
      'calm@example.org': 'subscribed',
    });
    const { db } = t.services.database;
    for (const [email, expected] of [
      ['hard@example.org', true],
      ['exchange@example.org', true],
      ['complain@example.org', true],
      ['soft@example.org', false],
      ['away@example.org', false],
    ] as const)
      expect([email, await isSuppressed(db, t.services.signer.secret, a.workspaceId, email)]).toEqual([
        email,
        expected,
      ]);
  });

  it('refuses a forged or unknown address at RCPT, changing nothing', async () => {
    const genuine = sent.get('calm@example.org')!.mailFrom;
    const local = genuine.split('@')[0]!;
    const forged = `${local.slice(0, -1)}${local.endsWith('a') ? 'b' : 'a'}@${BOUNCE_DOMAIN}`;
    const raw = fixture('postfix-hard-5.1.1.eml', {
      returnPath: forged,
      recipient: 'calm@example.org',
      messageId: sent.get('calm@example.org')!.messageId,
    });
    for (const to of [forged, `postmaster@${BOUNCE_DOMAIN}`, genuine.replace(BOUNCE_DOMAIN, 'elsewhere.test')])
      await expect(send(to, raw)).rejects.toMatchObject({ responseCode: 550 });
    expect(await statusOf(a, contacts.get('calm@example.org')!)).toBe('subscribed');
    expect(
      await isSuppressed(t.services.database.db, t.services.signer.secret, a.workspaceId, 'calm@example.org'),
    ).toBe(false);
  });

  it('lets the address decide the workspace: a report naming another workspace’s message changes this one only', async () => {
    // Sent to workspace B's return path, the body names A's message and address.
    await send(
      otherSent.mailFrom,
      fixture('postfix-hard-5.1.1.eml', {
        returnPath: otherSent.mailFrom,
        recipient: 'shared@example.org',
        messageId: sent.get('shared@example.org')!.messageId,
      }),
    );
    expect(await statusOf(a, contacts.get('shared@example.org')!)).toBe('subscribed');
    const { db } = t.services.database;
    expect(await isSuppressed(db, t.services.signer.secret, a.workspaceId, 'shared@example.org')).toBe(false);
    expect(await isSuppressed(db, t.services.signer.secret, b.workspaceId, 'shared@example.org')).toBe(true);
  });

  it('answers 451 when a report cannot be recorded, so the sender retries', async () => {
    const broken = new Proxy(t.services.database, {
      get: (target, prop) => (prop === 'db' ? brokenDb() : Reflect.get(target, prop)),
    });
    const down = await startBounceReceiver(
      { ...t.services, database: broken, logger: silent },
      { host: '127.0.0.1', port: 0 },
    );
    try {
      const s = sent.get('calm@example.org')!;
      const raw = fixture('arf-complaint.eml', {
        returnPath: s.mailFrom,
        recipient: 'calm@example.org',
        messageId: s.messageId,
      });
      await expect(send(s.mailFrom, raw, down.port)).rejects.toMatchObject({ responseCode: 451 });
    } finally {
      await down.close();
    }
    expect(await statusOf(a, contacts.get('calm@example.org')!)).toBe('subscribed');
  });
});

function brokenDb(): never {
  throw new Error('database unavailable');
}

describe('outbox mailer', () => {
  it('records the envelope sender as Return-Path, and none without one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-outbox-'));
    const mailer = new OutboxMailer({ outboxDir: dir, dkim: undefined });
    try {
      await mailer.send(testMessage({ key: 'a', envelopeFrom: `bounces+abc@${BOUNCE_DOMAIN}` }));
      await mailer.send(testMessage({ key: 'b' }));
      const read = (key: string) => fs.readFileSync(path.join(dir, 'new', `${key}.eml`), 'utf8');
      expect(read('a')).toMatch(new RegExp(`^Return-Path: <bounces\\+abc@${BOUNCE_DOMAIN}>\\r\\n`));
      expect((await simpleParser(read('a'))).from?.value[0]?.address).toBe('news@example.com');
      expect(read('b')).not.toMatch(/Return-Path/i);
    } finally {
      await mailer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
