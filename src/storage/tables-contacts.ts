// Contacts and their CSV imports (features/contacts, contacts/import; upload
// chunks: storage/uploads.ts).

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
  /** JSON array: `tags` lowercased, same order (features/contacts/tag-match.ts); what tag filters compare. */
  tag_keys: string;
  status: string;
  source: string;
  created_at: string;
  updated_at: string;
  /** The import (`imp_…`) that created the contact, if one did. */
  created_by_import: string | null;
  /** The import that last changed the contact's values, and when. */
  updated_by_import: string | null;
  updated_by_import_at: string | null;
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
  /** New contacts whose address is suppressed: stored bounced, complained or unsubscribed instead of subscribed. */
  suppressed: number;
  /** JSON array of the first row errors. */
  errors: string;
  /** While a window of rows is merged in address order: the line it ends at, and the last address merged. */
  merge_until: number | null;
  merge_key: string | null;
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
