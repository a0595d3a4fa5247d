import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, RequestBody, ResponseBody } from '../types.js';
import { call, listOf, type Query } from './shared.js';

/** An address the workspace sends nothing to: no campaign, no transactional email. */
export type Suppression = ResponseBody<'/v1/suppressions', 'post'>;

/** `grivo.suppressions`: the addresses mail never goes to (bounces, complaints, and those you add). */
export class Suppressions {
  constructor(private readonly http: Transport) {}

  /** GET /v1/suppressions — newest first; `email` keeps the addresses that are, or start with, it. */
  list(
    query?: Query<'/v1/suppressions'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/suppressions'>, ResponseBody<'/v1/suppressions', 'get'>> {
    return listOf(this.http, '/v1/suppressions', query, options);
  }

  /** POST /v1/suppressions — an address already suppressed is answered as it is (its first reason kept). */
  create(body: RequestBody<'/v1/suppressions', 'post'>, options?: RequestOptions): Promise<Suppression> {
    return call(this.http, 'POST', '/v1/suppressions', { body, options });
  }

  /** DELETE /v1/suppressions/{email} — mail may go to the address again (204: resolves to `undefined`). */
  delete(email: string, options?: RequestOptions): Promise<ResponseBody<'/v1/suppressions/{email}', 'delete'>> {
    return call(this.http, 'DELETE', `/v1/suppressions/${s(email)}`, { options });
  }
}
