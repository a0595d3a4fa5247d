import { mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  expectMessageHeaders,
  generateDkimKey,
  rawHeader,
  testMessage,
  verifyDkim,
} from '../../../test/helpers/mail.js';
import { OutboxMailer, outboxFileName } from './outbox-mailer.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'grivo-outbox-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('OutboxMailer', () => {
  it('writes a complete message into new/ of a Maildir, under the message key', async () => {
    const outboxDir = path.join(root, 'outbox');
    const mailer = new OutboxMailer({ outboxDir, dkim: undefined });
    const message = testMessage();

    expect(await mailer.send(message)).toEqual({ ok: true });

    expect((await readdir(outboxDir)).sort()).toEqual(['cur', 'new', 'tmp']);
    expect(await readdir(path.join(outboxDir, 'new'))).toEqual(['cmp_1.ct_1.eml']);
    expect(await readdir(path.join(outboxDir, 'tmp'))).toEqual([]);
    const parsed = await simpleParser(await readFile(path.join(outboxDir, 'new', 'cmp_1.ct_1.eml')));
    expectMessageHeaders(parsed, message);
    expect(rawHeader(parsed, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // As written: mailparser fills in a date when the header is missing or unreadable.
    expect(rawHeader(parsed, 'date')).toBeDefined();
    expect(parsed.headers.get('mime-version')).toBe('1.0');
    expect(parsed.text).toBe(message.text);
    expect(parsed.html).toBe(message.html);
    expect(parsed.attachments).toEqual([]);
    await mailer.close();
  });

  it('sending the same key again, even at the same time, leaves one file with the latest content', async () => {
    const outboxDir = path.join(root, 'outbox');
    const mailer = new OutboxMailer({ outboxDir, dkim: undefined });
    await Promise.all([mailer.send(testMessage()), mailer.send(testMessage()), mailer.send(testMessage())]);
    expect(await mailer.send(testMessage({ subject: 'Second try' }))).toEqual({ ok: true });

    expect(await readdir(path.join(outboxDir, 'new'))).toEqual(['cmp_1.ct_1.eml']);
    expect(await readdir(path.join(outboxDir, 'tmp'))).toEqual([]);
    const parsed = await simpleParser(await readFile(path.join(outboxDir, 'new', 'cmp_1.ct_1.eml')));
    expect(parsed.subject).toBe('Second try');
  });

  it('signs with DKIM when configured, and the signature verifies', async () => {
    const { dkim, txt } = generateDkimKey('example.com', 'outbox');
    const outboxDir = path.join(root, 'outbox');
    const mailer = new OutboxMailer({ outboxDir, dkim });
    expect(await mailer.send(testMessage())).toEqual({ ok: true });

    const raw = await readFile(path.join(outboxDir, 'new', 'cmp_1.ct_1.eml'));
    const signature = rawHeader(await simpleParser(raw), 'dkim-signature') ?? '';
    expect(signature).toMatch(/\bd=example\.com;/);
    expect(signature).toMatch(/\bs=outbox;/);
    const results = await verifyDkim(raw, dkim, txt);
    expect(results.map((r) => [r.signingDomain, r.selector, r.status.result])).toEqual([
      ['example.com', 'outbox', 'pass'],
    ]);
  });

  it('a disk error is a temporary failure, and a repaired directory works again', async () => {
    // The outbox path runs through a regular file: mkdir fails with ENOTDIR.
    const blocker = path.join(root, 'blocker');
    await writeFile(blocker, 'not a directory');
    const mailer = new OutboxMailer({ outboxDir: path.join(blocker, 'outbox'), dkim: undefined });
    const outcome = await mailer.send(testMessage());
    expect(outcome).toMatchObject({ ok: false, permanent: false });
    expect(outcome.ok === false && outcome.error).toMatch(/ENOTDIR/);

    await rm(blocker);
    expect(await mailer.send(testMessage())).toEqual({ ok: true });
    expect(await readdir(path.join(blocker, 'outbox', 'new'))).toEqual(['cmp_1.ct_1.eml']);
  });

  it('an aborted send rejects and writes nothing', async () => {
    const outboxDir = path.join(root, 'outbox');
    const mailer = new OutboxMailer({ outboxDir, dkim: undefined });
    await expect(mailer.send(testMessage(), AbortSignal.abort(new Error('stop')))).rejects.toThrow('stop');
    await expect(readdir(path.join(outboxDir, 'new'))).rejects.toThrow(/ENOENT/);
  });
});

describe('OutboxMailer.forget', () => {
  it('deletes the named messages, unread or read (with Maildir flags), and nothing else', async () => {
    const outboxDir = path.join(root, 'outbox');
    const mailer = new OutboxMailer({ outboxDir, dkim: undefined });
    for (const key of ['cmp_1.ct_1', 'cmp_1.ct_12', 'em_1', 'em_2'])
      expect(await mailer.send({ ...testMessage(), key })).toEqual({ ok: true });
    await rename(path.join(outboxDir, 'new', 'em_1.eml'), path.join(outboxDir, 'cur', 'em_1.eml:2,S'));

    await mailer.forget(['cmp_1.ct_1', 'em_1', 'cns_never_sent']);

    expect((await readdir(path.join(outboxDir, 'new'))).sort()).toEqual(['cmp_1.ct_12.eml', 'em_2.eml']);
    expect(await readdir(path.join(outboxDir, 'cur'))).toEqual([]);
    await mailer.close();
  });

  it('is no error before anything was sent', async () => {
    const mailer = new OutboxMailer({ outboxDir: path.join(root, 'never'), dkim: undefined });
    await expect(mailer.forget(['em_1'])).resolves.toBeUndefined();
  });
});

describe('outboxFileName', () => {
  it('keeps a safe key as it is', () => {
    expect(outboxFileName('cmp_x.ct_y')).toBe('cmp_x.ct_y.eml');
    expect(outboxFileName('A-z_0.9')).toBe('A-z_0.9.eml');
  });

  it('reduces anything else to [A-Za-z0-9._-], with a hash so different keys stay different', () => {
    const a = outboxFileName('cmp/x:ct y');
    const b = outboxFileName('cmp_x_ct_y');
    expect(a).toMatch(/^cmp_x_ct_y-[0-9a-f]{16}\.eml$/);
    expect(b).toBe('cmp_x_ct_y.eml');
    expect(outboxFileName('cmp/x:ct y')).toBe(a);
    for (const key of ['../../etc/passwd', '.hidden', '..', '', 'ü'.repeat(300)]) {
      const name = outboxFileName(key);
      expect(name, key).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*\.eml$/);
      expect(name.length).toBeLessThanOrEqual(255);
    }
  });
});
