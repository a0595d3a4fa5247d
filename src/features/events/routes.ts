import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import { DeliveryResponse, EndpointParams } from '../webhooks/schema.js';
import type { WebhookDeps } from '../webhooks/service.js';
import { EventParams, EventResponse, ListEventsQuery } from './schema.js';
import { getEvent, listEventsPage, pingEndpoint } from './service.js';

export function eventRoutes(deps: WebhookDeps): FastifyPluginAsyncZod {
  return async function events(app) {
    app.get('/events', {
      schema: {
        tags: ['Events'],
        operationId: 'listEvents',
        summary: 'List events',
        description: 'The last 30 days of events, newest first; `type` filters.',
        querystring: ListEventsQuery,
        response: {
          200: listOf(EventResponse),
          ...errors(errorsOf.read, { invalid_request: 'A query parameter is invalid; `param` names it.' }),
        },
      },
      handler: (request) => listEventsPage(deps, requirePrincipal(request).workspaceId, request.query),
    });

    app.get('/events/:id', {
      schema: {
        tags: ['Events'],
        operationId: 'getEvent',
        summary: 'Get an event',
        description: 'An event of the last 30 days, as webhooks send it.',
        params: EventParams,
        response: {
          200: EventResponse,
          ...errors(errorsOf.read, {
            not_found: 'No event with this id in your workspace (or it is over 30 days old).',
          }),
        },
      },
      handler: (request) => getEvent(deps, requirePrincipal(request).workspaceId, request.params.id),
    });

    app.post('/webhook-endpoints/:id/test', {
      schema: {
        tags: ['Webhooks'],
        operationId: 'testWebhookEndpoint',
        summary: 'Send a test event',
        description:
          'Emits a `ping` event to this endpoint only (enabled or not) and answers 202 with its delivery, attempted within seconds.',
        params: EndpointParams,
        response: {
          202: DeliveryResponse,
          ...errors(errorsOf.post, { not_found: 'No webhook endpoint with this id in your workspace.' }),
        },
      },
      handler: async (request, reply) =>
        reply.code(202).send(await pingEndpoint(deps, requirePrincipal(request).workspaceId, request.params.id)),
    });
  };
}
