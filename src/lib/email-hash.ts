import { createHmac, randomBytes } from 'node:crypto';

/** What an erased address's suppression key starts with (no address can: it holds a colon). */
export const HASHED_KEY_PREFIX = 'hmac:';

/** A new key to hash a workspace's erased addresses under: 64 hex characters. */
export function newHashKey(): string {
  return randomBytes(32).toString('hex');
}

/** The keyed hash (HMAC-SHA256, hex) of an address, lowercased and trimmed first. */
export function emailHash(hashKey: string, email: string): string {
  return createHmac('sha256', Buffer.from(hashKey, 'hex')).update(email.trim().toLowerCase()).digest('hex');
}
