import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, RequestBody, ResponseBody } from '../types.js';
import { call, listOf, type Query } from './shared.js';

/** A saved set of conditions on contacts, with its live count. */
export type Segment = ResponseBody<'/v1/segments/{id}', 'get'>;
/** How many contacts some conditions match now (and how many of them are subscribed). */
export type SegmentCount = ResponseBody<'/v1/segments/count', 'post'>;

/** `grivo.segments`: saved conditions on contacts, usable as `contacts.list({ segment })` or a campaign audience. */
export class Segments {
  constructor(private readonly http: Transport) {}

  /** GET /v1/segments — newest first. */
  list(
    query?: Query<'/v1/segments'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/segments'>, ResponseBody<'/v1/segments', 'get'>> {
    return listOf(this.http, '/v1/segments', query, options);
  }

  /** POST /v1/segments — a name, `match` (`all` or `any`) and up to 20 conditions; answers with its live count. */
  create(body: RequestBody<'/v1/segments', 'post'>, options?: RequestOptions): Promise<Segment> {
    return call(this.http, 'POST', '/v1/segments', { body, options });
  }

  /** POST /v1/segments/count — how many contacts conditions match now, saving nothing. */
  count(body: RequestBody<'/v1/segments/count', 'post'> = {}, options?: RequestOptions): Promise<SegmentCount> {
    return call(this.http, 'POST', '/v1/segments/count', { body, options });
  }

  /** GET /v1/segments/{id} */
  get(id: string, options?: RequestOptions): Promise<Segment> {
    return call(this.http, 'GET', `/v1/segments/${s(id)}`, { options });
  }

  /** PATCH /v1/segments/{id} — `conditions` replaces every condition. */
  update(id: string, body: RequestBody<'/v1/segments/{id}', 'patch'>, options?: RequestOptions): Promise<Segment> {
    return call(this.http, 'PATCH', `/v1/segments/${s(id)}`, { body, options });
  }

  /** DELETE /v1/segments/{id} */
  delete(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/segments/{id}', 'delete'>> {
    return call(this.http, 'DELETE', `/v1/segments/${s(id)}`, { options });
  }
}
