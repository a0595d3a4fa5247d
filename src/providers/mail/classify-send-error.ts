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
