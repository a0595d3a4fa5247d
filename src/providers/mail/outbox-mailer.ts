import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type StreamSentMessageInfo, type Transporter } from 'nodemailer';
import type { MailConfig } from '../../config.js';
import { classifySendError } from './classify-send-error.js';
import { CONTENT_ACCESS, dkimOptions, toMailOptions } from './compose.js';
import { SENT, type Mailer, type OutgoingMessage, type SendOutcome } from './mailer.js';

/**
 * Writes every message, fully composed and signed as it would go over SMTP,
 * into a Maildir: for running without a mail server, and for looking at what
 * would have been sent. Any mail client opens the files; `new/` is the inbox.
 */
export class OutboxMailer implements Mailer {
  readonly kind = 'outbox';
  readonly concurrency = 4;
  readonly #dir: string;
  readonly #transport: Transporter<StreamSentMessageInfo>;
  #ready: Promise<void> | undefined;

  constructor(config: Pick<MailConfig, 'outboxDir' | 'dkim'>) {
    this.#dir = config.outboxDir;
    this.#transport = nodemailer.createTransport({
      streamTransport: true,
      buffer: true,
      ...CONTENT_ACCESS,
      dkim: dkimOptions(config.dkim),
    });
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
  }

  async send(message: OutgoingMessage, signal?: AbortSignal): Promise<SendOutcome> {
    let tmp: string | undefined;
    try {
      const info = await this.#transport.sendMail(toMailOptions(message, signal));
      signal?.throwIfAborted();
      await this.#makeDirs();
      // Maildir delivery: write under a name no one else uses, then rename into
      // new/ — readers never see half a file, and renaming onto the same name
      // again replaces the earlier copy, so a resend leaves one file.
      tmp = path.join(this.#dir, 'tmp', `${randomUUID()}.eml`);
      // The envelope sender, as a delivering server records it (Return-Path), when it is not the From address.
      const returnPath = message.envelopeFrom === undefined ? '' : `Return-Path: <${message.envelopeFrom}>\r\n`;
      await writeFile(
        tmp,
        returnPath ? Buffer.concat([Buffer.from(returnPath), info.message as Buffer]) : (info.message as Buffer),
      );
      await rename(tmp, path.join(this.#dir, 'new', outboxFileName(message.key)));
      return SENT;
    } catch (error) {
      if (tmp !== undefined) await rm(tmp, { force: true }).catch(() => {});
      if (signal?.aborted) throw signal.reason;
      // A full or read-only disk clears up; nothing here says the recipient is bad.
      return { ...classifySendError(error), permanent: false };
    }
  }

  /** Deletes the messages' files, read (cur/) or not (new/); none there is no error. */
  async forget(keys: readonly string[]): Promise<void> {
    const names = new Set(keys.map(outboxFileName));
    for (const name of names) await rm(path.join(this.#dir, 'new', name), { force: true });
    // A reader that moved one to cur/ may have added Maildir flags (":2,S") to its name.
    const read = await readdir(path.join(this.#dir, 'cur')).catch(() => [] as string[]);
    for (const file of read)
      if (names.has(file.split(':')[0]!)) await rm(path.join(this.#dir, 'cur', file), { force: true });
  }

  async close(): Promise<void> {
    this.#transport.close();
  }

  #makeDirs(): Promise<void> {
    // Once per mailer; forgotten on failure so a fixed directory is retried.
    this.#ready ??= Promise.all(
      ['tmp', 'new', 'cur'].map((d) => mkdir(path.join(this.#dir, d), { recursive: true })),
    ).then(
      () => undefined,
      (error: unknown) => {
        this.#ready = undefined;
        throw error;
      },
    );
    return this.#ready;
  }
}

/**
 * `<key>.eml` with the key reduced to [A-Za-z0-9._-]. A key that had to be
 * changed (or shortened) gets a hash of the original, so two different keys
 * never share a file; the same key always maps to the same name.
 */
export function outboxFileName(key: string): string {
  const safe = key
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 180);
  if (safe === key && safe !== '') return `${safe}.eml`;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return `${safe}${safe === '' ? '' : '-'}${hash}.eml`;
}
