export { Grivo, type GrivoOptions } from './client.js';
export { GrivoError, type ErrorBody, type GrivoErrorInit } from './errors.js';
export type { FetchFunction, RequestOptions } from './http.js';
export { ListRequest, type Page, type Paging } from './list.js';
export type { Campaign } from './resources/campaigns.js';
export type { Chatbot, ChatBody, ChatResponse, ChatStreamEvent } from './resources/chatbots.js';
export type { CreateSourceInput, FileSourceInput, Source } from './resources/chatbot-sources.js';
export type { ContactImport, WaitOptions } from './resources/contact-imports.js';
export type { Contact, ImportOptions } from './resources/contacts.js';
export type { Query } from './resources/shared.js';
export type { FileInput, ReplayableFile } from './upload.js';
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
