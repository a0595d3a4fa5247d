import { normalizeEmail } from '../../../lib/email.js';
import type { DeliveryEvent } from '../apply.js';
import {
  forged,
  grivoMessageIdIn,
  header,
  isObject,
  isoOf,
  malformed,
  parseJson,
  sameSecret,
  str,
  type InboundProvider,
} from './provider.js';

// Postmark bounce types (https://postmarkapp.com/developer/api/bounce-api#bounce-types):
// these mean the address will not take mail; soft ones may pass later.
const HARD = new Set(['HardBounce', 'BadEmailAddress', 'ManuallyDeactivated']);
const SOFT = new Set(['SoftBounce', 'Transient', 'DnsError', 'Blocked', 'SMTPApiError']);

/** A Message-ID Grivo set, from the webhook's Metadata or the bounce's quoted content; Postmark's own MessageID is not one. */
function messageIdOf(body: Record<string, unknown>): string | undefined {
  const metadata = isObject(body.Metadata) ? body.Metadata : {};
  const fromMetadata = Object.entries(metadata).find(([k]) => /^message[-_]?id$/i.test(k))?.[1];
  return str(fromMetadata) ?? grivoMessageIdIn(body.Content) ?? grivoMessageIdIn(body.Details);
}

/**
 * Postmark's Bounce, SpamComplaint and Delivery webhooks (one record per
 * request). Postmark does not sign them: the URL's token is the secret, and
 * a `user:pass` signing key requires that HTTP basic auth as well.
 */
export const postmark: InboundProvider = {
  checkSigningKey(key) {
    if (key === undefined) return undefined;
    return /^[^:]+:.+$/.test(key) ? undefined : 'signing_key must be the basic auth credentials, as user:password.';
  },
  read(request) {
    if (request.signingKey) {
      const auth = header(request, 'authorization') ?? '';
      const given = /^Basic\s+(.+)$/i.exec(auth)?.[1];
      const decoded = given ? Buffer.from(given, 'base64').toString('utf8') : '';
      if (!sameSecret(decoded, request.signingKey))
        throw forged('The Authorization header does not carry the basic auth credentials of this inbound webhook.');
    }
    const body = parseJson(request.body);
    if (!isObject(body)) throw malformed('The body must be a Postmark webhook record (a JSON object).', 'RecordType');
    const recordType = body.RecordType;
    if (recordType !== 'Bounce' && recordType !== 'SpamComplaint' && recordType !== 'Delivery')
      return { events: [], ignored: 1 };
    const raw = recordType === 'Delivery' ? body.Recipient : body.Email;
    const email = typeof raw === 'string' ? normalizeEmail(raw) : undefined;
    const field = recordType === 'Delivery' ? 'Recipient' : 'Email';
    if (!email) throw malformed(`${field} must be a valid email address.`, field);
    const base = { email, source: 'postmark' } as const;
    const messageId = messageIdOf(body);
    const id = body.ID === undefined ? undefined : String(body.ID);
    let event: DeliveryEvent;
    if (recordType === 'Delivery') {
      event = { ...base, type: 'delivery', eventId: `delivery:${String(body.MessageID)}:${email}` };
      if (isoOf(body.DeliveredAt)) event.occurredAt = isoOf(body.DeliveredAt)!;
    } else if (recordType === 'SpamComplaint' || body.Type === 'SpamComplaint') {
      event = { ...base, type: 'complaint' };
    } else {
      const type = String(body.Type ?? '');
      if (!HARD.has(type) && !SOFT.has(type)) return { events: [], ignored: 1 };
      event = { ...base, type: 'bounce', bounceType: HARD.has(type) ? 'hard' : 'soft' };
      const diagnostic = str(body.Details) ?? str(body.Description);
      if (diagnostic) event.diagnostic = diagnostic;
    }
    if (recordType !== 'Delivery') {
      if (id) event.eventId = id;
      if (isoOf(body.BouncedAt)) event.occurredAt = isoOf(body.BouncedAt)!;
    }
    if (messageId) event.messageId = messageId;
    return { events: [event], ignored: 0 };
  },
};
