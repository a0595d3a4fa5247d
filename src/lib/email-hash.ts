import { createHmac, randomBytes } from 'node:crypto';

/**
 * What an erased address's suppression key starts with (no address can: it holds a colon).
 * The hash is keyed with HMAC(server secret, the workspace's stored key), so a copy of the
 * database alone cannot test candidate addresses against it.
 */
export const HASHED_KEY_PREFIX = 'hmac2:';

/** The first scheme's prefix: keyed with the workspace's stored key alone. Its rows still match. */
export const LEGACY_HASHED_KEY_PREFIX = 'hmac:';

/** A new key to hash a workspace's erased addresses under: 64 hex characters. */
export function newHashKey(): string {
  return randomBytes(32).toString('hex');
}

/** The keyed hash (HMAC-SHA256, hex) of an address, lowercased and trimmed first. */
export function emailHash(hashKey: string, email: string): string {
  return createHmac('sha256', Buffer.from(hashKey, 'hex')).update(email.trim().toLowerCase()).digest('hex');
}

/** The suppression key an address erased now is kept as. */
export function erasedEmailKey(secret: Uint8Array, storedKey: string, email: string): string {
  const key = createHmac('sha256', secret).update(storedKey).digest('hex');
  return HASHED_KEY_PREFIX + emailHash(key, email);
}

/** Every suppression key an erased address may be kept as: the current scheme's, then the first one's. */
export function erasedEmailKeys(secret: Uint8Array, storedKey: string, email: string): string[] {
  return [erasedEmailKey(secret, storedKey, email), LEGACY_HASHED_KEY_PREFIX + emailHash(storedKey, email)];
}

/** The hash in an erased address's suppression key (either scheme); undefined for a plain address. */
export function hashInKey(emailKey: string): string | undefined {
  for (const prefix of [HASHED_KEY_PREFIX, LEGACY_HASHED_KEY_PREFIX])
    if (emailKey.startsWith(prefix)) return emailKey.slice(prefix.length);
  return undefined;
}
