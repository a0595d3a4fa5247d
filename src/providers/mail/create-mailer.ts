import type { MailConfig } from '../../config.js';
import type { Mailer } from './mailer.js';
import { OutboxMailer } from './outbox-mailer.js';
import { SmtpMailer } from './smtp-mailer.js';
import { throttleMailer } from './throttle.js';

/** The one place that picks how mail leaves: SMTP when SMTP_URL is set, else the Maildir outbox. */
export function createMailer(config: MailConfig): Mailer {
  const mailer: Mailer = config.smtpUrl
    ? new SmtpMailer({ ...config, smtpUrl: config.smtpUrl })
    : new OutboxMailer(config);
  // Unthrottled sends skip the wrapper entirely rather than pass through a no-op.
  return config.ratePerSecond > 0 ? throttleMailer(mailer, config.ratePerSecond) : mailer;
}
