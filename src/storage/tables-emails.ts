// Transactional emails, templates and the workspace's sender settings (features/emails, features/templates, features/workspaces).

import type { ColumnType } from 'kysely';

/** Optional on insert (absent: null), nullable, writable. */
type NullableSetting = ColumnType<string | null, string | null | undefined, string | null>;

/** Columns of `workspaces` that hold its settings (`GET/PATCH /v1/settings`); new settings join here. */
export interface WorkspaceSettingsColumns {
  default_from_name: NullableSetting;
  default_from_email: NullableSetting;
}

/** A reusable message: Liquid subject, HTML (from markdown when given) and text. */
export interface TemplatesTable {
  id: string;
  workspace_id: string;
  name: string;
  subject: string;
  /** The HTML template; made from `markdown` at save time when that was given. */
  html: string;
  markdown: string | null;
  text: string | null;
  created_at: string;
  updated_at: string;
}

/** One transactional email to one address, rendered at acceptance and sent by `sendEmailJob`. */
export interface EmailsTable {
  id: string;
  workspace_id: string;
  to_email: string;
  from_email: string;
  from_name: string | null;
  reply_to: string | null;
  subject: string;
  html: string | null;
  text: string | null;
  /** JSON array of strings. */
  tags: string;
  template_id: string | null;
  /** queued | sending | sent | failed | suppressed | bounced | complained | delivered */
  status: string;
  error: string | null;
  /** Handoffs to the mail server tried so far. */
  attempts: number;
  /** JSON array of `{type, at, detail}`, oldest first. */
  events: string;
  created_at: string;
  sent_at: string | null;
  updated_at: string;
}
