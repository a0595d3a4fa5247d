import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DeletedResponse, errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import { CreateFormBody, FormParams, FormResponse, ListFormsQuery, UpdateFormBody } from './schema.js';
import { createForm, deleteForm, getForm, listForms, updateForm, type FormDeps } from './service.js';

const tags = ['Forms'];
const notFound = { not_found: 'No form with this id in your workspace.' };
const checks = {
  invalid_request:
    'A field is invalid (`param` names it, such as `fields.2.key` for an unknown field key), or the email field is missing or not required.',
};

/** `/v1/forms`: subscribe forms, each with a hosted page and an HTML snippet. */
export function formRoutes(deps: FormDeps): FastifyPluginAsyncZod {
  return async function forms(app) {
    const workspaceOf = (request: Parameters<typeof requirePrincipal>[0]) => requirePrincipal(request).workspaceId;

    app.get('/forms', {
      schema: {
        tags,
        operationId: 'listForms',
        summary: 'List forms',
        description: 'Newest first.',
        querystring: ListFormsQuery,
        response: { 200: listOf(FormResponse), ...errors(errorsOf.read) },
      },
      handler: (request) => listForms(deps, workspaceOf(request), request.query),
    });

    app.post('/forms', {
      schema: {
        tags,
        operationId: 'createForm',
        summary: 'Create a form',
        description:
          'A subscribe form: its fields (email always, and required), the tags it adds, the consent text, where to go after, and the sites it may be posted from. ' +
          'The answer holds the hosted page (`hosted_url`) and an HTML `snippet` to paste into your site. ' +
          'A submission adds or updates the contact (source `form`) and asks for consent: with double opt-in on, a confirmation email.',
        body: CreateFormBody,
        response: { 201: FormResponse, ...errors(errorsOf.postJson, checks) },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await createForm(deps, workspaceOf(request), request.body)),
    });

    app.get('/forms/:id', {
      schema: {
        tags,
        operationId: 'getForm',
        summary: 'Get a form',
        description: 'A form with its hosted page URL and snippet.',
        params: FormParams,
        response: { 200: FormResponse, ...errors(errorsOf.read, notFound) },
      },
      handler: (request) => getForm(deps, workspaceOf(request), request.params.id),
    });

    app.patch('/forms/:id', {
      schema: {
        tags,
        operationId: 'updateForm',
        summary: 'Update a form',
        description:
          'Changes the fields given; `fields` replaces the whole list. Snippets already pasted keep working.',
        params: FormParams,
        body: UpdateFormBody,
        response: { 200: FormResponse, ...errors(errorsOf.patchJson, notFound, checks) },
      },
      handler: (request) => updateForm(deps, workspaceOf(request), request.params.id, request.body),
    });

    app.delete('/forms/:id', {
      schema: {
        tags,
        operationId: 'deleteForm',
        summary: 'Delete a form',
        description: 'Its hosted page and snippet stop taking sign-ups; the contacts it added stay.',
        params: FormParams,
        response: { 200: DeletedResponse, ...errors(errorsOf.change, notFound) },
      },
      handler: async (request) => {
        await deleteForm(deps, workspaceOf(request), request.params.id);
        return { id: request.params.id, deleted: true as const };
      },
    });
  };
}
