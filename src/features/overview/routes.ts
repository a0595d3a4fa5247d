import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import type { Database } from '../../storage/database.js';
import { OverviewQuery, OverviewResponse } from './schema.js';
import { getOverview } from './service.js';

const tags = ['Dashboard'];
const security = [{ sessionCookie: [] }];

/**
 * `GET /dashboard/overview`: the dashboard's home page in one call. Mounted in
 * the dashboard's scope, which checks the session.
 */
export function overviewRoutes(deps: { database: Database }): FastifyPluginAsyncZod {
  return async function overview(app) {
    app.get('/overview', {
      schema: {
        tags,
        operationId: 'getOverview',
        summary: 'Get the workspace at a glance',
        description:
          "Conversations of every chatbot and how many were answered, leads, contacts (total and new per day) and the last campaigns' open and click rates, over the last 7, 30 or 90 days. Every member may read it.",
        security,
        querystring: OverviewQuery,
        response: {
          200: OverviewResponse,
          ...errors(errorsOf.session, {
            invalid_request: 'days is not 7, 30 or 90; `param` names it.',
            unknown_parameter: 'A query parameter this endpoint does not take; `param` names it.',
          }),
        },
      },
      handler: (request) => getOverview(deps.database, requirePrincipal(request).workspaceId, request.query),
    });
  };
}
