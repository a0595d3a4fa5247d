import { sha256Hex } from '../../lib/ids.js';
import { linkToken } from '../../lib/link-token.js';

/**
 * The token of an invitation link: its id and a MAC of it under the server's
 * secret. Only its hash is stored; the mail job derives it again from the id,
 * so the database alone cannot mint a link.
 */
export function invitationToken(secret: Uint8Array, invitationId: string): string {
  return linkToken(secret, 'invitation', invitationId);
}

/** What is stored of a token, and how one is looked up. */
export function invitationTokenHash(token: string): string {
  return sha256Hex(`invitation:${token}`);
}
