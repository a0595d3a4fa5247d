import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PageQuery } from '../../http/pagination.js';
import { DeletedResponse, errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import {
  CreateEndpointBody,
  DeliveryParams,
  DeliveryResponse,
  EndpointParams,
  EndpointResponse,
  EndpointWithSecretResponse,
  ListDeliveriesQuery,
  UpdateEndpointBody,
} from './schema.js';
import {
  changeEndpoint,
  createEndpoint,
  getEndpoint,
  listDeliveriesPage,
  listEndpointsPage,
  removeEndpoint,
  retryDelivery,
  rollSecret,
  type WebhookDeps,
} from './service.js';

const tags = ['Webhooks'];
const NOT_FOUND = 'No webhook endpoint with this id in your workspace.';

export function webhookRoutes(deps: WebhookDeps): FastifyPluginAsyncZod {
  return async function webhooks(app) {
    app.post('/webhook-endpoints', {
      schema: {
        tags,
        operationId: 'createWebhookEndpoint',
        summary: 'Add a webhook endpoint',
        description:
          'Answers 201 with the endpoint and its signing secret (`whsec_…`), shown only now. Every event of the types it lists is POSTed to its URL, signed in the `Grivo-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>`.',
        body: CreateEndpointBody,
        response: {
          201: EndpointWithSecretResponse,
          ...errors(errorsOf.postJson, {
            invalid_request:
              'A field is invalid (`param` names it): a URL that is not http(s), holds credentials or is not a public address; an unknown event type (`events.N`).',
          }),
        },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(
            await createEndpoint(deps, requirePrincipal(request).workspaceId, request.body, requirePrincipal(request)),
          ),
    });

    app.get('/webhook-endpoints', {
      schema: {
        tags,
        operationId: 'listWebhookEndpoints',
        summary: 'List webhook endpoints',
        description: 'Newest first. Secrets are not shown.',
        querystring: PageQuery,
        response: {
          200: listOf(EndpointResponse),
          ...errors(errorsOf.read, { invalid_request: 'A query parameter is invalid; `param` names it.' }),
        },
      },
      handler: (request) => listEndpointsPage(deps, requirePrincipal(request).workspaceId, request.query),
    });

    app.get('/webhook-endpoints/:id', {
      schema: {
        tags,
        operationId: 'getWebhookEndpoint',
        summary: 'Get a webhook endpoint',
        description: 'The endpoint, without its secret.',
        params: EndpointParams,
        response: { 200: EndpointResponse, ...errors(errorsOf.read, { not_found: NOT_FOUND }) },
      },
      handler: (request) => getEndpoint(deps, requirePrincipal(request).workspaceId, request.params.id),
    });

    app.patch('/webhook-endpoints/:id', {
      schema: {
        tags,
        operationId: 'updateWebhookEndpoint',
        summary: 'Update a webhook endpoint',
        description:
          'Changes the fields given. `enabled: true` re-enables an endpoint disabled after 3 days of failures and clears why.',
        params: EndpointParams,
        body: UpdateEndpointBody,
        response: { 200: EndpointResponse, ...errors(errorsOf.patchJson, { not_found: NOT_FOUND }) },
      },
      handler: (request) =>
        changeEndpoint(deps, requirePrincipal(request).workspaceId, request.params.id, request.body),
    });

    app.delete('/webhook-endpoints/:id', {
      schema: {
        tags,
        operationId: 'deleteWebhookEndpoint',
        summary: 'Delete a webhook endpoint',
        description: 'Deletes the endpoint and its delivery log; nothing more is sent to it.',
        params: EndpointParams,
        response: { 200: DeletedResponse, ...errors(errorsOf.change, { not_found: NOT_FOUND }) },
      },
      handler: async (request) => {
        const principal = requirePrincipal(request);
        await removeEndpoint(deps, principal.workspaceId, request.params.id, principal);
        return { id: request.params.id, deleted: true as const };
      },
    });

    app.post('/webhook-endpoints/:id/roll-secret', {
      schema: {
        tags,
        operationId: 'rollWebhookEndpointSecret',
        summary: 'Replace the signing secret',
        description: 'Answers with the endpoint and its new secret, shown only now; the old one signs nothing more.',
        params: EndpointParams,
        response: { 200: EndpointWithSecretResponse, ...errors(errorsOf.post, { not_found: NOT_FOUND }) },
      },
      handler: (request) => rollSecret(deps, requirePrincipal(request).workspaceId, request.params.id),
    });

    app.get('/webhook-endpoints/:id/deliveries', {
      schema: {
        tags,
        operationId: 'listWebhookDeliveries',
        summary: 'List deliveries to an endpoint',
        description: 'Newest first, each with its attempts so far; `status` filters.',
        params: EndpointParams,
        querystring: ListDeliveriesQuery,
        response: {
          200: listOf(DeliveryResponse),
          ...errors(errorsOf.read, {
            not_found: NOT_FOUND,
            invalid_request: 'A query parameter is invalid; `param` names it.',
          }),
        },
      },
      handler: (request) =>
        listDeliveriesPage(deps, requirePrincipal(request).workspaceId, request.params.id, request.query),
    });

    app.post('/webhook-endpoints/:id/deliveries/:delivery_id/retry', {
      schema: {
        tags,
        operationId: 'retryWebhookDelivery',
        summary: 'Retry a delivery now',
        description:
          'Puts the delivery back in line, even one that failed for good; it is attempted within seconds. Answers 202.',
        params: DeliveryParams,
        response: {
          202: DeliveryResponse,
          ...errors(errorsOf.post, { not_found: 'No such endpoint in your workspace, or no such delivery to it.' }),
        },
      },
      handler: async (request, reply) =>
        reply
          .code(202)
          .send(
            await retryDelivery(
              deps,
              requirePrincipal(request).workspaceId,
              request.params.id,
              request.params.delivery_id,
            ),
          ),
    });
  };
}
