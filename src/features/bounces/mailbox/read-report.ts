import { topLevelParts, type MimePart } from './mime-parts.js';
import { addressOf, parseReportFields, statusClass, type FieldBlock } from './report-fields.js';

/** The original message a report quotes (its headers at least), as far as the report shows it. */
export interface OriginalMessage {
  messageId: string | undefined;
  to: string | undefined;
}

/** What a message sent to the bounce mailbox says. `email` is the address the report names, when it names one. */
export type MailboxReport =
  | {
      kind: 'bounce';
      bounceType: 'hard' | 'soft';
      diagnostic: string | undefined;
      email: string | undefined;
      original: OriginalMessage;
    }
  | { kind: 'delivery'; email: string | undefined; original: OriginalMessage }
  | { kind: 'complaint'; feedbackType: string; email: string | undefined; original: OriginalMessage }
  | { kind: 'ignored'; reason: string };

const STATUS_PARTS = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL_PARTS = new Set(['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers']);
/** mailparser, loaded with the first report: a server without a bounce mailbox never needs it. */
const parser = async () => (await import('mailparser')).simpleParser;

// Feedback types that are not a complaint about our mail (RFC 5965, RFC 6591, RFC 6650).
const NOT_COMPLAINTS = new Set(['not-spam', 'auth-failure', 'dkim', 'spf']);

/**
 * Reads a message sent to the bounce mailbox: an RFC 3464 delivery status
 * notification (a bounce, a delay or a delivery), an RFC 5965 feedback
 * report (a complaint), or anything else (an out-of-office reply, a person
 * writing back), which is ignored.
 */
export async function readMailboxReport(raw: Buffer): Promise<MailboxReport> {
  const simpleParser = await parser();
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
  const type = parsed.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const reportType = type?.params?.['report-type']?.toLowerCase();
  const boundary = type?.params?.boundary;
  if (type?.value?.toLowerCase() !== 'multipart/report' || !boundary)
    return { kind: 'ignored', reason: `not a report (${type?.value ?? 'text/plain'})` };
  const parts = topLevelParts(raw.toString('utf8'), boundary);
  const original = await originalOf(parts);
  if (reportType === 'delivery-status') {
    const status = parts.find((p) => STATUS_PARTS.has(p.contentType));
    if (!status) return { kind: 'ignored', reason: 'a delivery report without its delivery-status part' };
    return fromDeliveryStatus(parseReportFields(status.body), original);
  }
  if (reportType === 'feedback-report') {
    const feedback = parts.find((p) => p.contentType === 'message/feedback-report');
    const fields = feedback && parseReportFields(feedback.body)[0];
    if (!fields) return { kind: 'ignored', reason: 'a feedback report without its feedback-report part' };
    const feedbackType = (fields.get('feedback-type') ?? '').toLowerCase();
    if (!feedbackType || NOT_COMPLAINTS.has(feedbackType))
      return { kind: 'ignored', reason: `feedback of type ${feedbackType || 'none'}` };
    return { kind: 'complaint', feedbackType, email: addressOf(fields.get('original-rcpt-to')), original };
  }
  return { kind: 'ignored', reason: `a report of type ${reportType ?? 'none'}` };
}

// The first recipient block that says what became of the message; a DSN to a
// VERP address is about that one message, so one recipient is enough.
function fromDeliveryStatus(blocks: FieldBlock[], original: OriginalMessage): MailboxReport {
  for (const block of blocks.slice(1)) {
    const action = block.get('action')?.toLowerCase().split(/[\s(]/)[0];
    const email = addressOf(block.get('final-recipient')) ?? addressOf(block.get('original-recipient'));
    const status = block.get('status');
    const diagnostic = block.get('diagnostic-code')?.replace(/^smtp;\s*/i, '') ?? status;
    if (action === 'failed') {
      // A failure with a 4.x.x status gave up on a temporary problem: soft.
      return { kind: 'bounce', bounceType: statusClass(status) ?? 'hard', diagnostic, email, original };
    }
    if (action === 'delayed') return { kind: 'bounce', bounceType: 'soft', diagnostic, email, original };
    if (action === 'delivered') return { kind: 'delivery', email, original };
  }
  return { kind: 'ignored', reason: 'a delivery report with no failed, delayed or delivered recipient' };
}

async function originalOf(parts: MimePart[]): Promise<OriginalMessage> {
  const part = parts.find((p) => ORIGINAL_PARTS.has(p.contentType));
  if (!part) return { messageId: undefined, to: undefined };
  // Headers alone (text/rfc822-headers) parse as a message without a body.
  const simpleParser = await parser();
  const headers = await simpleParser(`${part.body.trimEnd()}\n\n`, { skipHtmlToText: true });
  const to = Array.isArray(headers.to) ? headers.to[0] : headers.to;
  return { messageId: headers.messageId, to: to?.value[0]?.address || undefined };
}
