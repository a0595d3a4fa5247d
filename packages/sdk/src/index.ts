export { Grivo, type GrivoOptions } from './client.js';
export { GrivoError, type ErrorBody, type GrivoErrorInit } from './errors.js';
export type { FetchFunction, RequestOptions } from './http.js';
export { ListRequest, type Page, type Paging } from './list.js';
export type { AuditEntry } from './resources/audit-log.js';
export type { Campaign } from './resources/campaigns.js';
export type { Chatbot, ChatBody, ChatResponse, ChatStreamEvent } from './resources/chatbots.js';
export type { CreateSourceInput, FileSourceInput, Source } from './resources/chatbot-sources.js';
export type { ContactImport, WaitOptions } from './resources/contact-imports.js';
export type { ContactBulkAction } from './resources/contact-bulk.js';
export type { Contact, ContactDataExport, ContactErasure, ImportOptions } from './resources/contacts.js';
export type { Email, SendEmailBody } from './resources/emails.js';
export type { Form } from './resources/forms.js';
export type { InboundWebhook } from './resources/inbound-webhooks.js';
export type { Segment, SegmentCount } from './resources/segments.js';
export type { WorkspaceSettings } from './resources/settings.js';
export type { Suppression } from './resources/suppressions.js';
export type { Tag } from './resources/tags.js';
export type { Template } from './resources/templates.js';
export type {
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
} from './resources/webhook-endpoints.js';
export type { Query } from './resources/shared.js';
export type { FileInput, ReplayableFile } from './upload.js';
export {
  constructWebhookEvent,
  DEFAULT_TOLERANCE_SECONDS,
  SIGNATURE_HEADER,
  signWebhookPayload,
  type VerifyOptions,
  type WebhookEvent,
} from './webhooks.js';
export type { components, operations, paths } from './generated/openapi.js';
export type {
  ApiMethod,
  ApiPath,
  ListItem,
  Operation,
  QueryParams,
  RequestBody,
  ResponseBody,
  StreamEvent,
} from './types.js';
