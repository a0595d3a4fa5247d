import { normalizeEmail } from '../../../lib/email.js';
import { verifySignature } from '../../webhooks/signature.js';
import type { DeliveryEvent } from '../apply.js';
import {
  forged,
  header,
  isObject,
  isoOf,
  malformed,
  parseJson,
  SIGNATURE_TOLERANCE_MS,
  str,
  type InboundProvider,
  type ParsedReport,
} from './provider.js';

const TYPES = { bounce: 'bounce', complaint: 'complaint', delivery: 'delivery' } as const;

/**
 * Grivo's own format, for any sender that can POST JSON:
 * `{"type": "bounce"|"complaint"|"delivery", "email", "message_id"?, "bounce_type"?: "hard"|"soft", "id"?, "occurred_at"?}`
 * or an array of them. With a signing key, the body must carry a
 * `Grivo-Signature` (`t=<unix s>,v1=<hex HMAC-SHA256(key, "t.body")>`) made within 5 minutes.
 */
export const generic: InboundProvider = {
  checkSigningKey(key) {
    return key !== undefined && key.length < 16 ? 'signing_key must be at least 16 characters.' : undefined;
  },
  read(request) {
    if (request.signingKey) {
      const signature = header(request, 'grivo-signature');
      if (!signature) throw forged('The Grivo-Signature header is missing: this inbound webhook has a signing key.');
      const t = Number(/(?:^|,)t=(\d+)/.exec(signature)?.[1]);
      if (!verifySignature(request.signingKey, signature, request.body.toString('utf8')))
        throw forged('The Grivo-Signature header does not match the body and the signing key.');
      if (!(Math.abs(request.now - t * 1000) <= SIGNATURE_TOLERANCE_MS))
        throw forged(
          'The Grivo-Signature timestamp is more than 5 minutes from now: sign each request when sending it.',
        );
    }
    const body = parseJson(request.body);
    const items = Array.isArray(body) ? body : [body];
    const report: ParsedReport = { events: [], ignored: 0 };
    items.forEach((item, i) => {
      const at = Array.isArray(body) ? `[${i}].` : '';
      if (!isObject(item))
        throw malformed(`Each event must be a JSON object (${at || 'the body'} is not).`, `${at}type`);
      const type = TYPES[item.type as keyof typeof TYPES];
      if (!type) {
        report.ignored++;
        return;
      }
      const email = typeof item.email === 'string' ? normalizeEmail(item.email) : undefined;
      if (!email) throw malformed(`${at}email must be a valid email address.`, `${at}email`);
      const bounceType = item.bounce_type;
      if (bounceType !== undefined && bounceType !== 'hard' && bounceType !== 'soft')
        throw malformed(`${at}bounce_type must be hard or soft.`, `${at}bounce_type`);
      if (item.message_id !== undefined && typeof item.message_id !== 'string')
        throw malformed(`${at}message_id must be a string.`, `${at}message_id`);
      const event: DeliveryEvent = { type, email, source: 'generic' };
      if (str(item.message_id)) event.messageId = str(item.message_id)!;
      if (type === 'bounce') event.bounceType = bounceType ?? 'hard';
      if (str(item.diagnostic)) event.diagnostic = str(item.diagnostic)!;
      if (str(item.id)) event.eventId = str(item.id)!;
      if (isoOf(item.occurred_at)) event.occurredAt = isoOf(item.occurred_at)!;
      report.events.push(event);
    });
    return report;
  },
};
