import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from './api-error.js';
import { DOCS_CSP } from './security-headers.js';

const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      status: z.number().int(),
      param: z.string().optional(),
      request_id: z.string().optional(),
    }),
  })
  .describe('Error');

/** The error responses every authenticated route can give, for the OpenAPI document. */
export const errorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  429: ErrorResponse,
  500: ErrorResponse,
};

/** What a DELETE answers. */
export const DeletedResponse = z.object({ id: z.string(), deleted: z.literal(true) }).describe('Deleted');

/** Registers the OpenAPI generator (from the routes' own zod schemas) and the /docs reference. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Grivo API',
        version: '1.0.0',
        description:
          'Chatbots, contacts and campaigns. Authenticate with `Authorization: Bearer YOUR_API_KEY`. ' +
          'Lists answer `{data, total, page, per_page, has_more}`; errors answer `{"error":{"code","message","status"}}`.',
      },
      servers: [{ url: '/' }],
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearerAuth: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: DOCS_CSP,
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
}

/** `GET /v1/openapi.json`: public, rate-limited per IP address like every public /v1 route. */
export async function openApiRoute(api: FastifyInstance): Promise<void> {
  api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => api.swagger());
}
