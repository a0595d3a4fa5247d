import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf } from '../../../http/openapi.js';
import { requirePrincipal } from '../../../http/principal.js';
import { BulkParams, BulkResponse, CreateBulkBody } from './schema.js';
import { createBulkAction, getBulkAction, type BulkDeps } from './service.js';

const tags = ['Contacts'];

export function contactBulkRoutes(deps: BulkDeps): FastifyPluginAsyncZod {
  return async function contactBulk(app) {
    app.post('/contacts/bulk', {
      schema: {
        tags,
        operationId: 'createContactBulkAction',
        summary: 'Tag, untag, unsubscribe or delete many contacts',
        description:
          'Answers 202 with the action, which runs in the background in batches: follow it with GET /v1/contacts/bulk/{id}. Select the contacts with exactly one of `ids` (at most 1000), `segment` or `filter` (the filters of the contacts list). Tags are compared case-insensitively. `unsubscribe` leaves bounced and complained contacts as they are. Each changed contact emits its webhook event (contact.updated, contact.unsubscribed, contact.deleted).',
        body: CreateBulkBody,
        response: {
          202: BulkResponse,
          ...errors(errorsOf.postJson, { not_found: 'The segment given is not one of your workspace.' }),
        },
      },
      handler: async (request, reply) => {
        const bulk = await createBulkAction(deps, requirePrincipal(request).workspaceId, request.body);
        return reply.code(202).send(bulk);
      },
    });

    app.get('/contacts/bulk/:id', {
      schema: {
        tags,
        operationId: 'getContactBulkAction',
        summary: 'Get a bulk action and its progress',
        description:
          'Poll it until `status` is `done` or `failed`: `processed` of `total` contacts so far, `changed` of them.',
        params: BulkParams,
        response: {
          200: BulkResponse,
          ...errors(errorsOf.read, { not_found: 'No bulk action with this id in your workspace.' }),
        },
      },
      handler: (request) => getBulkAction(deps, requirePrincipal(request).workspaceId, request.params.id),
    });
  };
}
