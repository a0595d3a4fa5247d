import type {
  ApiKeysTable,
  InvitationsTable,
  MembershipsTable,
  PasswordResetsTable,
  SessionsTable,
  UsersTable,
  WorkspacesTable,
} from './tables-accounts.js';
import type {
  ChatbotChunksTable,
  ChatbotChunkVectorsTable,
  ChatbotIndexStatsTable,
  ChatbotIndexVersionsTable,
  ChatbotPagesTable,
  ChatbotSourceFilesTable,
  ChatbotSourcesTable,
  ChatbotTermsTable,
  ChatbotsTable,
} from './tables-chatbots.js';
import type {
  ChatbotDailyStatsTable,
  ChatbotQuestionStatsTable,
  ConversationMessagesTable,
  ConversationsTable,
} from './tables-chat.js';
import type { IdempotencyKeysTable } from './tables-idempotency.js';
import type { JobsTable } from './tables-jobs.js';
import type { ContactImportsTable, ContactsTable, UploadChunksTable } from './tables-contacts.js';
import type {
  CampaignClicksTable,
  CampaignLinksTable,
  CampaignRecipientsTable,
  CampaignsTable,
  CampaignTimelineTable,
} from './tables-campaigns.js';
import type { EventsTable, WebhookDeliveriesTable, WebhookEndpointsTable } from './tables-webhooks.js';
import type { EmailsTable, TemplatesTable } from './tables-emails.js';
import type { ContactConsentsTable } from './tables-consent.js';
import type { FormsTable } from './tables-forms.js';
import type { SegmentsTable } from './tables-segments.js';
import type { ContactBulkJobsTable } from './tables-bulk.js';
import type { ErasedContactsTable, PrivacyKeysTable } from './tables-privacy.js';
import type { AuditLogTable } from './tables-audit.js';
import type { ChatbotRefusedOriginsTable } from './tables-widget.js';
import type {
  DeliveryEventsSeenTable,
  InboundWebhooksTable,
  SoftBouncesTable,
  SuppressionsTable,
} from './tables-deliverability.js';

// Timestamps are ISO 8601 strings with milliseconds (`toISOString()`) on both
// engines: TEXT on SQLite, timestamptz on PostgreSQL parsed back to ISO in
// database.ts. JSON columns are strings on both engines.

/** Every table by name: the schema Kysely types queries with (one file per area, tables-*.ts). */
export interface Tables {
  workspaces: WorkspacesTable;
  api_keys: ApiKeysTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  invitations: InvitationsTable;
  chatbots: ChatbotsTable;
  chatbot_pages: ChatbotPagesTable;
  chatbot_chunks: ChatbotChunksTable;
  chatbot_chunk_vectors: ChatbotChunkVectorsTable;
  chatbot_terms: ChatbotTermsTable;
  chatbot_index_stats: ChatbotIndexStatsTable;
  chatbot_index_versions: ChatbotIndexVersionsTable;
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
  audit_log: AuditLogTable;
  chatbot_refused_origins: ChatbotRefusedOriginsTable;
}
