import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import type { Database } from '../../storage/database.js';
import { SettingsResponse, UpdateSettingsBody } from './settings-schema.js';
import { getSettings, updateSettings, type TemplateRenderer } from './settings.js';

const tags = ['Settings'];

/** `GET/PATCH /v1/settings`: the workspace's settings (its default sender, double opt-in, postal address). */
export function settingsRoutes(deps: { database: Database; templates: TemplateRenderer }): FastifyPluginAsyncZod {
  return async function settings(app) {
    app.get('/settings', {
      schema: {
        tags,
        operationId: 'getSettings',
        summary: "Get the workspace's settings",
        description:
          'The default sender of transactional emails, double opt-in and its confirmation email, and the postal address.',
        response: { 200: SettingsResponse, ...errors(errorsOf.read) },
      },
      handler: (request) => getSettings(deps.database.db, requirePrincipal(request).workspaceId),
    });

    app.patch('/settings', {
      schema: {
        tags,
        operationId: 'updateSettings',
        summary: "Update the workspace's settings",
        description:
          'Changes the settings given; null clears one. An invalid address or confirmation template answers 400 naming the field.',
        body: UpdateSettingsBody,
        response: {
          200: SettingsResponse,
          ...errors(errorsOf.patchJson, {
            invalid_request: 'A setting is invalid; `param` names it.',
            invalid_template: 'The confirmation template does not render; `param` names the setting.',
            template_limit_exceeded: 'The confirmation template is over a template limit.',
          }),
        },
      },
      handler: (request) => {
        const principal = requirePrincipal(request);
        return updateSettings(deps, principal.workspaceId, request.body, principal);
      },
    });
  };
}
