import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, RequestBody, ResponseBody } from '../types.js';
import { call, listOf, type Query } from './shared.js';

/** A URL a mail provider (SES, SendGrid, Postmark, Mailgun, generic) reports bounces, complaints and deliveries to. */
export type InboundWebhook = ResponseBody<'/v1/inbound-webhooks/{id}', 'get'>;

/** `grivo.inboundWebhooks`: the URLs your mail providers report bounces and complaints to. */
export class InboundWebhooks {
  constructor(private readonly http: Transport) {}

  /** GET /v1/inbound-webhooks — newest first. */
  list(
    query?: Query<'/v1/inbound-webhooks'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/inbound-webhooks'>, ResponseBody<'/v1/inbound-webhooks', 'get'>> {
    return listOf(this.http, '/v1/inbound-webhooks', query, options);
  }

  /** POST /v1/inbound-webhooks — answers with the `url` to give the provider. */
  create(body: RequestBody<'/v1/inbound-webhooks', 'post'>, options?: RequestOptions): Promise<InboundWebhook> {
    return call(this.http, 'POST', '/v1/inbound-webhooks', { body, options });
  }

  /** GET /v1/inbound-webhooks/{id} — its signing key is never shown again. */
  get(id: string, options?: RequestOptions): Promise<InboundWebhook> {
    return call(this.http, 'GET', `/v1/inbound-webhooks/${s(id)}`, { options });
  }

  /** DELETE /v1/inbound-webhooks/{id} — its URL answers 404 from now on. */
  delete(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/inbound-webhooks/{id}', 'delete'>> {
    return call(this.http, 'DELETE', `/v1/inbound-webhooks/${s(id)}`, { options });
  }
}
