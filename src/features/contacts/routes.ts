import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DeletedResponse, errorResponses } from '../../http/openapi.js';
import { listResponse } from '../../http/pagination.js';
import { requirePrincipal } from '../../http/principal.js';
import { exportContactsCsv } from './export/contacts-csv.js';
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
        summary: 'List all contacts',
        querystring: ListContactsQuery,
        response: { 200: listResponse(ContactResponse), ...errorResponses },
      },
      handler: (request) => listContacts(deps, requirePrincipal(request).workspaceId, request.query),
    });

    app.post('/contacts', {
      schema: {
        tags,
        summary: 'Add a new contact',
        description:
          'A contact with the same email (case-insensitive) answers 409 contact_exists, unless ?upsert=true.',
        querystring: CreateContactQuery,
        body: CreateContactBody,
        response: { 200: ContactResponse, 201: ContactResponse, 409: errorResponses[400], ...errorResponses },
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
      schema: {
        tags,
        summary: 'Export contacts as CSV',
        description:
          'Streams every contact matching the filters as CSV. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.',
        querystring: ContactFilter,
        produces: ['text/csv'],
      },
      handler: (request, reply) => {
        const { workspaceId } = requirePrincipal(request);
        const date = new Date().toISOString().slice(0, 10);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="contacts-${date}.csv"`)
          .send(Readable.from(exportContactsCsv(deps.database, workspaceId, request.query)));
      },
    });

    app.get('/contacts/:id', {
      schema: {
        tags,
        summary: 'Get a contact',
        params: ContactParams,
        response: { 200: ContactResponse, ...errorResponses },
      },
      handler: (request) => getContact(deps, requirePrincipal(request).workspaceId, request.params.id),
    });

    app.patch('/contacts/:id', {
      schema: {
        tags,
        summary: 'Update a contact',
        params: ContactParams,
        body: UpdateContactBody,
        response: { 200: ContactResponse, 409: errorResponses[400], ...errorResponses },
      },
      handler: (request) => updateContact(deps, requirePrincipal(request).workspaceId, request.params.id, request.body),
    });

    app.delete('/contacts/:id', {
      schema: {
        tags,
        summary: 'Delete a contact',
        params: ContactParams,
        response: { 200: DeletedResponse, ...errorResponses },
      },
      handler: async (request) => {
        await deleteContact(deps, requirePrincipal(request).workspaceId, request.params.id);
        return { id: request.params.id, deleted: true as const };
      },
    });
  };
}
