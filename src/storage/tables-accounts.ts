import type { Generated } from 'kysely';
import type { ConsentSettingsColumns } from './tables-consent.js';
import type { WorkspaceSettingsColumns } from './tables-emails.js';

// Workspaces and who may use them: API keys, users, memberships, sessions
// (features/workspaces, features/api-keys, features/accounts).

/** Settings columns (default sender…) are in tables-emails.ts. */
export interface WorkspacesTable extends WorkspaceSettingsColumns, ConsentSettingsColumns {
  id: string;
  name: string;
  plan: string;
  contacts_count: Generated<number>;
  /** IANA time zone the dashboard shows and takes schedules in (e.g. Europe/Paris). */
  time_zone: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface ApiKeysTable {
  id: string;
  workspace_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface UsersTable {
  id: string;
  email: string;
  email_key: string;
  name: string | null;
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  workspace_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** One password-reset link mailed to a user; the link's token is this id and its MAC. */
export interface PasswordResetsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** An invitation to join a workspace; the link's token is kept only as a hash. */
export interface InvitationsTable {
  id: string;
  workspace_id: string;
  email: string;
  email_key: string;
  role: string;
  token_hash: string;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}
