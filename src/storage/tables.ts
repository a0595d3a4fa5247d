import type { ColumnType, Generated } from 'kysely';
import type { EventsTable, WebhookDeliveriesTable, WebhookEndpointsTable } from './tables-webhooks.js';
import type { EmailsTable, TemplatesTable, WorkspaceSettingsColumns } from './tables-emails.js';
import type { ConsentSettingsColumns, ContactConsentsTable } from './tables-consent.js';
import type { FormsTable } from './tables-forms.js';
import type { SegmentsTable } from './tables-segments.js';
import type { ContactBulkJobsTable } from './tables-bulk.js';
import type { ErasedContactsTable, PrivacyKeysTable } from './tables-privacy.js';
import type {
  DeliveryEventsSeenTable,
  InboundWebhooksTable,
  SoftBouncesTable,
  SuppressionsTable,
} from './tables-deliverability.js';

// Timestamps are ISO 8601 strings with milliseconds (`toISOString()`) on both
// engines: TEXT on SQLite, timestamptz on PostgreSQL parsed back to ISO in
// database.ts. JSON columns are strings on both engines.

/** Settings columns (default sender…) are in tables-emails.ts. */
export interface WorkspacesTable extends WorkspaceSettingsColumns, ConsentSettingsColumns {
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

export interface ChatbotsTable {
  id: string;
  workspace_id: string;
  name: string;
  status: string;
  pages_trained: Generated<number>;
  website_url: string | null;
  instructions: string | null;
  sitemap_url: string | null;
  /** JSON array of URLs trained besides the crawl. */
  urls: Generated<string>;
  /** JSON: { max_pages, max_depth, include, exclude }. */
  crawl: Generated<string>;
  welcome_message: string | null;
  /** JSON: { color, position }. */
  appearance: Generated<string>;
  /** JSON array of hosts the widget may be used on. */
  allowed_domains: Generated<string>;
  /** JSON: { enabled, when }. */
  lead_capture: Generated<string>;
  error: string | null;
  pages_found: Generated<number>;
  pages_done: Generated<number>;
  train_run: Generated<number>;
  /** The text analyzer's version its chunks were analyzed with (ANALYZER_VERSION). */
  analyzer_version: Generated<number>;
  /** The name the widget shows visitors (else `name`). */
  display_name: string | null;
  /** JSON array of up to four questions the widget offers. */
  starter_questions: Generated<string>;
  retrain_schedule: Generated<'off' | 'daily' | 'weekly'>;
  next_retrain_at: string | null;
  trained_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ChatbotPagesTable {
  id: string;
  workspace_id: string;
  chatbot_id: string;
  url: string;
  title: string;
  status: 'indexed' | 'skipped';
  reason: string | null;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  /** JSON array of the page's same-site links. */
  links: string;
  chunks: number;
  /** The source the page was trained from; null for the crawl's pages. */
  source_id: string | null;
  seen_run: number;
  trained_at: string;
  created_at: string;
}

/** Something a chatbot learns from besides its crawl: a text, a question with its answer, a file. */
export interface ChatbotSourcesTable {
  id: string;
  workspace_id: string;
  chatbot_id: string;
  type: 'text' | 'qna' | 'file' | 'website' | 'sitemap' | 'urls';
  title: string;
  /** JSON: { text }, { question, answer, alternatives }, { name, kind, size }; { url, crawl }, { url } or { urls }. */
  content: string;
  characters: number;
  status: 'pending' | 'training' | 'trained' | 'failed';
  error: string | null;
  /** Each change takes the next number; a training writes only for the number it read. */
  revision: number;
  pages: number;
  chunks: number;
  /** JSON [{ language, terms }]: each wording of a Q&A's question, analyzed. */
  match_keys: string;
  from_message_id: string | null;
  trained_at: string | null;
  created_at: string;
  updated_at: string;
}

/** An uploaded source file's bytes. */
export interface ChatbotSourceFilesTable {
  source_id: string;
  workspace_id: string;
  bytes: Uint8Array;
}

export interface ChatbotChunksTable {
  id: Generated<number>;
  workspace_id: string;
  chatbot_id: string;
  page_id: string;
  position: number;
  url: string;
  anchor: string | null;
  title: string;
  heading: string;
  /** The section's own heading (the last of `heading`). */
  section: string;
  text: string;
  /** Float32 vector, when an embedding provider is configured. */
  embedding: Uint8Array | null;
  /** BCP 47 primary subtag of the page's language, or `und`. */
  language: string;
  /** The analyzer's terms by field, space-separated: what both engines index. */
  title_terms: string;
  heading_terms: string;
  path_terms: string;
  text_terms: string;
}

/** PostgreSQL only: each chunk's terms as a weighted tsvector (see storage/tsvector.ts), GIN-indexed. */
export interface ChatbotChunkVectorsTable {
  id: number;
  workspace_id: string;
  chatbot_id: string;
  search: ColumnType<never, string, string>;
}

/** Document frequency of a term among a chatbot's chunks. */
export interface ChatbotTermsTable {
  chatbot_id: string;
  term: string;
  workspace_id: string;
  chunks: number;
}

/** A chatbot's chunks and their terms per field, by language: BM25's collection statistics. */
export interface ChatbotIndexStatsTable {
  chatbot_id: string;
  language: string;
  workspace_id: string;
  chunks: number;
  title_length: number;
  heading_length: number;
  path_length: number;
  text_length: number;
}

export interface ConversationsTable {
  id: string;
  workspace_id: string;
  chatbot_id: string;
  channel: 'api' | 'widget';
  origin: string | null;
  contact_id: string | null;
  lead_name: string | null;
  lead_email: string | null;
  /** When the visitor left their email. */
  lead_at: string | null;
  /** The page of the site the widget was used on (as the widget reported it). */
  page_url: string | null;
  first_question: string | null;
  thumbs_up: Generated<number>;
  thumbs_down: Generated<number>;
  messages: number;
  unanswered: number;
  last_message_at: string;
  created_at: string;
}

/** A chatbot's activity on one UTC day (`YYYY-MM-DD`), counted as it happens. */
export interface ChatbotDailyStatsTable {
  chatbot_id: string;
  day: string;
  workspace_id: string;
  conversations: Generated<number>;
  questions: Generated<number>;
  answered: Generated<number>;
  thumbs_up: Generated<number>;
  thumbs_down: Generated<number>;
  leads: Generated<number>;
}

/** How often a question (by its analyzed terms) was asked on a day, and left unanswered. */
export interface ChatbotQuestionStatsTable {
  chatbot_id: string;
  day: string;
  terms: string;
  workspace_id: string;
  asked: Generated<number>;
  unanswered: Generated<number>;
  question: string;
  conversation_id: string;
}

export interface ConversationMessagesTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  role: 'user' | 'assistant';
  content: string;
  /** 1/0 on assistant messages. */
  answered: number | null;
  /** JSON array of { url, title, snippet }. */
  sources: string;
  created_at: string;
  /** A rating of an assistant message: up | down. */
  feedback: 'up' | 'down' | null;
  feedback_comment: string | null;
  feedback_at: string | null;
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

export interface CampaignsTable {
  id: string;
  workspace_id: string;
  name: string;
  subject: string;
  from_name: string | null;
  from_email: string;
  reply_to: string | null;
  html: string;
  text: string | null;
  /** JSON: {tags, match}. */
  audience: string;
  status: string;
  error: string | null;
  scheduled_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  send_run: Generated<number>;
  snapshot_after: string | null;
  snapshot_done: Generated<number>;
  recipients: Generated<number>;
  sent: Generated<number>;
  failed: Generated<number>;
  bounced: Generated<number>;
  skipped: Generated<number>;
  opens: Generated<number>;
  unique_opens: Generated<number>;
  /** Opens fetched by privacy proxies or at delivery; not in opens or unique_opens. */
  machine_opens: Generated<number>;
  clicks: Generated<number>;
  unique_clicks: Generated<number>;
  unsubscribes: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface CampaignLinksTable {
  campaign_id: string;
  idx: number;
  workspace_id: string;
  url: string;
  clicks: Generated<number>;
  unique_clicks: Generated<number>;
}

export interface CampaignRecipientsTable {
  campaign_id: string;
  contact_id: string;
  workspace_id: string;
  email: string;
  /** pending → sending → sent | failed | bounced | skipped */
  status: string;
  attempts: Generated<number>;
  next_attempt_at: string | null;
  /** The send run that marked it `sending`. */
  run: number | null;
  error: string | null;
  sent_at: string | null;
  /** The first human open (or click). */
  opened_at: string | null;
  /** Human opens, counted as the campaign's `opens` (a click alone counts none). */
  opens: Generated<number>;
  /** The first open fetched by a machine (privacy proxy, prefetch at delivery). */
  machine_opened_at: string | null;
  clicked_at: string | null;
  unsubscribed_at: string | null;
}

export interface CampaignClicksTable {
  campaign_id: string;
  contact_id: string;
  idx: number;
  workspace_id: string;
  clicks: Generated<number>;
}

export interface CampaignTimelineTable {
  campaign_id: string;
  /** The start of the hour, ISO 8601. */
  hour: string;
  workspace_id: string;
  sent: Generated<number>;
  opens: Generated<number>;
  machine_opens: Generated<number>;
  clicks: Generated<number>;
}

export interface Tables {
  workspaces: WorkspacesTable;
  api_keys: ApiKeysTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  chatbots: ChatbotsTable;
  chatbot_pages: ChatbotPagesTable;
  chatbot_chunks: ChatbotChunksTable;
  chatbot_chunk_vectors: ChatbotChunkVectorsTable;
  chatbot_terms: ChatbotTermsTable;
  chatbot_index_stats: ChatbotIndexStatsTable;
  chatbot_sources: ChatbotSourcesTable;
  chatbot_source_files: ChatbotSourceFilesTable;
  chatbot_daily_stats: ChatbotDailyStatsTable;
  chatbot_question_stats: ChatbotQuestionStatsTable;
  conversations: ConversationsTable;
  conversation_messages: ConversationMessagesTable;
  idempotency_keys: IdempotencyKeysTable;
  jobs: JobsTable;
  contacts: ContactsTable;
  contact_imports: ContactImportsTable;
  upload_chunks: UploadChunksTable;
  campaigns: CampaignsTable;
  campaign_links: CampaignLinksTable;
  campaign_recipients: CampaignRecipientsTable;
  campaign_clicks: CampaignClicksTable;
  campaign_timeline: CampaignTimelineTable;
  events: EventsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  suppressions: SuppressionsTable;
  inbound_webhooks: InboundWebhooksTable;
  delivery_events_seen: DeliveryEventsSeenTable;
  soft_bounces: SoftBouncesTable;
  emails: EmailsTable;
  templates: TemplatesTable;
  contact_consents: ContactConsentsTable;
  forms: FormsTable;
  contact_bulk_jobs: ContactBulkJobsTable;
  segments: SegmentsTable;
  erased_contacts: ErasedContactsTable;
  privacy_keys: PrivacyKeysTable;
}
