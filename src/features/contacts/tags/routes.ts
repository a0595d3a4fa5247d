import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf, listOf } from '../../../http/openapi.js';
import { requirePrincipal } from '../../../http/principal.js';
import type { Database } from '../../../storage/database.js';
import { ListTagsQuery, TagResponse } from './schema.js';
import { listTags } from './service.js';

const tags = ['Contacts'];

export function tagRoutes(deps: { database: Database }): FastifyPluginAsyncZod {
  return async function tagList(app) {
    app.get('/tags', {
      schema: {
        tags,
        operationId: 'listTags',
        summary: "List the workspace's tags",
        description:
          'Every tag your contacts carry, with how many carry it, most used first. Tags are compared case-insensitively everywhere (filters, audiences, segments, imports): `VIP` and `vip` are one tag, shown as first written. `?search=` keeps the tags starting with the text.',
        querystring: ListTagsQuery,
        response: {
          200: listOf(TagResponse),
          ...errors(errorsOf.read, { invalid_request: 'A query parameter is invalid; `param` names it.' }),
        },
      },
      handler: (request) => listTags(deps, requirePrincipal(request).workspaceId, request.query),
    });
  };
}
