import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import type { Database } from '../../storage/database.js';
import { changeWorkspaceProfile, getWorkspaceProfile } from './workspace.js';
import { UpdateWorkspaceBody, WorkspaceResponse } from './workspace-schema.js';

const tags = ['Dashboard'];
const security = [{ sessionCookie: [] }];

/**
 * `GET/PATCH /dashboard/workspace`: the signed-in workspace's name, postal
 * address, default sender and time zone. Mounted in the dashboard's scope,
 * which checks the session.
 */
export function workspaceRoutes(deps: { database: Database }): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async function workspace(app) {
    app.get('/workspace', {
      schema: {
        tags,
        operationId: 'getWorkspace',
        summary: 'Get the signed-in workspace',
        description: 'Its name, plan, postal address, default sender and time zone. Every member may read it.',
        security,
        response: { 200: WorkspaceResponse, ...errors(errorsOf.session) },
      },
      handler: (request) => getWorkspaceProfile(db, requirePrincipal(request).workspaceId),
    });

    app.patch('/workspace', {
      config: { role: { least: 'admin', action: 'change the workspace settings' } },
      schema: {
        tags,
        operationId: 'updateWorkspace',
        summary: 'Rename the workspace, or change its address, sender or time zone',
        description: 'Owners and admins only. Fields left out stay as they are; null clears an optional one.',
        security,
        body: UpdateWorkspaceBody,
        response: {
          200: WorkspaceResponse,
          ...errors(errorsOf.session, errorsOf.sessionChange, errorsOf.json, {
            unknown_parameter: 'A body field this endpoint does not take; `param` names it.',
            forbidden: 'Only an owner or admin of the workspace can change it.',
          }),
        },
      },
      handler: (request) => changeWorkspaceProfile(db, requirePrincipal(request), request.body),
    });
  };
}
