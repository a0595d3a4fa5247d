import { createHmac, timingSafeEqual } from 'node:crypto';

// 16 bytes of HMAC-SHA256, as the tracking tokens: short links, a 2^128 guess to forge.
const MAC_BYTES = 16;
const ID = /^cns_[A-Za-z0-9]{1,60}$/;

function mac(secret: Uint8Array, consentId: string): string {
  return createHmac('sha256', secret)
    .update(`confirm:${consentId}`)
    .digest()
    .subarray(0, MAC_BYTES)
    .toString('base64url');
}

/** The token of a confirmation link: the `requested` consent event's id and its MAC. */
export function confirmationToken(secret: Uint8Array, consentId: string): string {
  return `${consentId}.${mac(secret, consentId)}`;
}

/** The consent id of a genuine confirmation token; undefined for anything forged, altered or malformed. */
export function verifyConfirmationToken(secret: Uint8Array, token: string): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 2) return undefined;
  const [consentId, given] = parts as [string, string];
  if (!ID.test(consentId)) return undefined;
  const a = Buffer.from(given);
  const b = Buffer.from(mac(secret, consentId));
  return a.length === b.length && timingSafeEqual(a, b) ? consentId : undefined;
}
