// Bulk actions on contacts (features/contacts/bulk).

/** One bulk action over a selection of contacts, run as a job in batches. */
export interface ContactBulkJobsTable {
  id: string;
  workspace_id: string;
  /** tag | untag | unsubscribe | delete */
  action: string;
  /** JSON array: the tags to add or remove. */
  tags: string;
  /** JSON: {ids} | {segment} | {filter}, as the request gave it. */
  selector: string;
  /** queued | running | done | failed */
  status: string;
  total: number;
  processed: number;
  changed: number;
  not_found: number;
  /** The last contact id handled (keyset): a re-run resumes after it. */
  cursor: string | null;
  /** The newest contact id selected when the action was asked for: later contacts are left alone. */
  upto: string | null;
  error: string | null;
  created_at: string;
  finished_at: string | null;
}
