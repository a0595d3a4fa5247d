import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DeletedResponse, errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import {
  CreateSegmentBody,
  ListSegmentsQuery,
  SegmentCountResponse,
  SegmentDefinition,
  SegmentParams,
  SegmentResponse,
  UpdateSegmentBody,
} from './schema.js';
import {
  countMatching,
  createSegment,
  deleteSegment,
  getSegment,
  listSegments,
  updateSegment,
  type SegmentDeps,
} from './service.js';

const tags = ['Segments'];
const notFoundDoc = { not_found: 'No segment with this id in your workspace.' };

export function segmentRoutes(deps: SegmentDeps): FastifyPluginAsyncZod {
  return async function segments(app) {
    app.get('/segments', {
      schema: {
        tags,
        operationId: 'listSegments',
        summary: 'List segments',
        description: 'Newest first, each with how many contacts match it now.',
        querystring: ListSegmentsQuery,
        response: {
          200: listOf(SegmentResponse),
          ...errors(errorsOf.read, { invalid_request: 'A query parameter is invalid; `param` names it.' }),
        },
      },
      handler: (request) => listSegments(deps, requirePrincipal(request).workspaceId, request.query),
    });

    app.post('/segments', {
      schema: {
        tags,
        operationId: 'createSegment',
        summary: 'Create a segment',
        description:
          'Answers 201 with the segment and its live count. Use it as `GET /v1/contacts?segment=`, or as a campaign audience `{"segment": "seg_…"}`.',
        body: CreateSegmentBody,
        response: { 201: SegmentResponse, ...errors(errorsOf.postJson) },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await createSegment(deps, requirePrincipal(request).workspaceId, request.body)),
    });

    app.post('/segments/count', {
      schema: {
        tags,
        operationId: 'countSegment',
        summary: 'Count the contacts of conditions',
        description: 'How many contacts match these conditions now, without saving them (the builder’s live count).',
        body: SegmentDefinition,
        response: { 200: SegmentCountResponse, ...errors(errorsOf.postJson) },
      },
      handler: (request) => countMatching(deps, requirePrincipal(request).workspaceId, request.body),
    });

    app.get('/segments/:id', {
      schema: {
        tags,
        operationId: 'getSegment',
        summary: 'Get a segment',
        description: 'The segment with how many contacts match it now.',
        params: SegmentParams,
        response: { 200: SegmentResponse, ...errors(errorsOf.read, notFoundDoc) },
      },
      handler: (request) => getSegment(deps, requirePrincipal(request).workspaceId, request.params.id),
    });

    app.patch('/segments/:id', {
      schema: {
        tags,
        operationId: 'updateSegment',
        summary: 'Update a segment',
        description:
          'Changes the fields given; conditions given replace them all. Campaigns not yet sent use the new conditions.',
        params: SegmentParams,
        body: UpdateSegmentBody,
        response: { 200: SegmentResponse, ...errors(errorsOf.patchJson, notFoundDoc) },
      },
      handler: (request) => updateSegment(deps, requirePrincipal(request).workspaceId, request.params.id, request.body),
    });

    app.delete('/segments/:id', {
      schema: {
        tags,
        operationId: 'deleteSegment',
        summary: 'Delete a segment',
        description:
          'Contacts are not touched. A draft or scheduled campaign sent to this segment fails to start with a message saying so: give it another audience.',
        params: SegmentParams,
        response: { 200: DeletedResponse, ...errors(errorsOf.change, notFoundDoc) },
      },
      handler: async (request) => {
        await deleteSegment(deps, requirePrincipal(request).workspaceId, request.params.id);
        return { id: request.params.id, deleted: true as const };
      },
    });
  };
}
