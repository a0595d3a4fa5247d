// The bulk-action and tag routes the dashboard calls, typed by the OpenAPI document.
import type { QueryParams, RequestBody, ResponseBody } from '@grivo/sdk';
import { call, read } from '../../api/client';

/** A bulk action on contacts, as GET /v1/contacts/bulk/{id} answers it. */
export type BulkJob = ResponseBody<'/v1/contacts/bulk/{id}', 'get'>;
/** What starting a bulk action sends: the action, and the contacts (ids or a filter). */
export type BulkBody = RequestBody<'/v1/contacts/bulk', 'post'>;
export type BulkAction = BulkBody['action'];
export type TagList = ResponseBody<'/v1/tags', 'get'>;
export type TagsQuery = QueryParams<'/v1/tags', 'get'>;

export const startBulk = (body: BulkBody) => call('post', '/v1/contacts/bulk', { body });
export const fetchBulk = (id: string) => call('get', '/v1/contacts/bulk/{id}', { params: { id } });
export const readTags = (query: TagsQuery) => read('/v1/tags', { query });
