import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, ResponseBody } from '../types.js';
import type { WebhookEvent } from '../webhooks.js';
import { call, listOf, type Query } from './shared.js';

/** `grivo.events`: what happened in the workspace in the last 30 days, as webhooks send it. */
export class Events {
  constructor(private readonly http: Transport) {}

  /** GET /v1/events — newest first; `type` filters. */
  list(
    query?: Query<'/v1/events'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/events'>, ResponseBody<'/v1/events', 'get'>> {
    return listOf(this.http, '/v1/events', query, options);
  }

  /** GET /v1/events/{id} */
  get(id: string, options?: RequestOptions): Promise<WebhookEvent> {
    return call(this.http, 'GET', `/v1/events/${s(id)}`, { options });
  }
}
