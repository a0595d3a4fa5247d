import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, RequestBody, ResponseBody } from '../types.js';
import { fileNameOf, fileTypeOf, multipartBody, type ReplayableFile } from '../upload.js';
import { call, listOf, type Query } from './shared.js';

/** A chatbot's source. */
export type Source = ResponseBody<'/v1/chatbots/{id}/sources/{source_id}', 'get'>;

/**
 * A file source: PDF, Word .docx, Markdown, plain text or HTML (the server
 * tells them by their bytes). A string is the file's text.
 */
export interface FileSourceInput {
  type: 'file';
  file: ReplayableFile;
  /** The file's name; a File's own name, or `source` otherwise. */
  filename?: string;
  title?: string;
}

/** What `sources.create` takes: a source's JSON body, or a file to upload. */
export type CreateSourceInput =
  | Exclude<RequestBody<'/v1/chatbots/{id}/sources', 'post'>, { type: 'file' }>
  | FileSourceInput;

/** `grivo.chatbots.sources`: what a chatbot learns from besides its crawl. */
export class ChatbotSources {
  constructor(private readonly http: Transport) {}

  /** GET /v1/chatbots/{id}/sources */
  list(
    id: string,
    query?: Query<'/v1/chatbots/{id}/sources'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/chatbots/{id}/sources'>, ResponseBody<'/v1/chatbots/{id}/sources', 'get'>> {
    return listOf(this.http, `/v1/chatbots/${s(id)}/sources`, query, options);
  }

  /** POST /v1/chatbots/{id}/sources — a file goes as multipart/form-data; it trains in the background. */
  create(id: string, body: CreateSourceInput, options?: RequestOptions): Promise<Source> {
    const path = `/v1/chatbots/${s(id)}/sources`;
    if (body.type !== 'file') return call(this.http, 'POST', path, { body, options });
    const form = multipartBody(
      { title: body.title },
      body.file,
      body.filename ?? fileNameOf(body.file) ?? 'source',
      fileTypeOf(body.file) ?? 'application/octet-stream',
    );
    return this.http.json({ method: 'POST', path, body: { kind: 'raw', ...form }, options });
  }

  /** GET /v1/chatbots/{id}/sources/{source_id} */
  get(id: string, sourceId: string, options?: RequestOptions): Promise<Source> {
    return call(this.http, 'GET', `/v1/chatbots/${s(id)}/sources/${s(sourceId)}`, { options });
  }

  /** PATCH /v1/chatbots/{id}/sources/{source_id} — it trains again. */
  update(
    id: string,
    sourceId: string,
    body: RequestBody<'/v1/chatbots/{id}/sources/{source_id}', 'patch'>,
    options?: RequestOptions,
  ): Promise<Source> {
    return call(this.http, 'PATCH', `/v1/chatbots/${s(id)}/sources/${s(sourceId)}`, { body, options });
  }

  /** DELETE /v1/chatbots/{id}/sources/{source_id} */
  delete(
    id: string,
    sourceId: string,
    options?: RequestOptions,
  ): Promise<ResponseBody<'/v1/chatbots/{id}/sources/{source_id}', 'delete'>> {
    return call(this.http, 'DELETE', `/v1/chatbots/${s(id)}/sources/${s(sourceId)}`, { options });
  }

  /** POST /v1/chatbots/{id}/sources/{source_id}/train — trains it again as it is. */
  train(id: string, sourceId: string, options?: RequestOptions): Promise<Source> {
    return call(this.http, 'POST', `/v1/chatbots/${s(id)}/sources/${s(sourceId)}/train`, { options });
  }
}
