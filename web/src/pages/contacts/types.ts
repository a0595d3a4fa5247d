// The shapes of the contacts API, as src/features/contacts/{schema,import/schema}.ts answer them.

export const CONTACT_STATUSES = ['subscribed', 'unsubscribed', 'bounced', 'complained'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** A JSON value, as a contact attribute may hold. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A contact as GET /v1/contacts/:id answers it. */
export interface Contact {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  attributes: Record<string, Json>;
  tags: string[];
  status: ContactStatus;
  source: 'api' | 'import' | 'chatbot' | 'dashboard';
  created_at: string;
  updated_at: string;
}

/** One row of a CSV the import could not take. */
export interface ImportRowError {
  line: number;
  code: 'invalid_row' | 'plan_limit_exceeded';
  message: string;
}

export type ImportStatus = 'queued' | 'processing' | 'completed' | 'failed';

/** A CSV import and its progress, as GET /v1/contacts/imports/:id answers it. */
export interface ContactImport {
  id: string;
  status: ImportStatus;
  filename: string | null;
  bytes: number;
  options: { update_existing: boolean; tags: string[]; status: ContactStatus | null };
  rows_total: number;
  rows_processed: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  /** The first 100 failed rows. */
  errors: ImportRowError[];
  /** Why the whole import failed. */
  error: string | null;
  created_at: string;
  finished_at: string | null;
}

export const isRunning = (i: ContactImport) => i.status === 'queued' || i.status === 'processing';
