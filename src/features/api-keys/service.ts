import { z } from 'zod';
import { ApiError, notFound } from '../../http/api-error.js';
import { newId, randomBase62, sha256Hex } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Db } from '../../storage/database.js';
import { GRIVO, recordAudit, type AuditBy } from '../audit/record.js';
import { getWorkspace } from '../workspaces/service.js';
import { insertApiKey, markKeyRevoked, type ApiKeyRow } from './store.js';

export const KEY_PREFIX = 'grv_live_';
const SECRET_LENGTH = 40; // base62: ≈ 238 bits
const VISIBLE_CHARS = 4;

const KeyName = z.string().trim().min(1).max(100);

// Keys carry ≥ 190 bits of entropy, so a fast hash is enough: there is nothing
// to brute-force that a slow hash would protect.
export function hashKey(secret: string): string {
  return sha256Hex(secret);
}

/** Makes a key; `by` (who asked, for the audit log) defaults to Grivo itself. */
export async function createApiKey(
  db: Db,
  input: { workspaceId: string; name?: string; by?: AuditBy },
): Promise<{ key: ApiKeyRow; secret: string }> {
  await getWorkspace(db, input.workspaceId);
  const name = KeyName.safeParse(input.name ?? 'Default key');
  if (!name.success) throw new ApiError('invalid_request', 'Key name must be 1 to 100 characters.', 'name');
  const secret = KEY_PREFIX + randomBase62(SECRET_LENGTH);
  const key: ApiKeyRow = {
    id: newId('key'),
    workspace_id: input.workspaceId,
    name: name.data,
    prefix: secret.slice(0, KEY_PREFIX.length + VISIBLE_CHARS),
    key_hash: hashKey(secret),
    created_at: nowIso(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await insertApiKey(trx, key);
    await recordAudit(
      trx,
      { ...(input.by ?? GRIVO), workspaceId: key.workspace_id },
      { action: 'api_key.created', resourceType: 'api_key', resourceId: key.id, details: { name: key.name } },
    );
  });
  return { key, secret };
}

/**
 * Revokes a key; takes effect on the very next request (a cached lookup is dropped as soon as
 * the database changes: `keyAuthenticator`).
 * The audit log records the first revoke only, by `by` (default: Grivo itself).
 */
export async function revokeApiKey(
  db: Db,
  input: { keyId: string; workspaceId?: string; by?: AuditBy },
): Promise<ApiKeyRow> {
  const found = await db.transaction().execute(async (trx) => {
    const revoked = await markKeyRevoked(trx, input.keyId, input.workspaceId, nowIso());
    if (revoked?.changed)
      await recordAudit(
        trx,
        { ...(input.by ?? GRIVO), workspaceId: revoked.key.workspace_id },
        {
          action: 'api_key.revoked',
          resourceType: 'api_key',
          resourceId: revoked.key.id,
          details: { name: revoked.key.name },
        },
      );
    return revoked?.key;
  });
  if (!found) throw notFound('API key', input.keyId);
  return found;
}
