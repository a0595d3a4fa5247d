import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.js';

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

  it('serves a readable reference at /docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/swagger/i);
  });
});
