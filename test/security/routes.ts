import type { TestApp, Tenant } from '../helpers/app.js';

/**
 * Every /v1 route, for the shared security suite. A route that is not listed
 * here fails the suite's coverage test: new routes must join.
 */
export interface SecuredRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Fastify pattern, e.g. /v1/chatbots/:id */
  url: string;
  /** A valid body (for POST/PATCH). */
  body?: Record<string, unknown>;
  /** Creates the resource `:id` refers to, in the tenant's workspace; returns its id. */
  create?: (t: TestApp, tenant: Tenant) => Promise<string>;
  /** How to read the resource back, to prove another workspace's call left it untouched. */
  readBack?: string;
}

/** Routes served without an API key (rate-limited per IP instead). */
export const PUBLIC_ROUTES = ['GET /v1/openapi.json'];

async function createChatbot(t: TestApp, tenant: Tenant): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/chatbots', headers: tenant.auth, payload: { name: 'Owned bot' } });
  if (res.statusCode !== 201) throw new Error(`could not create chatbot: ${res.body}`);
  return res.json().id;
}

export const SECURED_ROUTES: SecuredRoute[] = [
  { method: 'GET', url: '/v1/chatbots' },
  { method: 'POST', url: '/v1/chatbots', body: { name: 'Bot' } },
  { method: 'GET', url: '/v1/chatbots/:id', create: createChatbot, readBack: '/v1/chatbots/:id' },
  { method: 'PATCH', url: '/v1/chatbots/:id', body: { name: 'Renamed' }, create: createChatbot, readBack: '/v1/chatbots/:id' },
  { method: 'DELETE', url: '/v1/chatbots/:id', create: createChatbot, readBack: '/v1/chatbots/:id' },
];
