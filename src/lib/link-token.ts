import { createHmac, timingSafeEqual } from 'node:crypto';

// 16 bytes of HMAC-SHA256, as the tracking tokens: short links, a 2^128 guess to forge.
const MAC_BYTES = 16;

function mac(secret: Uint8Array, purpose: string, id: string, bound: string | undefined): string {
  return createHmac('sha256', secret)
    .update(bound === undefined ? `${purpose}:${id}` : `${purpose}:${id}:${bound}`)
    .digest()
    .subarray(0, MAC_BYTES)
    .toString('base64url');
}

/**
 * The token of a link Grivo mails (a confirmation, a password reset, an
 * invitation): a row's id and a MAC of it under the server's secret, so nothing
 * secret is stored and the database alone cannot mint a link. `purpose` keeps
 * one kind of link from passing for another; `bound` (e.g. a password hash) makes
 * the link stop working when that value changes.
 */
export function linkToken(secret: Uint8Array, purpose: string, id: string, bound?: string): string {
  return `${id}.${mac(secret, purpose, id, bound)}`;
}

/** The id a token names, if it has the shape of one (`idPattern`); says nothing of its MAC. */
export function linkTokenId(token: string, idPattern: RegExp): string | undefined {
  const parts = token.split('.');
  return parts.length === 2 && parts[1] !== '' && idPattern.test(parts[0]!) ? parts[0] : undefined;
}

/** The id of a genuine token of this purpose (compared in constant time); undefined for anything forged or malformed. */
export function verifyLinkToken(
  secret: Uint8Array,
  purpose: string,
  token: string,
  idPattern: RegExp,
  bound?: string,
): string | undefined {
  const id = linkTokenId(token, idPattern);
  if (id === undefined) return undefined;
  const given = Buffer.from(token);
  const expected = Buffer.from(linkToken(secret, purpose, id, bound));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}
