import type { MailConfig } from '../../config.js';
import { FailoverMailer } from './failover-mailer.js';
import type { Mailer } from './mailer.js';
import { OutboxMailer } from './outbox-mailer.js';
import { SmtpMailer } from './smtp-mailer.js';
import { parseSmtpServers } from './smtp-servers.js';
import { REAL_CLOCK, throttleMailer, type Clock } from './throttle.js';

/**
 * The one place that picks how mail leaves: SMTP when SMTP_URL is set (through
 * several servers, failing over, when it lists several), else the Maildir
 * outbox. GRIVO_SEND_RATE caps the whole; a server's `?rate=` caps that server.
 * Throws a ConfigError for a bad SMTP_URL.
 */
export function createMailer(config: MailConfig, clock: Clock = REAL_CLOCK): Mailer {
  const mailer = config.smtpUrl ? smtpMailer(config, config.smtpUrl, clock) : new OutboxMailer(config);
  // Unthrottled sends skip the wrapper entirely rather than pass through a no-op.
  return config.ratePerSecond > 0 ? throttleMailer(mailer, config.ratePerSecond, clock) : mailer;
}

function smtpMailer(config: MailConfig, smtpUrl: string, clock: Clock): Mailer {
  const servers = parseSmtpServers(smtpUrl);
  const open = (url: string) => new SmtpMailer({ poolSize: config.poolSize, dkim: config.dkim, smtpUrl: url });
  if (servers.length === 1) {
    // One server: exactly as before, its own rate (if any) on top of the global one.
    const [server] = servers as [(typeof servers)[0]];
    const mailer = open(server.url);
    return server.ratePerSecond > 0 ? throttleMailer(mailer, server.ratePerSecond, clock) : mailer;
  }
  return new FailoverMailer(
    servers.map((server) => ({ server, mailer: open(server.url) })),
    clock,
  );
}
