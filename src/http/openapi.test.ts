import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.js';
import { SESSION_COOKIE } from '../features/accounts/cookie.js';
import { ERROR_STATUS } from './api-error.js';

interface Media {
  schema: Record<string, unknown>;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description: string; content?: Record<string, Media> }>;
  security?: unknown[];
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { name?: string }> };
}

/** Every operation of the document, as `METHOD /path`. */
function operationsOf(doc: Document): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation]),
  );
}

/** A media type's examples, by name. */
function examplesOf(media: Media): [string, unknown][] {
  const named = Object.entries(media.examples ?? {}).map(([name, e]) => [name, e.value] as [string, unknown]);
  return media.example === undefined ? named : [['example', media.example], ...named];
}

describe('OpenAPI document and reference', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('documents every registered /v1 route, generated from the validating schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    // Public, but limited per IP address like every /v1 response.
    expect(res.headers['x-ratelimit-limit']).toBe('120');
    expect(res.headers['x-ratelimit-remaining']).toBe('119');
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const routes = t.app.grivoRoutes
      .urls()
      .filter(({ url }) => url.startsWith('/v1/') && url !== '/v1/openapi.json')
      .flatMap(({ url, methods }) => methods.filter((m) => m !== 'HEAD').map((m) => [m, url] as const));
    expect(routes.length).toBeGreaterThanOrEqual(5);
    for (const [method, url] of routes) {
      const path = url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[method.toLowerCase()], `${method} ${path}`).toBeDefined();
    }
    // The documented request body is the zod schema the route validates with.
    const create = doc.paths['/v1/chatbots'].post;
    const body = create.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['name']);
    expect(body.additionalProperties).toBe(false);
    expect(body.properties.name.maxLength).toBe(100);
    expect(doc.paths['/v1/chatbots'].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual([
      'page',
      'per_page',
    ]);
    expect(doc.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' });
  });

  describe('every operation', () => {
    let doc: Document;
    let operations: [string, Operation][];
    beforeAll(async () => {
      doc = (await t.app.inject({ method: 'GET', url: '/v1/openapi.json' })).json();
      operations = operationsOf(doc);
    });

    it('has a unique operationId, a summary, a description and a documented success', () => {
      expect(operations.length).toBeGreaterThanOrEqual(50);
      const ids = operations.map(([, op]) => op.operationId);
      for (const [name, op] of operations) {
        expect(op.operationId, name).toMatch(/^[a-z][a-zA-Z]+$/);
        expect(op.summary, name).toBeTruthy();
        expect(op.description, name).toBeTruthy();
        expect(Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s)).length, name).toBeGreaterThan(0);
      }
      expect(new Set(ids).size).toBe(ids.length);
      expect(doc.paths['/v1/chatbots']?.get?.operationId).toBe('listChatbots');
      expect(doc.paths['/public/chatbots/{id}/chat']?.post?.operationId).toBe('publicChat');
    });

    it('shows an example of every request body and every success', () => {
      for (const [name, op] of operations) {
        for (const [type, media] of Object.entries(op.requestBody?.content ?? {}))
          expect(examplesOf(media).length, `${name} request ${type}`).toBeGreaterThan(0);
        for (const [status, response] of Object.entries(op.responses))
          for (const [type, media] of Object.entries(response.content ?? {}))
            expect(examplesOf(media).length, `${name} ${status} ${type}`).toBeGreaterThan(0);
      }
    });

    it('documents only errors it names the codes of, each a real code of that status', () => {
      const known = ERROR_STATUS as Record<string, number>;
      for (const [name, op] of operations) {
        const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
        // Routes served to anyone (the widget's, sign-up, sign-in, password reset) declare `security: []`.
        if (!name.includes('/public/') && op.security?.length !== 0)
          expect(
            errors.map(([status]) => status),
            name,
          ).toEqual(expect.arrayContaining(['401', '429']));
        for (const [status, response] of errors) {
          const codes = [...response.description.matchAll(/^- `([a-z_]+)`: \S/gm)].map((m) => m[1]!);
          expect(codes.length, `${name} ${status}`).toBeGreaterThan(0);
          for (const code of codes) expect(known[code], `${name} ${status} ${code}`).toBe(Number(status));
          const examples = examplesOf(response.content!['application/json']!);
          expect(examples.map(([, e]) => (e as { error: { code: string } }).error.code).sort()).toEqual(
            [...codes].sort(),
          );
        }
      }
      // A route with an id in its path says what a wrong id answers.
      for (const [name, op] of operations.filter(([name]) => name.includes('{id}')))
        expect(op.responses['404']?.description, name).toMatch(/`not_found`/);
    });

    it('has examples that are valid against their own schemas', () => {
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      formats.default(ajv);
      let checked = 0;
      for (const [name, op] of operations) {
        const media = [
          ...Object.entries(op.requestBody?.content ?? {}).map(([type, m]) => [`request ${type}`, m] as const),
          ...Object.entries(op.responses).flatMap(([status, r]) =>
            Object.entries(r.content ?? {}).map(([type, m]) => [`${status} ${type}`, m] as const),
          ),
        ];
        for (const [where, m] of media) {
          const validate = ajv.compile({ ...m.schema, components: doc.components });
          for (const [example, value] of examplesOf(m)) {
            const valid = validate(value);
            expect(valid, `${name} ${where} ${example}: ${ajv.errorsText(validate.errors)}`).toBe(true);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
      // And the check can fail: a chatbot without its id is not a chatbot.
      const { id: _id, ...withoutId } = (doc.paths['/v1/chatbots/{id}']!.get!.responses['200']!.content![
        'application/json'
      ]!.example ?? {}) as Record<string, unknown>;
      expect(ajv.compile({ $ref: '#/components/schemas/Chatbot', components: doc.components })(withoutId)).toBe(false);
    });

    it('names the main resources once, in components', () => {
      for (const name of [
        'Chatbot',
        'ChatbotList',
        'Contact',
        'ContactImport',
        'Campaign',
        'CampaignStats',
        'Source',
        'Conversation',
        'Message',
        'ChatAnswer',
        'SearchResult',
        'ApiKey',
        'Session',
        'Usage',
        'Error',
        'Deleted',
      ])
        expect(doc.components.schemas[name], name).toBeDefined();
      expect(Object.keys(doc.components.schemas).filter((n) => n.endsWith('Input'))).toEqual([]);
      expect(doc.paths['/v1/chatbots/{id}']!.get!.responses['200']!.content!['application/json']!.schema).toEqual({
        $ref: '#/components/schemas/Chatbot',
      });
      expect(doc.components.securitySchemes.sessionCookie?.name).toBe(SESSION_COOKIE);
    });

    it('serves the examples to the /docs reference', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/docs/json' });
      expect(res.statusCode).toBe(200);
      const served = res.json() as Document;
      const create = served.paths['/v1/chatbots']!.post!;
      expect(create.requestBody!.content['application/json']!.example).toMatchObject({ name: expect.any(String) });
      expect(create.responses['201']!.content!['application/json']!.example).toMatchObject({
        id: expect.stringMatching(/^bot_/),
      });
    });
  });

  it('serves a readable reference at /docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/swagger/i);
  });
});
