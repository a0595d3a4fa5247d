import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import type { MailConfig } from '../../config.js';
import {
  closedPort,
  expectMessageHeaders,
  generateDkimKey,
  rawHeader,
  SMTP_PASS,
  SMTP_USER,
  startDroppingServer,
  startSmtpServer,
  testMessage,
  verifyDkim,
} from '../../../test/helpers/mail.js';
import { composeMime } from './compose.js';
import type { Mailer } from './mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

// Every test talks SMTP to a real server on loopback.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  // Mailers first, so their QUITs reach the servers before those close.
  while (cleanups.length) await cleanups.pop()!();
});

function smtpMailer(smtpUrl: string, config: Partial<Pick<MailConfig, 'poolSize' | 'dkim'>> = {}): Mailer {
  const mailer = new SmtpMailer({ smtpUrl, poolSize: config.poolSize ?? 2, dkim: config.dkim });
  cleanups.push(() => mailer.close());
  return mailer;
}

async function server(options: Parameters<typeof startSmtpServer>[0] = {}) {
  const s = await startSmtpServer(options);
  cleanups.unshift(() => s.close());
  return s;
}

function rejectWith(responseCode: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode });
}

describe('SmtpMailer', () => {
  it('delivers the envelope, headers and both parts, logged in with the URL credentials', async () => {
    const s = await server();
    const mailer = smtpMailer(s.url(SMTP_USER, SMTP_PASS));
    const message = testMessage();

    expect(await mailer.send(message)).toEqual({ ok: true });

    expect(s.received).toHaveLength(1);
    const got = s.received[0]!;
    expect(got).toMatchObject({ from: 'news@example.com', to: ['ada@example.org'], user: SMTP_USER, secure: false });
    const parsed = await simpleParser(got.raw);
    // Mail clients show the last alternative they can: the HTML must come after the text.
    const raw = got.raw.toString('latin1');
    expect(raw.indexOf('Content-Type: text/plain')).toBeLessThan(raw.indexOf('Content-Type: text/html'));
    expectMessageHeaders(parsed, message);
    expect(rawHeader(parsed, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // As written: mailparser puts the current time in place of a Date it cannot parse.
    expect(Number.isNaN(Date.parse(rawHeader(parsed, 'date') ?? ''))).toBe(false);
    expect(parsed.headers.get('content-type')).toEqual({
      value: 'multipart/alternative',
      params: { boundary: expect.any(String) },
    });
    expect(parsed.text).toBe(message.text);
    expect(parsed.html).toBe(message.html);
    expect(parsed.attachments).toEqual([]);
  });

  it('smtp:// upgrades with STARTTLS when the server offers it; smtps:// is TLS from the start', async () => {
    // smtp-server's built-in certificate is self-signed, hence tls.rejectUnauthorized=false in the URL.
    const starttls = await server({ disabledCommands: [] });
    expect(
      await smtpMailer(`${starttls.url(SMTP_USER, SMTP_PASS)}?tls.rejectUnauthorized=false`).send(testMessage()),
    ).toEqual({ ok: true });
    expect(starttls.received[0]).toMatchObject({ secure: true, user: SMTP_USER });

    const implicit = await server({ secure: true });
    const url = implicit.url(SMTP_USER, SMTP_PASS).replace(/^smtp:/, 'smtps:');
    expect(await smtpMailer(`${url}?tls.rejectUnauthorized=false`).send(testMessage())).toEqual({ ok: true });
    expect(implicit.received[0]).toMatchObject({ secure: true, user: SMTP_USER });
  });

  it('leaves out Reply-To when there is none, and the display name when there is none', async () => {
    const s = await server();
    const mailer = smtpMailer(s.url());
    expect(
      await mailer.send(testMessage({ replyTo: null, from: { name: null, address: 'news@example.com' } })),
    ).toEqual({ ok: true });
    const parsed = await simpleParser(s.received[0]!.raw);
    expect(parsed.headers.has('reply-to')).toBe(false);
    expect(parsed.from?.value).toEqual([{ name: '', address: 'news@example.com' }]);
  });

  it('a wrong password is a temporary failure, not a verdict on the recipient', async () => {
    const s = await server();
    const outcome = await smtpMailer(s.url(SMTP_USER, 'wrong')).send(testMessage());
    expect(outcome).toMatchObject({ ok: false, permanent: false, responseCode: 535 });
    expect(s.received).toHaveLength(0);
  });

  it('a 550 to RCPT TO is permanent; the server text is in the error', async () => {
    const s = await server({
      onRcptTo: (_address, _session, callback) => callback(rejectWith(550, 'No such user here')),
    });
    const outcome = await smtpMailer(s.url()).send(testMessage());
    expect(outcome).toMatchObject({ ok: false, permanent: true, responseCode: 550 });
    expect(outcome.ok === false && outcome.error).toContain('No such user here');
    expect(outcome.ok === false && outcome.error).not.toMatch(/[\r\n]/);
  });

  it('a 451 is temporary', async () => {
    const s = await server({
      onRcptTo: (_address, _session, callback) => callback(rejectWith(451, 'Greylisted, try again later')),
    });
    expect(await smtpMailer(s.url()).send(testMessage())).toMatchObject({
      ok: false,
      permanent: false,
      responseCode: 451,
    });
  });

  it('a server that drops the connection in the middle of DATA is a temporary failure', async () => {
    const dropping = await startDroppingServer();
    cleanups.unshift(() => dropping.close());
    const outcome = await smtpMailer(dropping.url).send(testMessage());
    expect(outcome).toMatchObject({ ok: false, permanent: false });
  });

  it('nothing listening (ECONNREFUSED) is a temporary failure', async () => {
    const outcome = await smtpMailer(`smtp://127.0.0.1:${await closedPort()}`).send(testMessage());
    expect(outcome).toMatchObject({ ok: false, permanent: false });
    expect(outcome.ok === false && outcome.error).toMatch(/ECONNREFUSED/);
  });

  it('keeps to poolSize connections however many messages are in flight', async () => {
    const s = await server();
    const mailer = smtpMailer(s.url(), { poolSize: 3 });
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        mailer.send(testMessage({ to: `r${i}@example.org`, messageId: `<m${i}@example.com>`, key: `m${i}` })),
      ),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(s.received).toHaveLength(40);
    expect(s.stats.maxOpen).toBeLessThanOrEqual(3);
    // maxMessages is unlimited: the connections are reused, never replaced.
    expect(s.stats.total).toBeLessThanOrEqual(3);
  });

  it('signs with DKIM when configured, and the signature verifies', async () => {
    const s = await server();
    const { dkim, txt } = generateDkimKey('example.com', 'grivo');
    expect(await smtpMailer(s.url(), { dkim }).send(testMessage())).toEqual({ ok: true });

    const raw = s.received[0]!.raw;
    const signature = rawHeader(await simpleParser(raw), 'dkim-signature') ?? '';
    expect(signature).toMatch(/\bd=example\.com;/);
    expect(signature).toMatch(/\bs=grivo;/);
    // RFC 8058: one-click unsubscribe only counts when the signature covers both headers.
    expect(signature.replace(/\s+/g, '')).toMatch(/h=[^;]*List-Unsubscribe:List-Unsubscribe-Post/i);
    const results = await verifyDkim(raw, dkim, txt);
    expect(results.map((r) => [r.signingDomain, r.selector, r.status.result])).toEqual([
      ['example.com', 'grivo', 'pass'],
    ]);
  });

  it('sends a message composed ahead as it is, to its envelope, signed with DKIM', async () => {
    const s = await server();
    const { dkim, txt } = generateDkimKey('example.com', 'grivo');
    const message = testMessage({ envelopeFrom: 'b.cmp_1.ct_1@bounces.example.com' });
    const mime = await composeMime(message);
    // Sent as composed, not built again from the fields.
    expect(
      await smtpMailer(s.url(), { dkim }).send({ ...message, subject: 'not this one', mime: new Uint8Array(mime) }),
    ).toEqual({ ok: true });

    const got = s.received[0]!;
    expect(got).toMatchObject({ from: 'b.cmp_1.ct_1@bounces.example.com', to: ['ada@example.org'] });
    expect(got.raw.subarray(got.raw.length - mime.length).equals(mime)).toBe(true);
    const parsed = await simpleParser(got.raw);
    expectMessageHeaders(parsed, message);
    expect(parsed.text).toBe(message.text);
    expect(parsed.html).toBe(message.html);
    const results = await verifyDkim(got.raw, dkim, txt);
    expect(results.map((r) => r.status.result)).toEqual(['pass']);
  });

  it('an aborted send rejects with the abort reason', async () => {
    const s = await server({
      // Never answers RCPT TO: only the abort can end this send.
      onRcptTo: () => {},
    });
    const mailer = smtpMailer(s.url());
    const controller = new AbortController();
    const sending = mailer.send(testMessage(), controller.signal);
    setTimeout(() => controller.abort(new Error('shutting down')), 300);
    await expect(sending).rejects.toThrow('shutting down');
  });
});
