import type { Generated } from 'kysely';

// Timestamps are ISO 8601 strings with milliseconds (`toISOString()`) on both
// engines: TEXT on SQLite, timestamptz on PostgreSQL parsed back to ISO in
// database.ts. JSON columns are strings on both engines.

export interface WorkspacesTable {
  id: string;
  name: string;
  plan: string;
  contacts_count: Generated<number>;
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

export interface ChatbotsTable {
  id: string;
  workspace_id: string;
  name: string;
  status: string;
  pages_trained: Generated<number>;
  website_url: string | null;
  instructions: string | null;
  created_at: string;
  updated_at: string;
}

export interface IdempotencyKeysTable {
  workspace_id: string;
  key: string;
  request_hash: string;
  status: 'running' | 'done';
  response_status: number | null;
  response_type: string | null;
  response_body: string | null;
  created_at: string;
  expires_at: string;
}

export interface JobsTable {
  id: string;
  name: string;
  payload: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  dedupe_key: string | null;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContactsTable {
  workspace_id: string;
  id: string;
  email: string;
  /** The email lowercased: unique per workspace. */
  email_key: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  /** JSON object of strings. */
  attributes: string;
  /** JSON array of strings. */
  tags: string;
  status: string;
  source: string;
  created_at: string;
  updated_at: string;
}

export interface ContactImportsTable {
  id: string;
  workspace_id: string;
  status: string;
  filename: string | null;
  bytes: number;
  /** JSON: the import's options. */
  options: string;
  rows_total: number;
  rows_processed: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  /** JSON array of the first row errors. */
  errors: string;
  /** Why the whole import failed. */
  error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface UploadChunksTable {
  upload_id: string;
  seq: number;
  data: Uint8Array;
  created_at: string;
}

export interface Tables {
  workspaces: WorkspacesTable;
  api_keys: ApiKeysTable;
  chatbots: ChatbotsTable;
  idempotency_keys: IdempotencyKeysTable;
  jobs: JobsTable;
  contacts: ContactsTable;
  contact_imports: ContactImportsTable;
  upload_chunks: UploadChunksTable;
}
