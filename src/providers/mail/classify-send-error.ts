import type { SendOutcome } from './mailer.js';

export type SendFailure = Extract<SendOutcome, { ok: false }>;

// Failures of our own setup (credentials, TLS, configuration): the same for
// every recipient, so never a reason to give up on one. A 535 to AUTH is a 5xx
// but says nothing about the recipient.
const SETUP_CODES = new Set(['EAUTH', 'ENOAUTH', 'ETLS', 'EREQUIRETLS', 'ECONFIG', 'EPROXY']);
// The commands whose replies are about one recipient or message.
const RECIPIENT_COMMANDS = new Set(['RCPT TO', 'DATA']);

/**
 * Turns whatever nodemailer rejected with into a SendFailure. Permanent means
 * the server refused this message or recipient for good (a 5xx reply to RCPT
 * TO or DATA); everything else — 4xx replies, dropped connections, timeouts,
 * DNS, refused connections, and anything unrecognised — is worth retrying.
 * Only replies to RCPT TO and DATA are about the recipient.
 */
export function classifySendError(error: unknown): SendFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    responseCode?: unknown;
    command?: unknown;
  };
  const code = typeof e.code === 'string' ? e.code : undefined;
  const responseCode =
    typeof e.responseCode === 'number' && e.responseCode >= 200 && e.responseCode < 600 ? e.responseCode : undefined;
  const aboutRecipient = isAboutRecipient(code, responseCode, e.command);
  const failure: SendFailure = {
    ok: false,
    // Only the server's verdict on this recipient or message can be final.
    permanent: aboutRecipient && responseCode! >= 500,
    about: aboutRecipient ? 'recipient' : 'server',
    error: describeError(error, code),
  };
  if (responseCode !== undefined) failure.responseCode = responseCode;
  return failure;
}

/**
 * Whether the server answered about this message or recipient (a reply to
 * RCPT TO or to the message data), rather than failing for every message.
 */
function isAboutRecipient(code: string | undefined, responseCode: number | undefined, command: unknown): boolean {
  // No reply at all is the connection's failure; 421 closes the whole session;
  // 503 "bad sequence of commands" is the session's state.
  if (responseCode === undefined || responseCode === 421 || responseCode === 503) return false;
  if (code !== undefined && SETUP_CODES.has(code)) return false;
  // Replies to the greeting, EHLO, AUTH or MAIL FROM would be the same for every
  // recipient: our setup, not theirs.
  return typeof command === 'string' && RECIPIENT_COMMANDS.has(command.toUpperCase());
}

/** One readable line: nodemailer's message already ends with the server's reply when there is one. */
function describeError(error: unknown, code: string | undefined): string {
  let text = error instanceof Error ? error.message : String(error);
  const response = (error as { response?: unknown } | null)?.response;
  if (typeof response === 'string' && response !== '' && !text.includes(response)) text += `: ${response}`;
  text = text.replace(/\s*[\r\n]+\s*/g, ' ').trim() || 'unknown error';
  return code !== undefined && !text.startsWith(code) ? `${code}: ${text}` : text;
}

// System errors that can only come from opening the connection.
const CONNECT_ERRNOS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EHOSTUNREACH', 'ENETUNREACH']);
// nodemailer's timeouts of the phases before the session is ready (not the socket's idle timeout).
const SETUP_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);
// Commands answered before the message is handed over.
const SESSION_COMMANDS = /^(EHLO|HELO|LHLO|STARTTLS|AUTH\b|MAIL FROM)/i;

/**
 * Whether the server certainly did not take the message: the connection could
 * not be opened (refused, DNS, timed out connecting or waiting for the
 * greeting, TLS), the greeting was a refusal, the login failed, or the server
 * refused the session before the message's data (EHLO, MAIL FROM, a 421/503 to
 * RCPT TO). Another server may then be tried without any risk of sending the
 * message twice. A failure once the data may have been handed over (a dropped
 * connection, a timeout, a reply to DATA) is never such a refusal: it might
 * have been delivered.
 */
export function refusedBeforeMessage(error: unknown): boolean {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const originalCode = typeof e.originalCode === 'string' ? e.originalCode : code;
  const command = typeof e.command === 'string' ? e.command : undefined;
  const message = error instanceof Error ? error.message : '';
  if (code !== undefined && (SETUP_CODES.has(code) || code === 'EDNS')) return true;
  if (code === 'ETIMEDOUT') return SETUP_TIMEOUTS.has(String(e.timeoutType));
  if (originalCode !== undefined && CONNECT_ERRNOS.has(originalCode)) return true;
  if (code === 'EPROTOCOL' && message.startsWith('Invalid greeting')) return true;
  if (command !== undefined && SESSION_COMMANDS.test(command)) return true;
  return command?.toUpperCase() === 'RCPT TO' && (e.responseCode === 421 || e.responseCode === 503);
}
