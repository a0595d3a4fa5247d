// The contact routes the dashboard calls, typed by the OpenAPI document.
import type { QueryParams, RequestBody } from '@grivo/sdk';
import { call, read, upload, urlOf, type Upload } from '../../api/client';

export type ContactsQuery = QueryParams<'/v1/contacts', 'get'>;
export type CreateContactBody = RequestBody<'/v1/contacts', 'post'>;
export type UpdateContactBody = RequestBody<'/v1/contacts/{id}', 'patch'>;

export const readContacts = (query: ContactsQuery) => read('/v1/contacts', { query });
export const readContact = (id: string) => read('/v1/contacts/{id}', { params: { id } });
export const createContact = (body: CreateContactBody) => call('post', '/v1/contacts', { body });
export const updateContact = (id: string, body: UpdateContactBody) =>
  call('patch', '/v1/contacts/{id}', { params: { id }, body });
export const deleteContact = (id: string) => call('delete', '/v1/contacts/{id}', { params: { id } });
/** The CSV of the contacts the filters match: a plain link, streamed to disk by the browser. */
export const exportUrl = (query: QueryParams<'/v1/contacts/export', 'get'>) => urlOf('/v1/contacts/export', { query });

export const readImports = (query: QueryParams<'/v1/contacts/imports', 'get'>) =>
  read('/v1/contacts/imports', { query });
export const readImport = (id: string) => read('/v1/contacts/imports/{id}', { params: { id } });
/** Starts an import: the CSV and its options as a multipart form, with the upload's progress. */
export const uploadImport = (file: Upload<'/v1/contacts/import'>) => upload('/v1/contacts/import', file);
