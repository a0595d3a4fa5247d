import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DeletedResponse, errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import {
  CreateTemplateBody,
  ListTemplatesQuery,
  StarterResponse,
  TemplateParams,
  TemplateResponse,
  UpdateTemplateBody,
} from './schema.js';
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listStarters,
  listTemplates,
  updateTemplate,
  type TemplateDeps,
} from './service.js';

const tags = ['Templates'];
const notFound = { not_found: 'No template with this id in your workspace.' };
const checks = {
  invalid_request:
    'A field is invalid, neither or both of html and markdown were given, or no starter has that id; `param` names it.',
  invalid_template: 'A template does not parse or render; the message names the field, line and reason.',
  template_limit_exceeded: 'A template is too large or too slow to render; the message names the limit.',
};

/** `/v1/templates`: reusable messages for transactional emails and campaigns. */
export function templateRoutes(deps: TemplateDeps): FastifyPluginAsyncZod {
  return async function templates(app) {
    const workspaceOf = (request: Parameters<typeof requirePrincipal>[0]) => requirePrincipal(request).workspaceId;

    app.get('/templates', {
      schema: {
        tags,
        operationId: 'listTemplates',
        summary: 'List templates',
        description: 'Newest first.',
        querystring: ListTemplatesQuery,
        response: { 200: listOf(TemplateResponse), ...errors(errorsOf.read) },
      },
      handler: (request) => listTemplates(deps, workspaceOf(request), request.query),
    });

    app.get('/templates/starters', {
      schema: {
        tags,
        operationId: 'listTemplateStarters',
        summary: 'List starter designs',
        description:
          'The email designs shipped with Grivo (newsletter, announcement, plain letter, welcome): responsive, ' +
          'with a text version and an unsubscribe link. Create a template from one with `starter` in ' +
          'POST /v1/templates, or copy its subject, html and text into a campaign.',
        querystring: ListTemplatesQuery,
        response: { 200: listOf(StarterResponse), ...errors(errorsOf.read) },
      },
      handler: async (request) => {
        requirePrincipal(request);
        return listStarters(request.query);
      },
    });

    app.post('/templates', {
      schema: {
        tags,
        operationId: 'createTemplate',
        summary: 'Create a template',
        description:
          'A subject and exactly one of html and markdown (made into HTML now, and kept), optionally text; ' +
          'or `starter`, the id of a starter design whose name, subject, html and text fill the fields not given. ' +
          'The Liquid is checked now: an invalid template answers 400 invalid_template naming the field, line and reason.',
        body: CreateTemplateBody,
        response: { 201: TemplateResponse, ...errors(errorsOf.postJson, checks) },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await createTemplate(deps, workspaceOf(request), request.body)),
    });

    app.get('/templates/:id', {
      schema: {
        tags,
        operationId: 'getTemplate',
        summary: 'Get a template',
        description: 'A template with its subject, HTML, markdown and text.',
        params: TemplateParams,
        response: { 200: TemplateResponse, ...errors(errorsOf.read, notFound) },
      },
      handler: (request) => getTemplate(deps, workspaceOf(request), request.params.id),
    });

    app.patch('/templates/:id', {
      schema: {
        tags,
        operationId: 'updateTemplate',
        summary: 'Update a template',
        description:
          'Changes the fields given; the templates are checked again. Emails already accepted keep their content.',
        params: TemplateParams,
        body: UpdateTemplateBody,
        response: { 200: TemplateResponse, ...errors(errorsOf.patchJson, notFound, checks) },
      },
      handler: (request) => updateTemplate(deps, workspaceOf(request), request.params.id, request.body),
    });

    app.delete('/templates/:id', {
      schema: {
        tags,
        operationId: 'deleteTemplate',
        summary: 'Delete a template',
        description: 'Emails and campaigns made from it keep their content.',
        params: TemplateParams,
        response: { 200: DeletedResponse, ...errors(errorsOf.change, notFound) },
      },
      handler: async (request) => {
        await deleteTemplate(deps, workspaceOf(request), request.params.id);
        return { id: request.params.id, deleted: true as const };
      },
    });
  };
}
