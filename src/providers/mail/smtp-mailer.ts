import nodemailer, { type SMTPPoolSentMessageInfo, type Transporter } from 'nodemailer';
import type { MailConfig } from '../../config.js';
import { classifySendError, refusedBeforeMessage } from './classify-send-error.js';
import { CONTENT_ACCESS, dkimOptions, toMailOptions } from './compose.js';
import { SENT, type Mailer, type OutgoingMessage, type SendOutcome } from './mailer.js';

// Tighter than nodemailer's defaults (2 min to connect, 10 min of silence):
// a stuck server should turn into a retry, not hold a pool slot for minutes.
// socketTimeout still leaves a slow content scan after DATA plenty of time.
const TIMEOUTS = {
  connectionTimeout: 30_000,
  greetingTimeout: 30_000,
  dnsTimeout: 10_000,
  socketTimeout: 120_000,
};

/**
 * Delivers through one pooled nodemailer transport: `poolSize` connections,
 * each kept open for any number of messages, one message per connection at a time.
 */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp';
  readonly concurrency: number;
  readonly #transport: Transporter<SMTPPoolSentMessageInfo>;

  constructor(config: Pick<MailConfig, 'poolSize' | 'dkim'> & { smtpUrl: string }) {
    this.concurrency = config.poolSize;
    // The URL decides host, port, credentials and smtps:// implicit TLS;
    // smtp:// upgrades with STARTTLS whenever the server offers it.
    this.#transport = nodemailer.createTransport({
      url: config.smtpUrl,
      pool: true,
      maxConnections: config.poolSize,
      maxMessages: Infinity,
      ...TIMEOUTS,
      ...CONTENT_ACCESS,
      dkim: dkimOptions(config.dkim),
    });
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
  }

  async send(message: OutgoingMessage, signal?: AbortSignal): Promise<SendOutcome> {
    return (await this.attempt(message, signal)).outcome;
  }

  /**
   * `send`, also saying whether a failure is the server's refusal before it
   * took the message (see `refusedBeforeMessage`): then another server may be tried.
   */
  async attempt(message: OutgoingMessage, signal?: AbortSignal): Promise<{ outcome: SendOutcome; refused: boolean }> {
    try {
      await this.#transport.sendMail(toMailOptions(message, signal));
      return { outcome: SENT, refused: false };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const outcome = classifySendError(error);
      return { outcome, refused: outcome.about === 'server' && refusedBeforeMessage(error) };
    }
  }

  /** SMTP keeps no copies. */
  async forget(): Promise<void> {}

  async close(): Promise<void> {
    // Idle connections say QUIT now; one in the middle of a message finishes it first.
    this.#transport.close();
  }
}
