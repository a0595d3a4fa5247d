// The webhook endpoint routes the dashboard calls. Typed by hand (types.ts) until the OpenAPI document
// describes /v1/webhook-endpoints: then `loose` goes and these become typed `call`/`read` like the other areas.
import { call, read, type Read } from '../../api/client';
import type {
  EndpointBody,
  EndpointChanges,
  EndpointWithSecret,
  ListPage,
  WebhookDelivery,
  WebhookEndpoint,
} from './types';

type Options = { params?: Record<string, string>; query?: Record<string, string | number | undefined>; body?: unknown };
const looseCall = call as unknown as <T>(method: string, path: string, options?: Options) => Promise<T>;
const looseRead = read as unknown as <T>(path: string, options?: Options) => Read<T>;

export const readEndpoints = () =>
  looseRead<ListPage<WebhookEndpoint>>('/v1/webhook-endpoints', { query: { per_page: 100 } });
export const readEndpoint = (id: string) =>
  looseRead<WebhookEndpoint>('/v1/webhook-endpoints/{id}', { params: { id } });
export const createEndpoint = (body: EndpointBody) =>
  looseCall<EndpointWithSecret>('post', '/v1/webhook-endpoints', { body });
export const updateEndpoint = (id: string, body: EndpointChanges) =>
  looseCall<WebhookEndpoint>('patch', '/v1/webhook-endpoints/{id}', { params: { id }, body });
export const deleteEndpoint = (id: string) =>
  looseCall<void>('delete', '/v1/webhook-endpoints/{id}', { params: { id } });
export const rollSecret = (id: string) =>
  looseCall<EndpointWithSecret>('post', '/v1/webhook-endpoints/{id}/roll-secret', { params: { id } });
export const sendTestEvent = (id: string) =>
  looseCall<unknown>('post', '/v1/webhook-endpoints/{id}/test', { params: { id } });

export const readDeliveries = (id: string, page: number, perPage: number) =>
  looseRead<ListPage<WebhookDelivery>>('/v1/webhook-endpoints/{id}/deliveries', {
    params: { id },
    query: { page, per_page: perPage },
  });
export const retryDelivery = (id: string, deliveryId: string) =>
  looseCall<WebhookDelivery>('post', '/v1/webhook-endpoints/{id}/deliveries/{delivery_id}/retry', {
    params: { id, delivery_id: deliveryId },
  });
