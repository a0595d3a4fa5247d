import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, RequestBody, ResponseBody } from '../types.js';
import { call, listOf, type Query } from './shared.js';

/** A URL the workspace's events are POSTed to, signed with its secret (not shown here). */
export type WebhookEndpoint = ResponseBody<'/v1/webhook-endpoints/{id}', 'get'>;
/** An endpoint with its signing secret (`whsec_…`), which only `create` and `rollSecret` give. */
export type WebhookEndpointWithSecret = ResponseBody<'/v1/webhook-endpoints', 'post'>;
/** One event sent to one endpoint: its attempts so far. */
export type WebhookDelivery = ResponseBody<'/v1/webhook-endpoints/{id}/deliveries/{delivery_id}/retry', 'post'>;

/** `grivo.webhookEndpoints.deliveries`: what was sent to an endpoint, and how it went. */
export class WebhookDeliveries {
  constructor(private readonly http: Transport) {}

  /** GET /v1/webhook-endpoints/{id}/deliveries — newest first, each with its attempts; `status` filters. */
  list(
    id: string,
    query?: Query<'/v1/webhook-endpoints/{id}/deliveries'>,
    options?: RequestOptions,
  ): ListRequest<
    ListItem<'/v1/webhook-endpoints/{id}/deliveries'>,
    ResponseBody<'/v1/webhook-endpoints/{id}/deliveries', 'get'>
  > {
    return listOf(this.http, `/v1/webhook-endpoints/${s(id)}/deliveries`, query, options);
  }

  /** POST /v1/webhook-endpoints/{id}/deliveries/{delivery_id}/retry — attempted again within seconds (202). */
  retry(id: string, deliveryId: string, options?: RequestOptions): Promise<WebhookDelivery> {
    return call(this.http, 'POST', `/v1/webhook-endpoints/${s(id)}/deliveries/${s(deliveryId)}/retry`, { options });
  }
}

/** `grivo.webhookEndpoints`: where Grivo POSTs the workspace's events. */
export class WebhookEndpoints {
  /** Deliveries to an endpoint, and retrying one. */
  readonly deliveries: WebhookDeliveries;

  constructor(private readonly http: Transport) {
    this.deliveries = new WebhookDeliveries(http);
  }

  /** GET /v1/webhook-endpoints — newest first, without their secrets. */
  list(
    query?: Query<'/v1/webhook-endpoints'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/webhook-endpoints'>, ResponseBody<'/v1/webhook-endpoints', 'get'>> {
    return listOf(this.http, '/v1/webhook-endpoints', query, options);
  }

  /** POST /v1/webhook-endpoints — answers with its signing `secret`, shown only now: keep it. */
  create(
    body: RequestBody<'/v1/webhook-endpoints', 'post'>,
    options?: RequestOptions,
  ): Promise<WebhookEndpointWithSecret> {
    return call(this.http, 'POST', '/v1/webhook-endpoints', { body, options });
  }

  /** GET /v1/webhook-endpoints/{id} */
  get(id: string, options?: RequestOptions): Promise<WebhookEndpoint> {
    return call(this.http, 'GET', `/v1/webhook-endpoints/${s(id)}`, { options });
  }

  /** PATCH /v1/webhook-endpoints/{id} — `enabled: true` re-enables an endpoint disabled after failing. */
  update(
    id: string,
    body: RequestBody<'/v1/webhook-endpoints/{id}', 'patch'>,
    options?: RequestOptions,
  ): Promise<WebhookEndpoint> {
    return call(this.http, 'PATCH', `/v1/webhook-endpoints/${s(id)}`, { body, options });
  }

  /** DELETE /v1/webhook-endpoints/{id} — with its delivery log. */
  delete(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/webhook-endpoints/{id}', 'delete'>> {
    return call(this.http, 'DELETE', `/v1/webhook-endpoints/${s(id)}`, { options });
  }

  /** POST /v1/webhook-endpoints/{id}/roll-secret — a new secret, shown only now; the old one signs nothing more. */
  rollSecret(id: string, options?: RequestOptions): Promise<WebhookEndpointWithSecret> {
    return call(this.http, 'POST', `/v1/webhook-endpoints/${s(id)}/roll-secret`, { options });
  }

  /** POST /v1/webhook-endpoints/{id}/test — sends a `ping` event to this endpoint only (202, its delivery). */
  test(id: string, options?: RequestOptions): Promise<WebhookDelivery> {
    return call(this.http, 'POST', `/v1/webhook-endpoints/${s(id)}/test`, { options });
  }
}
