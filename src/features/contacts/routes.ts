import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DeletedResponse, errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import { exportContacts } from './export/contacts-csv.js';
import {
  ContactFilter,
  ContactParams,
  ContactResponse,
  CreateContactBody,
  CreateContactQuery,
  ListContactsQuery,
  UpdateContactBody,
} from './schema.js';
import { createContact, deleteContact, getContact, listContacts, updateContact, type ContactDeps } from './service.js';

const tags = ['Contacts'];

export function contactRoutes(deps: ContactDeps): FastifyPluginAsyncZod {
  return async function contacts(app) {
    app.get('/contacts', {
      schema: {
        tags,
        operationId: 'listContacts',
        summary: 'List all contacts',
        description:
          'Newest first, filtered by search, tag, status or segment. To walk a list that is changing, pass the last id seen as starting_after.',
        querystring: ListContactsQuery,
        response: {
          200: listOf(ContactResponse),
          ...errors(errorsOf.read, {
            invalid_request: 'A query parameter is invalid; `param` names it.',
            not_found: 'No segment with the id given as `segment` in your workspace.',
          }),
        },
      },
      handler: (request) => listContacts(deps, requirePrincipal(request).workspaceId, request.query),
    });

    app.post('/contacts', {
      schema: {
        tags,
        operationId: 'createContact',
        summary: 'Add a new contact',
        description:
          'Answers 201 with the new contact. A contact with the same email (case-insensitive) answers 409 contact_exists, unless ?upsert=true, which updates it and answers 200.',
        querystring: CreateContactQuery,
        body: CreateContactBody,
        response: {
          200: ContactResponse,
          201: ContactResponse,
          ...errors(errorsOf.postJson, {
            contact_exists:
              'A contact with this email exists (its id is in the message); send ?upsert=true to update it.',
            plan_limit_exceeded: 'The workspace has as many contacts as your plan allows.',
          }),
        },
      },
      handler: async (request, reply) => {
        const principal = requirePrincipal(request);
        const { contact, created } = await createContact(deps, principal, request.body, {
          upsert: request.query.upsert,
          source: principal.userId ? 'dashboard' : 'api',
        });
        return reply.code(created ? 201 : 200).send(contact);
      },
    });

    app.get('/contacts/export', {
      config: { role: { least: 'admin', action: 'export contacts' } },
      schema: {
        tags,
        operationId: 'exportContacts',
        summary: 'Export contacts as CSV',
        description:
          'Streams every contact matching the filters as CSV, attributes as extra columns. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.',
        querystring: ContactFilter,
        media: {
          response: {
            status: 200,
            description: 'The contacts as CSV (UTF-8), as an attachment.',
            content: {
              'text/csv': {
                schema: { type: 'string' },
                example:
                  'id,email,first_name,last_name,phone,tags,status,source,created_at,updated_at,company\n' +
                  'ct_0VbPq7Tn4GxD8hRc,jane@example.org,Jane,Doe,+1 415 555 0134,customer;newsletter,subscribed,api,2026-03-15T10:30:00Z,2026-03-15T10:30:00Z,Northwind\n',
              },
            },
          },
          errors: errors(errorsOf.read, errorsOf.role, {
            invalid_request: 'A query parameter is invalid; `param` names it.',
          }),
        },
      },
      handler: async (request, reply) => {
        const csv = await exportContacts(deps.database, requirePrincipal(request), request.query);
        const date = new Date().toISOString().slice(0, 10);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="contacts-${date}.csv"`)
          .send(Readable.from(csv));
      },
    });

    app.get('/contacts/:id', {
      schema: {
        tags,
        operationId: 'getContact',
        summary: 'Get a contact',
        description: 'A contact with its attributes and tags.',
        params: ContactParams,
        response: {
          200: ContactResponse,
          ...errors(errorsOf.read, { not_found: 'No contact with this id in your workspace.' }),
        },
      },
      handler: (request) => getContact(deps, requirePrincipal(request).workspaceId, request.params.id),
    });

    app.patch('/contacts/:id', {
      schema: {
        tags,
        operationId: 'updateContact',
        summary: 'Update a contact',
        description:
          "Changes the fields given. attributes are merged (a key set to null is removed); tags replace the contact's tags.",
        params: ContactParams,
        body: UpdateContactBody,
        response: {
          200: ContactResponse,
          ...errors(errorsOf.patchJson, {
            not_found: 'No contact with this id in your workspace.',
            contact_exists: 'Another contact has this email (its id is in the message).',
          }),
        },
      },
      handler: (request) => updateContact(deps, requirePrincipal(request).workspaceId, request.params.id, request.body),
    });

    app.delete('/contacts/:id', {
      schema: {
        tags,
        operationId: 'deleteContact',
        summary: 'Delete a contact',
        description: 'Deletes the contact; campaigns being sent skip it.',
        params: ContactParams,
        response: {
          200: DeletedResponse,
          ...errors(errorsOf.change, { not_found: 'No contact with this id in your workspace.' }),
        },
      },
      handler: async (request) => {
        await deleteContact(deps, requirePrincipal(request).workspaceId, request.params.id);
        return { id: request.params.id, deleted: true as const };
      },
    });
  };
}
