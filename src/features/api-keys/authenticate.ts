import type { Plan } from '../../config.js';
import type { Principal } from '../../http/principal.js';
import type { Database, Db } from '../../storage/database.js';
import { hashKey, KEY_PREFIX } from './service.js';
import { findKeyByHash, touchKey } from './store.js';

// last_used_at is written at most this often per key, so authentication stays
// a read on the hot path (the dashboard shows it to the minute).
const TOUCH_INTERVAL_MS = 60_000;
// Past this many keys in use at once, the cache starts over rather than grow.
const MAX_CACHED_KEYS = 10_000;

interface KnownKey {
  principal: Principal;
  /** Epoch ms of last_used_at as stored (or as just written). */
  lastUsedAt: number;
}

function isKeyShaped(secret: string): boolean {
  return secret.startsWith(KEY_PREFIX) && secret.length <= 200;
}

/** Looks a key up by its hash and records its use (at most once a minute); null when unknown or revoked. */
async function lookUpKey(db: Db, keyHash: string): Promise<KnownKey | null> {
  const found = await findKeyByHash(db, keyHash);
  if (!found || found.revoked_at !== null) return null;
  const now = Date.now();
  let lastUsedAt = found.last_used_at === null ? Number.NEGATIVE_INFINITY : Date.parse(found.last_used_at);
  if (now - lastUsedAt >= TOUCH_INTERVAL_MS) {
    await touchKey(db, found.id, new Date(now).toISOString());
    lastUsedAt = now;
  }
  const principal: Principal = {
    workspaceId: found.workspace_id,
    plan: found.plan as Plan,
    keyId: found.id,
    userId: null,
    role: null,
  };
  return { principal, lastUsedAt };
}

/** Resolves a presented secret to its principal, or null when unknown or revoked. */
export async function authenticateKey(db: Db, secret: string): Promise<Principal | null> {
  if (!isKeyShaped(secret)) return null;
  return (await lookUpKey(db, hashKey(secret)))?.principal ?? null;
}

/**
 * `authenticateKey` for the request path, one per process: where the database offers a
 * cheap change mark (SQLite), the keys looked up are kept in memory until anything in
 * the database changes — a revocation, a plan change or a deleted workspace, by this
 * process or any other (the CLI, a second server on the same file) — so a revoked key
 * is still refused on its very next request. The mark is read before the lookup, so a
 * change that lands between the two only costs a needless refresh. Without a mark
 * (PostgreSQL) every request looks its key up.
 */
export function keyAuthenticator(database: Pick<Database, 'db' | 'changeMark'>) {
  const { db, changeMark } = database;
  if (!changeMark) return (secret: string) => authenticateKey(db, secret);
  const known = new Map<string, KnownKey>();
  let knownAt = '';
  return async function verifyKey(secret: string): Promise<Principal | null> {
    if (!isKeyShaped(secret)) return null;
    const mark = changeMark();
    if (mark !== knownAt) {
      known.clear();
      knownAt = mark;
    }
    const keyHash = hashKey(secret);
    const cached = known.get(keyHash);
    if (cached && Date.now() - cached.lastUsedAt < TOUCH_INTERVAL_MS) return { ...cached.principal };
    const found = await lookUpKey(db, keyHash);
    if (!found) return null;
    // Kept only if nothing changed since the mark was read before the lookup: a request that
    // saw a newer mark in the meantime may have cleared what this lookup could have missed.
    // (Touching the key is such a change: the next request looks it up once more.)
    if (knownAt === mark) {
      if (known.size >= MAX_CACHED_KEYS) known.clear();
      known.set(keyHash, found);
    }
    return { ...found.principal };
  };
}
