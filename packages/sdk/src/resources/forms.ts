import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, RequestBody, ResponseBody } from '../types.js';
import { call, listOf, type Query } from './shared.js';

/** A subscribe form: its fields, tags and consent text, with its hosted page (`hosted_url`) and HTML `snippet`. */
export type Form = ResponseBody<'/v1/forms/{id}', 'get'>;

/** `grivo.forms`: subscribe forms, hosted or pasted into a site. */
export class Forms {
  constructor(private readonly http: Transport) {}

  /** GET /v1/forms — newest first. */
  list(
    query?: Query<'/v1/forms'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/forms'>, ResponseBody<'/v1/forms', 'get'>> {
    return listOf(this.http, '/v1/forms', query, options);
  }

  /** POST /v1/forms — a name and `consent_text`; fields default to the email alone. */
  create(body: RequestBody<'/v1/forms', 'post'>, options?: RequestOptions): Promise<Form> {
    return call(this.http, 'POST', '/v1/forms', { body, options });
  }

  /** GET /v1/forms/{id} */
  get(id: string, options?: RequestOptions): Promise<Form> {
    return call(this.http, 'GET', `/v1/forms/${s(id)}`, { options });
  }

  /** PATCH /v1/forms/{id} */
  update(id: string, body: RequestBody<'/v1/forms/{id}', 'patch'>, options?: RequestOptions): Promise<Form> {
    return call(this.http, 'PATCH', `/v1/forms/${s(id)}`, { body, options });
  }

  /** DELETE /v1/forms/{id} */
  delete(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/forms/{id}', 'delete'>> {
    return call(this.http, 'DELETE', `/v1/forms/${s(id)}`, { options });
  }
}
