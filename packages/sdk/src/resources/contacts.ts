import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, RequestBody, ResponseBody } from '../types.js';
import { fileNameOf, type FileInput, multipartBody } from '../upload.js';
import { ContactBulkActions } from './contact-bulk.js';
import { ContactImports, type ContactImport } from './contact-imports.js';
import { call, listOf, type Query } from './shared.js';

/** A contact. */
export type Contact = ResponseBody<'/v1/contacts/{id}', 'get'>;
/** Everything Grivo holds about a contact's person (GDPR article 15). */
export type ContactDataExport = ResponseBody<'/v1/contacts/{id}/export', 'get'>;
/** What erasing a person removed (GDPR article 17). */
export type ContactErasure = ResponseBody<'/v1/contacts/{id}/erase', 'post'>;

/** The options of a CSV import. */
export interface ImportOptions {
  /** Update contacts that already exist with the file's fields (default true). */
  update_existing?: boolean;
  /** Added to every imported contact. */
  tags?: string | string[];
  /** The status of new contacts (default subscribed). */
  status?: Contact['status'];
  /** The file's name, shown with the import; a File's own name, or `contacts.csv` otherwise. */
  filename?: string;
}

/** `grivo.contacts`: the workspace's contacts, their imports and export. */
export class Contacts {
  /** CSV imports and their progress. */
  readonly imports: ContactImports;
  /** Bulk actions (tag, untag, unsubscribe, delete) and their progress. */
  readonly bulk: ContactBulkActions;

  constructor(private readonly http: Transport) {
    this.imports = new ContactImports(http);
    this.bulk = new ContactBulkActions(http);
  }

  /** GET /v1/contacts — newest first; iterating walks it with `starting_after`, so no one is skipped or repeated. */
  list(
    query?: Query<'/v1/contacts'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/contacts'>, ResponseBody<'/v1/contacts', 'get'>> {
    return listOf(this.http, '/v1/contacts', query, options, 'starting_after');
  }

  /** POST /v1/contacts — 409 `contact_exists` for a known email, unless `{ upsert: true }` updates that contact. */
  create(
    body: RequestBody<'/v1/contacts', 'post'>,
    query?: Query<'/v1/contacts', 'post'>,
    options?: RequestOptions,
  ): Promise<Contact> {
    return call(this.http, 'POST', '/v1/contacts', { body, query, options });
  }

  /** GET /v1/contacts/{id} */
  get(id: string, options?: RequestOptions): Promise<Contact> {
    return call(this.http, 'GET', `/v1/contacts/${s(id)}`, { options });
  }

  /** PATCH /v1/contacts/{id} */
  update(id: string, body: RequestBody<'/v1/contacts/{id}', 'patch'>, options?: RequestOptions): Promise<Contact> {
    return call(this.http, 'PATCH', `/v1/contacts/${s(id)}`, { body, options });
  }

  /** DELETE /v1/contacts/{id} */
  delete(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/contacts/{id}', 'delete'>> {
    return call(this.http, 'DELETE', `/v1/contacts/${s(id)}`, { options });
  }

  /** GET /v1/contacts/{id}/export — everything held about the person, as JSON (GDPR article 15). */
  exportData(id: string, options?: RequestOptions): Promise<ContactDataExport> {
    return call(this.http, 'GET', `/v1/contacts/${s(id)}/export`, { options });
  }

  /**
   * POST /v1/contacts/{id}/erase — removes the person everywhere (GDPR article 17), keeping
   * only a hash of the address on the suppression list; calling it again answers the same.
   */
  erase(id: string, options?: RequestOptions): Promise<ContactErasure> {
    return call(this.http, 'POST', `/v1/contacts/${s(id)}/erase`, { options });
  }

  /** GET /v1/contacts/{id}/activity — newest first: campaigns, emails, conversations, consent, suppression. */
  activity(
    id: string,
    query?: Query<'/v1/contacts/{id}/activity'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/contacts/{id}/activity'>, ResponseBody<'/v1/contacts/{id}/activity', 'get'>> {
    return listOf(this.http, `/v1/contacts/${s(id)}/activity`, query, options);
  }

  /** POST /v1/contacts/{id}/resend-confirmation — a new opt-in email to a `pending` contact (202), at most every 5 minutes. */
  resendConfirmation(
    id: string,
    options?: RequestOptions,
  ): Promise<ResponseBody<'/v1/contacts/{id}/resend-confirmation', 'post'>> {
    return call(this.http, 'POST', `/v1/contacts/${s(id)}/resend-confirmation`, { options });
  }

  /**
   * POST /v1/contacts/import — starts importing a CSV file (a string is the
   * CSV's text); the import runs in the background: `imports.wait(id)`.
   * A Blob, bytes or text go as multipart/form-data and are retried like any
   * POST; a ReadableStream goes as a raw `text/csv` body and, being read once,
   * is never retried.
   */
  import(file: FileInput, importOptions: ImportOptions = {}, options?: RequestOptions): Promise<ContactImport> {
    const { filename, update_existing, tags, status } = importOptions;
    const query = { update_existing, tags, status };
    const path = '/v1/contacts/import';
    if (file instanceof ReadableStream)
      return this.http.json({
        method: 'POST',
        path,
        query,
        body: { kind: 'raw', value: file, contentType: 'text/csv' },
        options,
      });
    const form = multipartBody({}, file, filename ?? fileNameOf(file) ?? 'contacts.csv', 'text/csv');
    return this.http.json({ method: 'POST', path, query, body: { kind: 'raw', ...form }, options });
  }

  /**
   * GET /v1/contacts/export — every contact matching the filters as CSV,
   * streamed: a ReadableStream of its bytes (`await new Response(stream).text()` for the text).
   */
  async export(query?: Query<'/v1/contacts/export'>, options?: RequestOptions): Promise<ReadableStream<Uint8Array>> {
    const response = await this.http.stream({
      method: 'GET',
      path: '/v1/contacts/export',
      query,
      accept: 'text/csv',
      options,
    });
    return response.body ?? new Blob([]).stream();
  }
}
