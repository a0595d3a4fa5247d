import { createHmac } from 'node:crypto';
import { normalizeEmail } from '../../../lib/email.js';
import type { DeliveryEvent } from '../apply.js';
import {
  forged,
  fromUnixSeconds,
  isObject,
  malformed,
  parseJson,
  sameSecret,
  SIGNATURE_TOLERANCE_MS,
  str,
  type InboundProvider,
} from './provider.js';

/**
 * Mailgun's webhooks (JSON: `{signature: {timestamp, token, signature},
 * "event-data": {...}}`). The signature is the hex HMAC-SHA256 of
 * timestamp + token under the webhook signing key; a timestamp more than 5
 * minutes from now is refused, so a captured request cannot be replayed later.
 */
export const mailgun: InboundProvider = {
  checkSigningKey(key) {
    return key === undefined
      ? "signing_key is required for mailgun: copy the HTTP webhook signing key from Mailgun's dashboard."
      : undefined;
  },
  read(request) {
    const body = parseJson(request.body);
    if (!isObject(body) || !isObject(body.signature)) throw forged('The body carries no Mailgun signature object.');
    const { timestamp, token, signature } = body.signature;
    if (typeof timestamp !== 'string' || typeof token !== 'string' || typeof signature !== 'string')
      throw forged('The Mailgun signature must have timestamp, token and signature strings.');
    const expected = createHmac('sha256', request.signingKey ?? '')
      .update(timestamp + token)
      .digest('hex');
    if (!sameSecret(signature.toLowerCase(), expected))
      throw forged('The Mailgun signature does not match this inbound webhook signing key.');
    if (!(Math.abs(request.now - Number(timestamp) * 1000) <= SIGNATURE_TOLERANCE_MS))
      throw forged('The Mailgun signature timestamp is more than 5 minutes from now.');

    const data = body['event-data'];
    if (!isObject(data)) throw malformed('event-data must be a JSON object.', 'event-data');
    const kind = data.event;
    const severity = data.severity;
    let event: DeliveryEvent;
    const email = typeof data.recipient === 'string' ? normalizeEmail(data.recipient) : undefined;
    const known = kind === 'failed' || kind === 'complained' || kind === 'delivered';
    if (!known) return { events: [], ignored: 1 };
    if (!email) throw malformed('event-data.recipient must be a valid email address.', 'event-data.recipient');
    if (kind === 'failed') {
      event = { type: 'bounce', email, source: 'mailgun', bounceType: severity === 'permanent' ? 'hard' : 'soft' };
      const status = isObject(data['delivery-status']) ? data['delivery-status'] : {};
      const diagnostic = str(status.message) ?? str(status.description) ?? str(data.reason);
      if (diagnostic) event.diagnostic = diagnostic;
    } else event = { type: kind === 'complained' ? 'complaint' : 'delivery', email, source: 'mailgun' };
    const message = isObject(data.message) ? data.message : {};
    const headers = isObject(message.headers) ? message.headers : {};
    const messageId = str(headers['message-id']);
    if (messageId) event.messageId = messageId;
    if (str(data.id)) event.eventId = str(data.id)!;
    const at = fromUnixSeconds(data.timestamp);
    if (at) event.occurredAt = at;
    return { events: [event], ignored: 0 };
  },
};
