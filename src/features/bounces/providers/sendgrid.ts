import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { normalizeEmail } from '../../../lib/email.js';
import type { DeliveryEvent } from '../apply.js';
import {
  forged,
  fromUnixSeconds,
  header,
  isObject,
  malformed,
  parseJson,
  str,
  type InboundProvider,
  type ParsedReport,
} from './provider.js';

function publicKeyOf(key: string): KeyObject | undefined {
  try {
    const object = createPublicKey({ key: Buffer.from(key.trim(), 'base64'), format: 'der', type: 'spki' });
    return object.asymmetricKeyType === 'ec' ? object : undefined;
  } catch {
    return undefined;
  }
}

/** What a SendGrid event means to Grivo; undefined: ignored (opens, clicks, processed, deferred…). */
function eventOf(item: Record<string, unknown>, email: string): DeliveryEvent | undefined {
  const reason = str(item.reason);
  switch (item.event) {
    case 'bounce':
      // type "blocked" is a refusal that may pass later (content, reputation); "bounce" is the address.
      return {
        type: 'bounce',
        email,
        source: 'sendgrid',
        bounceType: item.type === 'blocked' ? 'soft' : 'hard',
        ...(reason ? { diagnostic: reason } : {}),
      };
    case 'dropped':
      // SendGrid did not send because of its own suppressions: only those that say the address is bad count.
      if (reason && /bounced address|invalid/i.test(reason))
        return { type: 'bounce', email, source: 'sendgrid', bounceType: 'hard', diagnostic: reason };
      if (reason && /spam reporting address/i.test(reason)) return { type: 'complaint', email, source: 'sendgrid' };
      return undefined;
    case 'spamreport':
      return { type: 'complaint', email, source: 'sendgrid' };
    case 'delivered':
      return { type: 'delivery', email, source: 'sendgrid' };
    default:
      return undefined;
  }
}

/**
 * SendGrid's Event Webhook: a JSON array of events, signed (Signed Event
 * Webhook) with ECDSA P-256 over timestamp + raw body; the signing key is the
 * verification key SendGrid shows (base64 DER public key).
 */
export const sendgrid: InboundProvider = {
  checkSigningKey(key) {
    if (key === undefined)
      return 'signing_key is required for sendgrid: the verification key of the Signed Event Webhook (base64).';
    return publicKeyOf(key)
      ? undefined
      : 'signing_key must be the base64 ECDSA public key SendGrid shows for the Signed Event Webhook.';
  },
  read(request) {
    const signature = header(request, 'x-twilio-email-event-webhook-signature');
    const timestamp = header(request, 'x-twilio-email-event-webhook-timestamp');
    if (!signature || !timestamp)
      throw forged(
        'The X-Twilio-Email-Event-Webhook-Signature and -Timestamp headers are required: enable the Signed Event Webhook.',
      );
    const key = request.signingKey ? publicKeyOf(request.signingKey) : undefined;
    const payload = Buffer.concat([Buffer.from(timestamp, 'utf8'), request.body]);
    if (!key || !verify('sha256', payload, key, Buffer.from(signature, 'base64')))
      throw forged('The SendGrid signature does not match this inbound webhook verification key.');

    const body = parseJson(request.body);
    if (!Array.isArray(body)) throw malformed('The body must be a JSON array of SendGrid events.', 'event');
    const report: ParsedReport = { events: [], ignored: 0 };
    body.forEach((item, i) => {
      if (!isObject(item)) throw malformed(`[${i}] must be a JSON object.`, `[${i}]`);
      const email = typeof item.email === 'string' ? normalizeEmail(item.email) : undefined;
      const candidate = email && eventOf(item, email);
      if (!candidate) {
        if (!email && ['bounce', 'dropped', 'spamreport', 'delivered'].includes(String(item.event)))
          throw malformed(`[${i}].email must be a valid email address.`, `[${i}].email`);
        report.ignored++;
        return;
      }
      const messageId = str(item['smtp-id']);
      if (messageId) candidate.messageId = messageId;
      if (str(item.sg_event_id)) candidate.eventId = str(item.sg_event_id)!;
      const at = fromUnixSeconds(item.timestamp);
      if (at) candidate.occurredAt = at;
      report.events.push(candidate);
    });
    return report;
  },
};
