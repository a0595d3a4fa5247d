import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../http/openapi.js';
import { listResponse, PageQuery } from '../../../http/pagination.js';
import { requirePrincipal } from '../../../http/principal.js';
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
        summary: 'Bulk import via CSV',
        description:
          'Send the file as multipart/form-data (field `file`; option fields before it) or as a raw `text/csv` body. ' +
          'The file is streamed and stored, then imported in the background: poll GET /v1/contacts/imports/{id}.',
        consumes: ['multipart/form-data', 'text/csv'],
        querystring: ImportQuery,
        response: { 202: ImportResponse, 413: errorResponses[400], 415: errorResponses[400], ...errorResponses },
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
        summary: 'List contact imports',
        querystring: PageQuery,
        response: { 200: listResponse(ImportResponse), ...errorResponses },
      },
      handler: (request) => listImports(deps, requirePrincipal(request).workspaceId, request.query),
    });

    app.get('/contacts/imports/:id', {
      schema: {
        tags,
        summary: 'Get an import and its progress',
        params: ImportParams,
        response: { 200: ImportResponse, ...errorResponses },
      },
      handler: (request) => getImport(deps, requirePrincipal(request).workspaceId, request.params.id),
    });
  };
}
