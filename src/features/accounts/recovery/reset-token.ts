import { linkToken, linkTokenId, verifyLinkToken } from '../../../lib/link-token.js';

const ID = /^prs_[A-Za-z0-9]{1,60}$/;

// The MAC also covers the user's password hash as it was when the link was made,
// so a link stops working the moment the password changes, however it changed.

/** The token of a reset link: the reset's id and its MAC. Nothing secret is stored: it is derived again. */
export function resetToken(secret: Uint8Array, resetId: string, passwordHash: string): string {
  return linkToken(secret, 'password-reset', resetId, passwordHash);
}

/** The reset id a token names, if it has the shape of one; its MAC is checked by `resetTokenMatches`. */
export function resetIdOf(token: string): string | undefined {
  return linkTokenId(token, ID);
}

export function resetTokenMatches(secret: Uint8Array, token: string, passwordHash: string): boolean {
  return verifyLinkToken(secret, 'password-reset', token, ID, passwordHash) !== undefined;
}
