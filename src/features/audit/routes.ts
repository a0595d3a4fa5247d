import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import type { Database } from '../../storage/database.js';
import { AuditEntryResponse, ListAuditLogQuery } from './schema.js';
import { listAuditLog } from './service.js';

const tags = ['Audit log'];

/** `GET /v1/audit-log`: who did what in the workspace. */
export function auditRoutes(deps: { database: Database }): FastifyPluginAsyncZod {
  return async function audit(app) {
    app.get('/audit-log', {
      config: { role: { least: 'admin', action: 'read the audit log' } },
      schema: {
        tags,
        operationId: 'listAuditLog',
        summary: 'List the audit log',
        description:
          'Who did what in the workspace, newest first: API keys created and revoked, campaigns sent, scheduled and cancelled, ' +
          'contact exports, imports and erasures, chatbots and webhook endpoints, settings and members. ' +
          'Filters combine; `since` and `until` take a time or a date. A signed-in member needs the owner or admin role.',
        querystring: ListAuditLogQuery,
        response: {
          200: listOf(AuditEntryResponse),
          ...errors(errorsOf.read, {
            invalid_request: 'A filter or page parameter is invalid, or since is after until; `param` names it.',
            forbidden: 'A signed-in member who is not an owner or admin of the workspace.',
          }),
        },
      },
      handler: (request) => listAuditLog(deps.database.db, requirePrincipal(request).workspaceId, request.query),
    });
  };
}
