import { linkToken, verifyLinkToken } from '../../lib/link-token.js';

const ID = /^cns_[A-Za-z0-9]{1,60}$/;

/** The token of a confirmation link: the `requested` consent event's id and its MAC. */
export function confirmationToken(secret: Uint8Array, consentId: string): string {
  return linkToken(secret, 'confirm', consentId);
}

/** The consent id of a genuine confirmation token; undefined for anything forged, altered or malformed. */
export function verifyConfirmationToken(secret: Uint8Array, token: string): string | undefined {
  return verifyLinkToken(secret, 'confirm', token, ID);
}
