// The chatbot routes the dashboard calls, typed by the OpenAPI document.
import type { QueryParams, RequestBody } from '@grivo/sdk';
import { call, read, upload, urlOf, type Upload } from '../../api/client';

export type CreateChatbotBody = RequestBody<'/v1/chatbots', 'post'>;
export type UpdateChatbotBody = RequestBody<'/v1/chatbots/{id}', 'patch'>;
export type AddSourceBody = RequestBody<'/v1/chatbots/{id}/sources', 'post'>;
export type UpdateSourceBody = RequestBody<'/v1/chatbots/{id}/sources/{source_id}', 'patch'>;
export type ChatBody = RequestBody<'/v1/chatbots/{id}/chat', 'post'>;
export type SearchBody = RequestBody<'/v1/chatbots/{id}/search', 'post'>;
export type ConversationsQuery = QueryParams<'/v1/chatbots/{id}/conversations', 'get'>;
export type PagesQuery = QueryParams<'/v1/chatbots/{id}/pages', 'get'>;

export const readChatbots = (query: QueryParams<'/v1/chatbots', 'get'>) => read('/v1/chatbots', { query });
export const readChatbot = (id: string) => read('/v1/chatbots/{id}', { params: { id } });
export const createChatbot = (body: CreateChatbotBody) => call('post', '/v1/chatbots', { body });
export const updateChatbot = (id: string, body: UpdateChatbotBody) =>
  call('patch', '/v1/chatbots/{id}', { params: { id }, body });
export const deleteChatbot = (id: string) => call('delete', '/v1/chatbots/{id}', { params: { id } });
export const trainChatbot = (id: string) => call('post', '/v1/chatbots/{id}/train', { params: { id } });

export const readPages = (id: string, query: PagesQuery) => read('/v1/chatbots/{id}/pages', { params: { id }, query });

export const askChatbot = (id: string, body: ChatBody) =>
  call('post', '/v1/chatbots/{id}/chat', { params: { id }, body });
export const searchChatbot = (id: string, body: SearchBody) =>
  call('post', '/v1/chatbots/{id}/search', { params: { id }, body });

export const readConversations = (id: string, query: ConversationsQuery) =>
  read('/v1/chatbots/{id}/conversations', { params: { id }, query });
export const readConversation = (id: string, conversationId: string) =>
  read('/v1/chatbots/{id}/conversations/{conversation_id}', { params: { id, conversation_id: conversationId } });

export const readSources = (id: string, query: QueryParams<'/v1/chatbots/{id}/sources', 'get'>) =>
  read('/v1/chatbots/{id}/sources', { params: { id }, query });
export const addSource = (id: string, body: AddSourceBody) =>
  call('post', '/v1/chatbots/{id}/sources', { params: { id }, body });
/** A file source: multipart, with the upload's progress. */
export const uploadSource = (id: string, file: Omit<Upload<'/v1/chatbots/{id}/sources'>, 'params'>) =>
  upload('/v1/chatbots/{id}/sources', { ...file, params: { id } });
export const updateSource = (id: string, sourceId: string, body: UpdateSourceBody) =>
  call('patch', '/v1/chatbots/{id}/sources/{source_id}', { params: { id, source_id: sourceId }, body });
export const deleteSource = (id: string, sourceId: string) =>
  call('delete', '/v1/chatbots/{id}/sources/{source_id}', { params: { id, source_id: sourceId } });
export const trainSource = (id: string, sourceId: string) =>
  call('post', '/v1/chatbots/{id}/sources/{source_id}/train', { params: { id, source_id: sourceId } });

export const readAnalytics = (id: string, query: QueryParams<'/v1/chatbots/{id}/analytics', 'get'>) =>
  read('/v1/chatbots/{id}/analytics', { params: { id }, query });
export const readLeads = (id: string, query: QueryParams<'/v1/chatbots/{id}/leads', 'get'>) =>
  read('/v1/chatbots/{id}/leads', { params: { id }, query });
/** The leads' CSV: a plain link, so the session cookie goes with it and the browser saves the file. */
export const leadsExportUrl = (id: string) => urlOf('/v1/chatbots/{id}/leads/export', { params: { id } });
