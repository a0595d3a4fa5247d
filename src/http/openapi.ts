import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from './api-error.js';
import { listResponse } from './pagination.js';
import { DOCS_CSP } from './security-headers.js';

/** An example in the OpenAPI document: a request or response as sent. */
export interface MediaDoc {
  schema: Record<string, unknown>;
  example: unknown;
}

declare module 'fastify' {
  interface FastifySchema {
    /**
     * Documentation only (nothing validates with it): what the zod schemas
     * cannot say, such as a file upload's parts or a CSV download.
     */
    media?: {
      request?: Record<string, MediaDoc>;
      response?: { status: number; description: string; content: Record<string, MediaDoc> };
      /** The error responses of a route whose success is not JSON (so they cannot type its reply). */
      errors?: Record<number, z.ZodType>;
    };
  }
}

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      status: z.number().int(),
      param: z.string().optional().describe('The parameter, field or header at fault, when there is one.'),
      request_id: z.string().optional().describe('Quote it to support: it finds the request in the logs.'),
    }),
  })
  .meta({ id: 'Error', description: 'What every failure answers: `{"error": {"code", "message", "status"}}`.' });

/** What a code means on any route that can give it, unless the route says more. */
export type ErrorDocs = Partial<Record<ErrorCode, string>>;

/** Every /v1 route: a key (or the dashboard's session), the rate limit, the input rule. */
const apiKey: ErrorDocs = {
  missing_api_key: 'No API key: send it as `Authorization: Bearer YOUR_API_KEY`.',
  invalid_api_key: 'The API key does not exist or was revoked.',
  not_signed_in: "Called with the dashboard's session instead of a key, and the session has ended.",
  invalid_parameter: 'A header, path or query parameter holds a NUL character or an unpaired surrogate.',
  unknown_parameter: 'A query parameter or body field this endpoint does not take; `param` names it.',
  rate_limit_exceeded:
    'Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.',
};
/** A /v1 route that changes something: with the dashboard's session, it takes the CSRF token. */
const change: ErrorDocs = {
  invalid_csrf_token: "Called with the dashboard's session without its `X-CSRF-Token` header.",
};
/** A /v1 POST: `Idempotency-Key` replays the first answer to a retry. */
const post: ErrorDocs = {
  ...change,
  invalid_request: 'A parameter is invalid (`param` names it), or the `Idempotency-Key` header is over 255 characters.',
  idempotency_key_in_use: 'A request with this `Idempotency-Key` is still being processed: retry shortly.',
  idempotency_key_reused: 'This `Idempotency-Key` was used for a different request: use a new key.',
};
/** A route that takes a JSON body. */
const json: ErrorDocs = {
  invalid_json: 'The body is not valid JSON.',
  invalid_request: 'A field is missing or invalid; `param` names it.',
  payload_too_large: 'The body is larger than this endpoint accepts.',
  unsupported_media_type: 'The body is not sent as `Content-Type: application/json`.',
};

/** The error codes shared by a kind of route, to spread into `errors()`. */
export const errorsOf = {
  /** Every /v1 GET. */
  read: apiKey,
  /** A /v1 PATCH or DELETE. */
  change: { ...apiKey, ...change },
  /** A /v1 POST without a body. */
  post: { ...apiKey, ...post },
  /** A /v1 PATCH with a JSON body. */
  patchJson: { ...apiKey, ...change, ...json },
  /** A /v1 POST with a JSON body. */
  postJson: { ...apiKey, ...post, ...json },
  /** A dashboard route that takes the session. */
  session: {
    not_signed_in: 'No session cookie, or the session has expired or was ended: sign in again.',
    rate_limit_exceeded: 'Too many requests this window: retry after `Retry-After` seconds.',
  },
  /** A route a signed-in user needs the admin (or owner) role for (`config.role`); API keys pass. */
  role: { forbidden: 'A signed-in member whose role may not do this: only an owner or admin can.' },
  /** A dashboard route that changes something. */
  sessionChange: { invalid_csrf_token: "The `X-CSRF-Token` header does not carry the session's CSRF token." },
  /** A route that takes a JSON body, outside /v1. */
  json,
  /** Every widget route: the chatbot's id is public, the page's origin is checked. */
  widget: {
    not_found: 'No chatbot with this id.',
    origin_not_allowed:
      "The page's origin is not one of the chatbot's `allowed_domains` (or there is no Origin header).",
    rate_limit_exceeded: 'Too many requests from your address this window: retry after `Retry-After` seconds.',
    invalid_parameter: 'A header, path or query parameter holds a NUL character or an unpaired surrogate.',
  },
} satisfies Record<string, ErrorDocs>;

/** Example messages, as the API words them, for the error examples. */
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable',
  429: 'Too many requests',
  502: 'Bad gateway',
  503: 'Service unavailable',
};

/**
 * The documented error responses of a route, from the codes it can give and
 * what each means there (later docs win): one response per status, listing
 * its codes, with an example of each. At run time they are the one `Error`
 * schema, which every error already matches.
 */
export function errors(...docs: ErrorDocs[]): Record<number, typeof ErrorResponse> {
  const byStatus = new Map<number, [ErrorCode, string][]>();
  for (const [code, text] of Object.entries(Object.assign({}, ...docs) as ErrorDocs) as [ErrorCode, string][]) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), [code, text]]);
  }
  const responses: Record<number, typeof ErrorResponse> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[status] = ErrorResponse.meta({
      'x-response-description': `${STATUS_TEXT[status] ?? 'Error'}.\n\n${codes.map(([code, text]) => `- \`${code}\`: ${text}`).join('\n')}`,
      'x-examples': Object.fromEntries(
        codes.map(([code, text]) => [
          code,
          { summary: code, value: { error: { code, message: text, status, request_id: 'req_0VbS8uNe3KqW5rJy' } } },
        ]),
      ),
    });
  }
  return responses;
}

/** What a DELETE answers. */
export const DeletedResponse = z
  .object({ id: z.string(), deleted: z.literal(true) })
  .meta({ id: 'Deleted', description: 'Deleted.', examples: [{ id: 'bot_0VbQx3Lk7pZm2RtN', deleted: true }] });

const lists = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The list envelope of a documented item: `{data, total, page, per_page,
 * has_more}`, named after the item (`ChatbotList`) with its example in a page.
 */
export function listOf<T extends z.ZodType>(item: T): ReturnType<typeof listResponse<T>> {
  const known = lists.get(item);
  if (known) return known as ReturnType<typeof listResponse<T>>;
  const meta = z.globalRegistry.get(item);
  const example = (meta?.examples as unknown[] | undefined)?.[0];
  const list = listResponse(item).meta({
    ...(meta?.id ? { id: `${meta.id}List` } : {}),
    description: `A page of results: \`data\` holds ${meta?.id ?? 'the'} objects.`,
    ...(example === undefined
      ? {}
      : { examples: [{ data: [example], total: 1, page: 1, per_page: 20, has_more: false }] }),
  });
  lists.set(item, list);
  return list;
}

type Json = Record<string, unknown>;

/**
 * A JSON response as a media type, with the description and examples its zod
 * schema was annotated with (the resolver of @fastify/swagger drops whatever
 * stands beside a `$ref`, so they go on the media type, where Swagger UI reads them).
 */
function asMedia(zodSchema: unknown, json: Json): Json {
  const meta = zodSchema instanceof z.ZodType ? z.globalRegistry.get(zodSchema) : undefined;
  const { 'x-response-description': described, 'x-examples': named, examples, ...schema } = json;
  const listed = (examples ?? meta?.examples) as unknown[] | undefined;
  const media: Json = { schema };
  if (named) media.examples = named;
  else if (listed?.length) media.example = listed[0];
  return {
    'x-response-description': described ?? meta?.description ?? json.description ?? 'Success.',
    content: { 'application/json': media },
  };
}

/**
 * The routes' zod schemas as OpenAPI, with their examples on the media types
 * (where Swagger UI shows them) and the doc-only `media` of a route added.
 */
function documentRoute(input: Parameters<typeof jsonSchemaTransform>[0]): ReturnType<typeof jsonSchemaTransform> {
  const { errors: moreErrors } = (input.schema as FastifySchema | undefined)?.media ?? {};
  const schema = (
    moreErrors ? { ...input.schema, response: { ...(input.schema.response as Json), ...moreErrors } } : input.schema
  ) as Json | undefined;
  const result = jsonSchemaTransform({ ...input, schema } as typeof input);
  const out = result.schema as Json | undefined;
  if (!schema || !out || out.hide) return result;
  // zod leaves out the examples of a schema that transforms its input: they are put back.
  const bodyMeta = schema.body instanceof z.ZodType ? z.globalRegistry.get(schema.body) : undefined;
  const body = out.body as Json | undefined;
  if (body && bodyMeta?.examples && !body.examples && !body['x-examples']) body.examples = bodyMeta.examples;
  const responses: Json = {};
  for (const [status, json] of Object.entries((out.response ?? {}) as Record<string, Json>))
    responses[status] = json.type === 'null' ? json : asMedia((schema.response as Json)[status], json);
  const media = out.media as FastifySchema['media'];
  delete out.media;
  if (media?.request) {
    const content: Json = out.body ? { 'application/json': { schema: out.body } } : {};
    for (const [type, doc] of Object.entries(media.request))
      content[type] = { schema: { ...doc.schema, examples: [doc.example] } };
    out.body = { content };
    delete out.consumes;
  }
  if (media?.response) {
    const { status, description, content } = media.response;
    // A route that answers JSON, or another type when asked (a stream), documents both.
    const json = (responses[status] as Json | undefined)?.content as Json | undefined;
    out.response = {
      ...responses,
      [status]: { 'x-response-description': description, content: { ...json, ...content } },
    };
  } else out.response = responses;
  return result;
}

/** Every `$ref` under a value. */
function refsIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.add(v.replace('#/components/schemas/', ''));
      else refsIn(v, found);
    }
  return found;
}

/**
 * The named schemas, once each in `components.schemas`, keeping only those
 * the document uses: the type provider emits every named schema twice, as
 * read (`Chatbot`) and as written (`ChatbotInput`).
 */
function documentObject(
  input: Parameters<typeof jsonSchemaTransformObject>[0],
): ReturnType<typeof jsonSchemaTransformObject> {
  const doc = jsonSchemaTransformObject(input) as Json & { components: { schemas: Record<string, unknown> } };
  const { schemas } = doc.components;
  const used = refsIn({ ...doc, components: { ...doc.components, schemas: {} } }, new Set());
  for (const name of used) refsIn(schemas[name], used);
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  markOptionalBodies(doc.paths as Record<string, Record<string, Json>> | undefined);
  return doc as ReturnType<typeof jsonSchemaTransformObject>;
}

/**
 * @fastify/swagger marks every body required; one whose schema takes null is
 * not: an empty JSON body counts as none (http/json-parser.ts), e.g. a send now.
 */
function markOptionalBodies(paths: Record<string, Record<string, Json>> | undefined): void {
  for (const operation of Object.values(paths ?? {}).flatMap((item) => Object.values(item))) {
    const body = operation?.requestBody as { required?: boolean; content?: Record<string, Json> } | undefined;
    const anyOf = body?.content?.['application/json']?.schema as { anyOf?: Json[] } | undefined;
    if (body && anyOf?.anyOf?.some((branch) => branch.type === 'null')) body.required = false;
  }
}

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
      tags: [
        { name: 'Chatbots', description: 'Chatbots trained on your website, their answers, conversations and leads.' },
        { name: 'Sources', description: 'What a chatbot learns from besides its crawl: texts, Q&As and files.' },
        { name: 'Contacts', description: 'Your contacts, their CSV imports and exports.' },
        { name: 'Campaigns', description: 'Email campaigns to your contacts, and their statistics.' },
        { name: 'Templates', description: 'Reusable subjects and bodies that campaigns and emails start from.' },
        { name: 'Emails', description: 'Transactional email: one message to one address, sent now.' },
        { name: 'Forms', description: 'Subscribe forms: a hosted page and an HTML snippet for your site.' },
        {
          name: 'Segments',
          description: 'Saved conditions on contacts and their activity: lists and campaign audiences.',
        },
        { name: 'Suppressions', description: 'Addresses no campaign or email is sent to: bounces, complaints, yours.' },
        {
          name: 'Inbound webhooks',
          description:
            'Where your email provider reports bounces, complaints and deliveries (SES, SendGrid, Postmark, Mailgun).',
        },
        {
          name: 'Webhooks',
          description: 'Endpoints of yours that Grivo posts signed events to, and their deliveries.',
        },
        { name: 'Events', description: 'What happened in your workspace in the last 30 days, as webhooks carry it.' },
        { name: 'Settings', description: "The workspace's settings a key may change." },
        { name: 'Audit log', description: 'Who did what in the workspace: keys, sends, exports, erasures, settings.' },
        { name: 'Dashboard', description: "The dashboard's own routes: accounts, sessions, API keys and usage." },
        {
          name: 'Widget',
          description: "What the website widget calls: public, by the chatbot's id, from its allowed domains.",
        },
      ],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer' },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'grivo_session',
            description: "The dashboard's session, set by /dashboard/login and /dashboard/signup.",
          },
        },
      },
      security: [{ bearerAuth: [] }],
    },
    transform: documentRoute,
    transformObject: documentObject,
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
