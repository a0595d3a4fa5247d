import { createHmac, timingSafeEqual } from 'node:crypto';

// 16 bytes of HMAC-SHA256, as the other links Grivo mails: a 2^128 guess to forge.
const MAC_BYTES = 16;
const ID = /^prs_[A-Za-z0-9]{1,60}$/;

// The MAC also covers the user's password hash as it was when the link was made,
// so a link stops working the moment the password changes, however it changed.
function mac(secret: Uint8Array, resetId: string, passwordHash: string): string {
  return createHmac('sha256', secret)
    .update(`password-reset:${resetId}:${passwordHash}`)
    .digest()
    .subarray(0, MAC_BYTES)
    .toString('base64url');
}

/** The token of a reset link: the reset's id and its MAC. Nothing secret is stored: it is derived again. */
export function resetToken(secret: Uint8Array, resetId: string, passwordHash: string): string {
  return `${resetId}.${mac(secret, resetId, passwordHash)}`;
}

/** The reset id a token names, if it has the shape of one; its MAC is checked by `resetTokenMatches`. */
export function resetIdOf(token: string): string | undefined {
  const [id, given, ...rest] = token.split('.');
  return id && given && rest.length === 0 && ID.test(id) ? id : undefined;
}

export function resetTokenMatches(secret: Uint8Array, token: string, passwordHash: string): boolean {
  const id = resetIdOf(token);
  if (!id) return false;
  const a = Buffer.from(token);
  const b = Buffer.from(resetToken(secret, id, passwordHash));
  return a.length === b.length && timingSafeEqual(a, b);
}
