import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import { CreateSuppressionBody, ListSuppressionsQuery, SuppressionParams, SuppressionResponse } from './schema.js';
import { createSuppression, listSuppressions, removeSuppression, type SuppressionDeps } from './service.js';

const tags = ['Suppressions'];

export function suppressionRoutes(deps: SuppressionDeps): FastifyPluginAsyncZod {
  return async function suppressions(app) {
    app.get('/suppressions', {
      schema: {
        tags,
        operationId: 'listSuppressions',
        summary: 'List suppressed addresses',
        description:
          'Newest first. Hard bounces, repeated soft bounces and complaints are added by themselves; `?email=` keeps the addresses that are, or start with, the value given (case-insensitive).',
        querystring: ListSuppressionsQuery,
        response: {
          200: listOf(SuppressionResponse),
          ...errors(errorsOf.read, { invalid_request: 'A query parameter is invalid; `param` names it.' }),
        },
      },
      handler: (request) => listSuppressions(deps, requirePrincipal(request).workspaceId, request.query),
    });

    app.post('/suppressions', {
      schema: {
        tags,
        operationId: 'createSuppression',
        summary: 'Suppress an address',
        description:
          'Answers 201 with the new suppression. An address already suppressed answers 200 with the suppression as it is (its first reason and source are kept). Campaigns skip a suppressed address and transactional email is not sent to it.',
        body: CreateSuppressionBody,
        response: {
          200: SuppressionResponse,
          201: SuppressionResponse,
          ...errors(errorsOf.postJson),
        },
      },
      handler: async (request, reply) => {
        const principal = requirePrincipal(request);
        const { suppression, created } = await createSuppression(
          deps,
          principal.workspaceId,
          request.body,
          principal.userId ? 'dashboard' : 'api',
        );
        return reply.code(created ? 201 : 200).send(suppression);
      },
    });

    app.delete('/suppressions/:email', {
      schema: {
        tags,
        operationId: 'deleteSuppression',
        summary: 'Remove a suppression',
        description:
          "Mail may go to the address again. An erased person's suppression (kept only as a hash) is lifted too when the address given is theirs: for a person who came back with new consent. A contact that bounced or complained keeps its status: set it to subscribed with PATCH /v1/contacts/{id} if the person asked for it.",
        params: SuppressionParams,
        response: {
          204: z.null().meta({ description: 'Removed.' }),
          ...errors(errorsOf.change, { not_found: 'The address is not suppressed in your workspace.' }),
        },
      },
      handler: async (request, reply) => {
        await removeSuppression(deps, requirePrincipal(request).workspaceId, request.params.email);
        return reply.code(204).send(null);
      },
    });
  };
}
