import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import type { ListItem, ResponseBody } from '../types.js';
import { listOf, type Query } from './shared.js';

/** A tag of the workspace and how many contacts carry it. */
export type Tag = ListItem<'/v1/tags'>;

/** `grivo.tags`: the tags contacts carry (compared case-insensitively). */
export class Tags {
  constructor(private readonly http: Transport) {}

  /** GET /v1/tags — most used first; `search` keeps the tags starting with the text. */
  list(query?: Query<'/v1/tags'>, options?: RequestOptions): ListRequest<Tag, ResponseBody<'/v1/tags', 'get'>> {
    return listOf(this.http, '/v1/tags', query, options);
  }
}
