import { createHmac } from 'node:crypto';
import { sha256Hex } from '../../lib/ids.js';

// 16 bytes of HMAC-SHA256, as the other links Grivo mails: a 2^128 guess to forge.
const MAC_BYTES = 16;

/**
 * The token of an invitation link: its id and a MAC of it under the server's
 * secret. Only its hash is stored; the mail job derives it again from the id,
 * so the database alone cannot mint a link.
 */
export function invitationToken(secret: Uint8Array, invitationId: string): string {
  const mac = createHmac('sha256', secret).update(`invitation:${invitationId}`).digest().subarray(0, MAC_BYTES);
  return `${invitationId}.${mac.toString('base64url')}`;
}

/** What is stored of a token, and how one is looked up. */
export function invitationTokenHash(token: string): string {
  return sha256Hex(`invitation:${token}`);
}
