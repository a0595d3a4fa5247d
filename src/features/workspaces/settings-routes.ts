import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import type { Database } from '../../storage/database.js';
import { SettingsResponse, UpdateSettingsBody } from './settings-schema.js';
import { getSettings, updateSettings } from './settings.js';

const tags = ['Settings'];

/** `GET/PATCH /v1/settings`: the workspace's settings (its default sender). */
export function settingsRoutes(deps: { database: Database }): FastifyPluginAsyncZod {
  return async function settings(app) {
    app.get('/settings', {
      schema: {
        tags,
        operationId: 'getSettings',
        summary: "Get the workspace's settings",
        description: 'The default sender of transactional emails.',
        response: { 200: SettingsResponse, ...errors(errorsOf.read) },
      },
      handler: (request) => getSettings(deps.database.db, requirePrincipal(request).workspaceId),
    });

    app.patch('/settings', {
      schema: {
        tags,
        operationId: 'updateSettings',
        summary: "Update the workspace's settings",
        description: 'Changes the settings given; null clears one. An invalid address answers 400 naming the field.',
        body: UpdateSettingsBody,
        response: {
          200: SettingsResponse,
          ...errors(errorsOf.patchJson, { invalid_request: 'A setting is invalid; `param` names it.' }),
        },
      },
      handler: (request) => updateSettings(deps.database.db, requirePrincipal(request).workspaceId, request.body),
    });
  };
}
