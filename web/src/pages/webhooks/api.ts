// The webhook endpoint routes the dashboard calls, typed by the OpenAPI document.
import type { RequestBody } from '@grivo/sdk';
import { call, read } from '../../api/client';

export type EndpointBody = RequestBody<'/v1/webhook-endpoints', 'post'>;
export type EndpointChanges = RequestBody<'/v1/webhook-endpoints/{id}', 'patch'>;

export const readEndpoints = () => read('/v1/webhook-endpoints', { query: { per_page: 100 } });
export const readEndpoint = (id: string) => read('/v1/webhook-endpoints/{id}', { params: { id } });
export const createEndpoint = (body: EndpointBody) => call('post', '/v1/webhook-endpoints', { body });
export const updateEndpoint = (id: string, body: EndpointChanges) =>
  call('patch', '/v1/webhook-endpoints/{id}', { params: { id }, body });
export const deleteEndpoint = (id: string) => call('delete', '/v1/webhook-endpoints/{id}', { params: { id } });
export const rollSecret = (id: string) => call('post', '/v1/webhook-endpoints/{id}/roll-secret', { params: { id } });
export const sendTestEvent = (id: string) => call('post', '/v1/webhook-endpoints/{id}/test', { params: { id } });

export const readDeliveries = (id: string, page: number, perPage: number) =>
  read('/v1/webhook-endpoints/{id}/deliveries', { params: { id }, query: { page, per_page: perPage } });
export const retryDelivery = (id: string, deliveryId: string) =>
  call('post', '/v1/webhook-endpoints/{id}/deliveries/{delivery_id}/retry', {
    params: { id, delivery_id: deliveryId },
  });
