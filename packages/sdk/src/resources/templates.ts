import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, RequestBody, ResponseBody } from '../types.js';
import { call, listOf, type Query } from './shared.js';

/** A reusable message (subject, HTML or Markdown, text) for transactional emails and campaigns. */
export type Template = ResponseBody<'/v1/templates/{id}', 'get'>;

/** `grivo.templates`: reusable messages, in Liquid. */
export class Templates {
  constructor(private readonly http: Transport) {}

  /** GET /v1/templates — newest first. */
  list(
    query?: Query<'/v1/templates'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/templates'>, ResponseBody<'/v1/templates', 'get'>> {
    return listOf(this.http, '/v1/templates', query, options);
  }

  /** GET /v1/templates/starters — the email designs shipped with Grivo, to start a template or campaign from. */
  starters(
    query?: Query<'/v1/templates/starters'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/templates/starters'>, ResponseBody<'/v1/templates/starters', 'get'>> {
    return listOf(this.http, '/v1/templates/starters', query, options);
  }

  /**
   * POST /v1/templates — a subject and exactly one of `html` and `markdown`;
   * or `starter` (an id from `starters()`) filling the fields not given.
   * Invalid Liquid answers 400 `invalid_template` naming the field.
   */
  create(body: RequestBody<'/v1/templates', 'post'>, options?: RequestOptions): Promise<Template> {
    return call(this.http, 'POST', '/v1/templates', { body, options });
  }

  /** GET /v1/templates/{id} */
  get(id: string, options?: RequestOptions): Promise<Template> {
    return call(this.http, 'GET', `/v1/templates/${s(id)}`, { options });
  }

  /** PATCH /v1/templates/{id} — emails already accepted keep their content. */
  update(id: string, body: RequestBody<'/v1/templates/{id}', 'patch'>, options?: RequestOptions): Promise<Template> {
    return call(this.http, 'PATCH', `/v1/templates/${s(id)}`, { body, options });
  }

  /** DELETE /v1/templates/{id} — emails and campaigns made from it keep their content. */
  delete(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/templates/{id}', 'delete'>> {
    return call(this.http, 'DELETE', `/v1/templates/${s(id)}`, { options });
  }
}
