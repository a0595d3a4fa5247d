import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import { readVerpAddress, verpKeyOf, type VerpTarget } from '../../../lib/verp.js';
import { applyMailboxReport, type MailboxDeps } from './apply-report.js';
import { readMailboxReport } from './read-report.js';

/** Where the receiver logs what it did with each message. */
export interface MailboxLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface BounceReceiver {
  /** The port it listens on (the one asked for, or the one given for 0). */
  port: number;
  close(): Promise<void>;
}

type SmtpError = Error & { responseCode: number };
const smtpError = (responseCode: number, message: string): SmtpError =>
  Object.assign(new Error(message), { responseCode });

/**
 * Grivo's bounce mailbox: an SMTP server the bounce domain's MX points at.
 * It takes mail only for VERP addresses that Grivo signed (anything else gets
 * a 550 at RCPT time), reads each message as a DSN, a feedback report or
 * neither, and applies it to the message the address names. A message that
 * could not be applied gets a 451, so the sending server tries again later:
 * nothing is lost. No login and no TLS: bounces come from any mail server.
 */
export async function startBounceReceiver(
  deps: MailboxDeps & { logger: MailboxLogger },
  listen: { host: string; port: number },
): Promise<BounceReceiver> {
  const key = verpKeyOf(deps.config);
  if (!key.domain) throw new Error('The bounce receiver needs GRIVO_BOUNCE_DOMAIN, the domain its MX record names.');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    size: deps.config.bounces.maxBytes,
    banner: 'Grivo bounce mailbox',
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!readVerpAddress(key, address.address))
        return callback(smtpError(550, `5.1.1 <${address.address}>: no such mailbox`));
      callback();
    },
    onData(stream, session, callback) {
      const targets = session.envelope.rcptTo.map((r) => readVerpAddress(key, r.address)!);
      receive(deps, stream, targets).then(
        () => callback(),
        (error: SmtpError) => callback(error),
      );
    },
  });
  server.on('error', (error) => deps.logger.warn({ err: error }, 'bounce receiver connection error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function receive(
  deps: MailboxDeps & { logger: MailboxLogger },
  stream: SMTPServerDataStream,
  targets: VerpTarget[],
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  if (stream.sizeExceeded) throw smtpError(552, '5.3.4 Message too big for this mailbox');
  // A message that cannot be read is no report: accepted and ignored, never retried forever.
  const report = await readMailboxReport(Buffer.concat(chunks)).catch((error: unknown) => ({
    kind: 'ignored' as const,
    reason: `unreadable: ${(error as Error).message}`,
  }));
  for (const target of targets) {
    try {
      const outcome = await applyMailboxReport(deps, target, report);
      deps.logger.info({ messageKey: target.messageKey, report: report.kind, ...outcome }, 'bounce mailbox message');
    } catch (error) {
      deps.logger.warn({ err: error, messageKey: target.messageKey }, 'bounce mailbox message not applied');
      // Applying again is safe (each report is applied once), so every recipient may be retried.
      throw smtpError(451, '4.3.0 Could not record this report now; try again later');
    }
  }
}
