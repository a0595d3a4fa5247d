import { expect } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { dkimVerify, type DKIMResult } from 'mailauth';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';
import type { OutgoingMessage } from '../../src/providers/mail/mailer.js';

// Mail in tests. Real sockets, real servers: a local smtp-server that records
// what it receives and how it was connected to, DKIM keys checked by mailauth
// against a DNS answer we hand it, and the outbox's Maildir. Messages are read
// back with mailparser.

/** One message as the server saw it. */
export interface ReceivedMessage {
  from: string;
  to: string[];
  user: string | undefined;
  /** Whether the session ran over TLS (implicit or STARTTLS). */
  secure: boolean;
  raw: Buffer;
}

export interface TestSmtpServer {
  port: number;
  /** smtp:// URL of the server, with credentials when given. */
  url(user?: string, pass?: string): string;
  received: ReceivedMessage[];
  /** Connections open now, the most open at once, and all ever opened. */
  stats: { open: number; maxOpen: number; total: number };
  close(): Promise<void>;
}

export const SMTP_USER = 'grivo';
// Characters that must be percent-encoded in a URL, to prove they are decoded again.
export const SMTP_PASS = 's3c@r:t/%?';

/** An smtp-server on 127.0.0.1 that takes any mail; `options` override its settings and hooks. */
export async function startSmtpServer(options: Partial<SMTPServerOptions> = {}, port = 0): Promise<TestSmtpServer> {
  const received: ReceivedMessage[] = [];
  const stats = { open: 0, maxOpen: 0, total: 0 };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    closeTimeout: 1000,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASS) return callback(null, { user: auth.username });
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onConnect(_session, callback) {
      stats.open++;
      stats.total++;
      stats.maxOpen = Math.max(stats.maxOpen, stats.open);
      callback();
    },
    onClose() {
      stats.open--;
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(envelopeOf(session, Buffer.concat(chunks)));
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  // A client killed mid-session resets its connection; that is a test's point, not an error.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
  });
  const listening = (server.server.address() as net.AddressInfo).port;
  return {
    port: listening,
    url: (user, pass) =>
      `smtp://${user === undefined ? '' : `${encodeURIComponent(user)}:${encodeURIComponent(pass ?? '')}@`}127.0.0.1:${listening}`,
    received,
    stats,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** How many messages each recipient address received. */
export function countsByRecipient(received: ReceivedMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of received) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

function envelopeOf(session: SMTPServerSession, raw: Buffer): ReceivedMessage {
  const from = session.envelope.mailFrom;
  return {
    from: from === false ? '' : from.address,
    to: session.envelope.rcptTo.map((r) => r.address),
    user: typeof session.user === 'string' ? session.user : undefined,
    secure: session.secure,
    raw,
  };
}

/**
 * A bare SMTP speaker that accepts the envelope and cuts the connection as
 * soon as message data arrives: what a crashing server looks like mid-DATA.
 */
export async function startDroppingServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let inData = false;
    socket.write('220 localhost ESMTP\r\n');
    socket.on('data', (chunk) => {
      if (inData) return void socket.destroy();
      for (const line of chunk.toString('latin1').split('\r\n').filter(Boolean)) {
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 localhost\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port with nothing listening on it (just freed by us). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A message with every field set; `overrides` change any of them. */
export function testMessage(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    from: { name: 'Grivo News', address: 'news@example.com' },
    to: 'ada@example.org',
    replyTo: 'support@example.com',
    subject: 'Hello Ada',
    html: '<p>Hello <b>Ada</b>, this is the HTML part.</p>',
    text: 'Hello Ada, this is the text part.',
    headers: {
      'List-Unsubscribe': '<https://grivo.example/u/tok_123>, <mailto:unsubscribe@example.com?subject=tok_123>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    messageId: '<cmp_1.ct_1@example.com>',
    key: 'cmp_1.ct_1',
    ...overrides,
  };
}

/** A fresh RSA key for DKIM, and the TXT record that publishes it. */
export function generateDkimKey(
  domainName = 'example.com',
  keySelector = 'grivo',
): { dkim: { domainName: string; keySelector: string; privateKey: string }; txt: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    dkim: { domainName, keySelector, privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
    txt: `v=DKIM1; k=rsa; p=${spki}`,
  };
}

/** mailauth's verdict on the message's DKIM signatures, with DNS answered from `txt`. */
export async function verifyDkim(
  raw: Buffer,
  key: { domainName: string; keySelector: string },
  txt: string,
): Promise<DKIMResult[]> {
  const record = `${key.keySelector}._domainkey.${key.domainName}`;
  const result = await dkimVerify(raw, {
    resolver: async (name, rrtype) => {
      if (rrtype === 'TXT' && name.toLowerCase() === record) return [[txt]];
      throw Object.assign(new Error(`no ${rrtype} record for ${name}`), { code: 'ENOTFOUND' });
    },
  });
  return result.results;
}

/** The messages in a Maildir's new/ folder, parsed. */
export async function readOutbox(dataDir: string): Promise<Array<ParsedMail & { file: string }>> {
  const dir = path.join(dataDir, 'outbox', 'new');
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).sort();
  return Promise.all(
    files.map(async (file) => Object.assign(await simpleParser(fs.readFileSync(path.join(dir, file))), { file })),
  );
}

/** A header exactly as written (mailparser turns some, such as List-Unsubscribe, into objects). */
export function rawHeader(message: ParsedMail, name: string): string | undefined {
  const line = message.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

/** Asserts that a message read back carries `sent`'s addresses, subject, Message-ID and unsubscribe headers. */
export function expectMessageHeaders(parsed: ParsedMail, sent: OutgoingMessage): void {
  expect(parsed.from?.value).toEqual([{ name: sent.from.name ?? '', address: sent.from.address }]);
  expect(parsed.to).toMatchObject({ value: [{ name: '', address: sent.to }] });
  expect(parsed.replyTo?.value).toEqual(sent.replyTo === null ? undefined : [{ name: '', address: sent.replyTo }]);
  expect(parsed.subject).toBe(sent.subject);
  expect(parsed.messageId).toBe(sent.messageId);
  expect(rawHeader(parsed, 'list-unsubscribe')).toBe(sent.headers['List-Unsubscribe']);
  expect(rawHeader(parsed, 'list-unsubscribe-post')).toBe(sent.headers['List-Unsubscribe-Post']);
}
