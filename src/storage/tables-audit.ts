// The audit log (features/audit). Same conventions as tables.ts.

/** Who did something: a signed-in user, an API key, or Grivo itself (a job, a timer). */
export type AuditActorType = 'user' | 'api_key' | 'system';

/** One thing done in a workspace, by whom, to what. */
export interface AuditLogTable {
  id: string;
  workspace_id: string;
  actor_type: AuditActorType;
  /** The user's or key's id; null for `system`. */
  actor_id: string | null;
  /** The user's email or name, or the key's name, as it was then (a user or key may change or go later). */
  actor_label: string;
  /** What was done, `noun.verb` (`api_key.revoked`). */
  action: string;
  resource_type: string;
  resource_id: string | null;
  /** JSON object: ids and settings only, never a contact's personal data. */
  details: string;
  created_at: string;
}
