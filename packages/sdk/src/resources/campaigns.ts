import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, RequestBody, ResponseBody } from '../types.js';
import { call, listOf, type Query } from './shared.js';

/** A campaign. */
export type Campaign = ResponseBody<'/v1/campaigns/{id}', 'get'>;

/** `grivo.campaigns`: email campaigns, their sending and their stats. */
export class Campaigns {
  constructor(private readonly http: Transport) {}

  /** GET /v1/campaigns */
  list(
    query?: Query<'/v1/campaigns'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/campaigns'>, ResponseBody<'/v1/campaigns', 'get'>> {
    return listOf(this.http, '/v1/campaigns', query, options);
  }

  /** POST /v1/campaigns — a draft. */
  create(body: RequestBody<'/v1/campaigns', 'post'>, options?: RequestOptions): Promise<Campaign> {
    return call(this.http, 'POST', '/v1/campaigns', { body, options });
  }

  /** GET /v1/campaigns/{id} */
  get(id: string, options?: RequestOptions): Promise<Campaign> {
    return call(this.http, 'GET', `/v1/campaigns/${s(id)}`, { options });
  }

  /** PATCH /v1/campaigns/{id} */
  update(id: string, body: RequestBody<'/v1/campaigns/{id}', 'patch'>, options?: RequestOptions): Promise<Campaign> {
    return call(this.http, 'PATCH', `/v1/campaigns/${s(id)}`, { body, options });
  }

  /** DELETE /v1/campaigns/{id} */
  delete(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/campaigns/{id}', 'delete'>> {
    return call(this.http, 'DELETE', `/v1/campaigns/${s(id)}`, { options });
  }

  /** POST /v1/campaigns/{id}/duplicate — a new draft named "<name> (copy)", from a campaign in any status. */
  duplicate(id: string, options?: RequestOptions): Promise<Campaign> {
    return call(this.http, 'POST', `/v1/campaigns/${s(id)}/duplicate`, { options });
  }

  /** POST /v1/campaigns/{id}/send — now, or at `send_at`. */
  send(
    id: string,
    body?: RequestBody<'/v1/campaigns/{id}/send', 'post'>,
    options?: RequestOptions,
  ): Promise<ResponseBody<'/v1/campaigns/{id}/send', 'post'>> {
    return call(this.http, 'POST', `/v1/campaigns/${s(id)}/send`, { body: body ?? undefined, options });
  }

  /** POST /v1/campaigns/{id}/test — sends a test to up to 5 addresses. */
  test(
    id: string,
    body: RequestBody<'/v1/campaigns/{id}/test', 'post'>,
    options?: RequestOptions,
  ): Promise<ResponseBody<'/v1/campaigns/{id}/test', 'post'>> {
    return call(this.http, 'POST', `/v1/campaigns/${s(id)}/test`, { body, options });
  }

  /** POST /v1/campaigns/{id}/pause */
  pause(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/campaigns/{id}/pause', 'post'>> {
    return call(this.http, 'POST', `/v1/campaigns/${s(id)}/pause`, { options });
  }

  /** POST /v1/campaigns/{id}/resume */
  resume(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/campaigns/{id}/resume', 'post'>> {
    return call(this.http, 'POST', `/v1/campaigns/${s(id)}/resume`, { options });
  }

  /** POST /v1/campaigns/{id}/cancel */
  cancel(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/campaigns/{id}/cancel', 'post'>> {
    return call(this.http, 'POST', `/v1/campaigns/${s(id)}/cancel`, { options });
  }

  /** GET /v1/campaigns/{id}/stats */
  stats(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/campaigns/{id}/stats', 'get'>> {
    return call(this.http, 'GET', `/v1/campaigns/${s(id)}/stats`, { options });
  }

  /** POST /v1/campaigns/preview — renders a subject and body for a contact, sending nothing. */
  preview(
    body: RequestBody<'/v1/campaigns/preview', 'post'>,
    options?: RequestOptions,
  ): Promise<ResponseBody<'/v1/campaigns/preview', 'post'>> {
    return call(this.http, 'POST', '/v1/campaigns/preview', { body, options });
  }

  /** POST /v1/campaigns/audience — how many contacts an audience reaches. */
  audience(
    body: RequestBody<'/v1/campaigns/audience', 'post'>,
    options?: RequestOptions,
  ): Promise<ResponseBody<'/v1/campaigns/audience', 'post'>> {
    return call(this.http, 'POST', '/v1/campaigns/audience', { body, options });
  }

  /** GET /v1/campaigns/{id}/recipients — the recipients to whom `event` (default `sent`) happened, newest first. */
  recipients(
    id: string,
    query?: Query<'/v1/campaigns/{id}/recipients'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/campaigns/{id}/recipients'>, ResponseBody<'/v1/campaigns/{id}/recipients', 'get'>> {
    return listOf(this.http, `/v1/campaigns/${s(id)}/recipients`, query, options);
  }

  /**
   * GET /v1/campaigns/{id}/recipients/export — the same recipients as CSV, streamed: a
   * ReadableStream of its bytes (`await new Response(stream).text()` for the text).
   */
  async exportRecipients(
    id: string,
    query?: Query<'/v1/campaigns/{id}/recipients/export'>,
    options?: RequestOptions,
  ): Promise<ReadableStream<Uint8Array>> {
    const response = await this.http.stream({
      method: 'GET',
      path: `/v1/campaigns/${s(id)}/recipients/export`,
      query,
      accept: 'text/csv',
      options,
    });
    return response.body ?? new Blob([]).stream();
  }
}
