import { createVerify, X509Certificate } from 'node:crypto';
import { normalizeEmail } from '../../../lib/email.js';
import type { DeliveryEvent } from '../apply.js';
import {
  forged,
  isObject,
  isoOf,
  malformed,
  parseJson,
  str,
  type InboundProvider,
  type ParsedReport,
} from './provider.js';

/** Where SNS subscription confirmations may point: SNS itself, nothing else. */
const SNS_HOST = /^https:\/\/sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;

/** The fields SNS signs, in order, per message type (AWS: "Verifying the signatures of Amazon SNS messages"). */
const SIGNED_FIELDS: Record<string, string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};

/** SNS's canonical string of a message: each signed field present, as "Name\nvalue\n". */
export function snsCanonicalString(message: Record<string, unknown>): string {
  const fields = SIGNED_FIELDS[String(message.Type)] ?? [];
  return fields
    .filter((name) => typeof message[name] === 'string')
    .map((name) => `${name}\n${message[name] as string}\n`)
    .join('');
}

function certificatesOf(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.flatMap((block) => {
    try {
      return [new X509Certificate(block)];
    } catch {
      return [];
    }
  });
}

function verifySns(message: Record<string, unknown>, certificates: string | undefined): void {
  if (!certificates)
    throw forged(
      'SES notifications cannot be verified: no SNS signing certificate is configured (GRIVO_SES_SNS_CERTIFICATES).',
    );
  const version = message.SignatureVersion;
  const algorithm = version === '1' ? 'RSA-SHA1' : version === '2' ? 'RSA-SHA256' : undefined;
  if (!algorithm) throw forged('SignatureVersion must be 1 or 2.');
  if (typeof message.Signature !== 'string' || !SIGNED_FIELDS[String(message.Type)])
    throw forged('The SNS message has no Signature, or a Type SNS does not sign.');
  const signed = snsCanonicalString(message);
  const signature = Buffer.from(message.Signature, 'base64');
  const valid = certificatesOf(certificates).some((cert) =>
    createVerify(algorithm).update(signed, 'utf8').verify(cert.publicKey, signature),
  );
  if (!valid) throw forged('The SNS signature does not match any configured SNS certificate.');
}

/** Grivo's Message-ID in an SES notification: the sent headers, not SES's own mail.messageId. */
function messageIdOf(mail: Record<string, unknown>): string | undefined {
  const headers = Array.isArray(mail.headers) ? mail.headers : [];
  const found = headers.find((h) => isObject(h) && typeof h.name === 'string' && h.name.toLowerCase() === 'message-id');
  const common = isObject(mail.commonHeaders) ? mail.commonHeaders : {};
  return str(isObject(found) ? found.value : undefined) ?? str(common.messageId);
}

function recipients(list: unknown, where: string): string[] {
  if (!Array.isArray(list) || list.length === 0) throw malformed(`${where} must be a non-empty array.`, where);
  return list.map((r, i) => {
    const raw = isObject(r) ? r.emailAddress : r;
    const email = typeof raw === 'string' ? normalizeEmail(raw.replace(/^.*<([^>]+)>\s*$/, '$1')) : undefined;
    if (!email) throw malformed(`${where}[${i}] must hold a valid email address.`, where);
    return email;
  });
}

/** The events of one SES notification (the SNS Message, parsed). */
function sesEvents(notification: Record<string, unknown>, snsId: string): ParsedReport {
  const kind = notification.notificationType ?? notification.eventType;
  const mail = isObject(notification.mail) ? notification.mail : {};
  const messageId = messageIdOf(mail);
  const base = (email: string, suffix: string) => ({
    email,
    source: 'ses',
    eventId: `${snsId}:${suffix}:${email.toLowerCase()}`,
    ...(messageId ? { messageId } : {}),
  });
  if (kind === 'Bounce') {
    const bounce = isObject(notification.bounce) ? notification.bounce : {};
    // Permanent: the address does not exist; Transient and Undetermined may pass later.
    const bounceType = bounce.bounceType === 'Permanent' ? 'hard' : 'soft';
    const list = Array.isArray(bounce.bouncedRecipients) ? bounce.bouncedRecipients : undefined;
    const at = isoOf(bounce.timestamp);
    const events = recipients(list, 'Message.bounce.bouncedRecipients').map((email, i): DeliveryEvent => {
      const diagnostic = str(isObject(list![i]) ? (list![i] as Record<string, unknown>).diagnosticCode : undefined);
      return {
        ...base(email, 'bounce'),
        type: 'bounce',
        bounceType,
        ...(diagnostic ? { diagnostic } : {}),
        ...(at ? { occurredAt: at } : {}),
      };
    });
    return { events, ignored: 0 };
  }
  if (kind === 'Complaint') {
    const complaint = isObject(notification.complaint) ? notification.complaint : {};
    const at = isoOf(complaint.timestamp);
    const events = recipients(complaint.complainedRecipients, 'Message.complaint.complainedRecipients').map(
      (email): DeliveryEvent => ({ ...base(email, 'complaint'), type: 'complaint', ...(at ? { occurredAt: at } : {}) }),
    );
    return { events, ignored: 0 };
  }
  if (kind === 'Delivery') {
    const delivery = isObject(notification.delivery) ? notification.delivery : {};
    const at = isoOf(delivery.timestamp);
    const events = recipients(delivery.recipients, 'Message.delivery.recipients').map(
      (email): DeliveryEvent => ({ ...base(email, 'delivery'), type: 'delivery', ...(at ? { occurredAt: at } : {}) }),
    );
    return { events, ignored: 0 };
  }
  return { events: [], ignored: 1 };
}

/**
 * Amazon SES notifications through SNS HTTP(S) subscriptions. Every message
 * is verified against the SNS certificates the operator configured (never
 * fetched from SigningCertURL, which the sender controls); a subscription
 * confirmation is confirmed only at an SNS address.
 */
export const ses: InboundProvider = {
  checkSigningKey(key) {
    return key === undefined
      ? undefined
      : 'ses takes no signing_key: SNS messages are verified with the certificates in GRIVO_SES_SNS_CERTIFICATES.';
  },
  read(request, context) {
    const message = parseJson(request.body);
    if (!isObject(message)) throw malformed('The body must be an SNS message (a JSON object).', 'Type');
    verifySns(message, context.snsCertificates);
    if (message.Type === 'SubscriptionConfirmation') {
      const url = str(message.SubscribeURL);
      if (!url || !SNS_HOST.test(url))
        throw malformed(
          'SubscribeURL is not an https://sns.<region>.amazonaws.com/ address: not confirmed.',
          'SubscribeURL',
        );
      return { events: [], ignored: 0, subscribeUrl: url };
    }
    if (message.Type !== 'Notification') return { events: [], ignored: 1 };
    if (typeof message.Message !== 'string') throw malformed('Message must be a string of JSON.', 'Message');
    let notification: unknown;
    try {
      notification = JSON.parse(message.Message);
    } catch {
      throw malformed('Message is not JSON: is the topic subscribed to SES notifications?', 'Message');
    }
    if (!isObject(notification)) throw malformed('Message must be an SES notification object.', 'Message');
    return sesEvents(notification, String(message.MessageId ?? ''));
  },
};
