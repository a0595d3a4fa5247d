import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf, listOf } from '../../../http/openapi.js';
import { PageQuery } from '../../../http/pagination.js';
import { requirePrincipal } from '../../../http/principal.js';
import { CONTACT_STATUSES } from '../schema.js';
import { acceptFiles, receiveFile } from './receive-file.js';
import { ImportParams, ImportQuery, ImportResponse, parseImportOptions } from './schema.js';
import { getImport, listImports, startImport, type ImportDeps } from './service.js';

const tags = ['Contacts'];

export function contactImportRoutes(deps: ImportDeps): FastifyPluginAsyncZod {
  return async function contactImports(app) {
    await acceptFiles(app, deps.config.imports.maxBytes);

    app.post('/contacts/import', {
      schema: {
        tags,
        operationId: 'importContacts',
        summary: 'Bulk import via CSV',
        description:
          'Send the file as multipart/form-data (field `file`; option fields before it) or as a raw `text/csv` body. ' +
          'The header row names the columns: email (required), first_name, last_name, phone, tags, status; any other column becomes an attribute. ' +
          'The file is streamed and stored, then imported in the background: poll GET /v1/contacts/imports/{id}. Rows that fail are reported with their line, not thrown.',
        querystring: ImportQuery,
        media: {
          request: {
            'text/csv': {
              schema: { type: 'string' },
              example:
                'email,first_name,last_name,tags\n' +
                'jane@example.org,Jane,Doe,customer\n' +
                'sam@example.net,Sam,Lee,\n',
            },
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  update_existing: { type: 'string', enum: ['true', 'false'] },
                  tags: { type: 'string', description: 'Comma-separated tags added to every imported contact.' },
                  status: { type: 'string', enum: [...CONTACT_STATUSES] },
                  file: {
                    type: 'string',
                    contentMediaType: 'text/csv',
                    description: 'The CSV file; after the options.',
                  },
                },
              },
              example: {
                tags: 'webinar-2026',
                file:
                  'email,first_name,last_name,tags\n' +
                  'jane@example.org,Jane,Doe,customer\n' +
                  'sam@example.net,Sam,Lee,\n',
              },
            },
          },
        },
        response: {
          202: ImportResponse,
          ...errors(errorsOf.post, {
            invalid_request:
              'An option is invalid (`param` names it), the form has no `file` part, or the `Idempotency-Key` header is over 255 characters.',
            unknown_parameter: 'A query parameter or form field this endpoint does not take; `param` names it.',
            invalid_parameter:
              'A header, query parameter or form field holds a NUL character or an unpaired surrogate.',
            payload_too_large: 'The file is larger than this server accepts.',
            unsupported_media_type: 'The body is neither multipart/form-data nor text/csv.',
          }),
        },
      },
      handler: async (request, reply) => {
        const principal = requirePrincipal(request);
        const file = await receiveFile(request, deps.config.imports.maxBytes);
        const options = parseImportOptions({ ...request.query, ...file.fields });
        const started = await startImport(deps, principal, { file: file.stream, filename: file.filename, options });
        return reply.code(202).send(started);
      },
    });

    app.get('/contacts/imports', {
      schema: {
        tags,
        operationId: 'listContactImports',
        summary: 'List contact imports',
        description: 'Your CSV imports, newest first, with their progress and counts.',
        querystring: PageQuery,
        response: {
          200: listOf(ImportResponse),
          ...errors(errorsOf.read, {
            invalid_request: 'page or per_page is not a whole number in range; `param` names it.',
          }),
        },
      },
      handler: (request) => listImports(deps, requirePrincipal(request).workspaceId, request.query),
    });

    app.get('/contacts/imports/:id', {
      schema: {
        tags,
        operationId: 'getContactImport',
        summary: 'Get an import and its progress',
        description: 'Poll it until `status` is completed or failed; `errors` lists the first 100 rows that failed.',
        params: ImportParams,
        response: {
          200: ImportResponse,
          ...errors(errorsOf.read, { not_found: 'No import with this id in your workspace.' }),
        },
      },
      handler: (request) => getImport(deps, requirePrincipal(request).workspaceId, request.params.id),
    });
  };
}
