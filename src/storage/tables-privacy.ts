// Data-subject requests (features/contacts/privacy). Same conventions as tables.ts.

/** A contact erased at its person's request: a second erase of the id answers the same. */
export interface ErasedContactsTable {
  workspace_id: string;
  id: string;
  /** JSON: the erase's answer (what was removed, by kind). */
  result: string;
  erased_at: string;
}

/**
 * The key erased addresses are hashed under (HMAC-SHA256), one per workspace, so the
 * suppression list can recognise an erased address without keeping it.
 */
export interface PrivacyKeysTable {
  workspace_id: string;
  /** 64 hex characters. */
  hash_key: string;
  created_at: string;
}
