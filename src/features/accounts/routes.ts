import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { authenticateSession } from './session-auth.js';
import { errorResponses } from '../../http/openapi.js';
import { listResponse } from '../../http/pagination.js';
import { rateLimited } from '../../http/rate-limit.js';
import { ApiError } from '../../http/api-error.js';
import { apiTime } from '../../lib/time.js';
import type { RateLimiter } from '../../rate-limit/limiter.js';
import type { Database } from '../../storage/database.js';
import { createApiKey, revokeApiKey } from '../api-keys/service.js';
import { listApiKeys, type ApiKeyRow } from '../api-keys/store.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './cookie.js';
import { limitLogIn, limitSignUp } from './login-limit.js';
import {
  ApiKeyResponse,
  CreateApiKeyBody,
  CreatedApiKeyResponse,
  LogInBody,
  SessionResponse,
  SignUpBody,
  UsageResponse,
} from './schema.js';
import { logIn, logOut, signUp, type OpenedSession } from './service.js';
import type { SessionWithContext } from './store.js';
import { getUsage } from './usage.js';

const tags = ['Dashboard'];

export interface DashboardDeps {
  database: Database;
  limiter: RateLimiter;
  config: Pick<Config, 'plans' | 'rateLimit'>;
}

function sessionResponse(s: SessionWithContext) {
  return {
    user: { id: s.user_id, email: s.email, name: s.name },
    workspace: { id: s.workspace_id, name: s.workspace_name, plan: s.plan },
    csrf_token: s.csrf_token,
    expires_at: apiTime(s.expires_at),
  };
}

const keyResponse = (k: ApiKeyRow) => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  created_at: apiTime(k.created_at),
  last_used_at: apiTime(k.last_used_at),
  revoked_at: apiTime(k.revoked_at),
});

/**
 * The dashboard's own routes: accounts and sessions, API keys and usage. They
 * take a session, never an API key (a key cannot mint keys); everything else
 * the dashboard does goes through /v1 like any client.
 */
export function dashboardRoutes(
  deps: DashboardDeps,
  hooks: { rateLimit: (request: FastifyRequest, reply: FastifyReply) => Promise<void> },
): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const failures = { limit: deps.config.rateLimit.authFailures, windowMs: deps.config.rateLimit.windowMs };
  return async function dashboard(app) {
    app.addHook('onRequest', async function requireSession(request, reply) {
      if (request.routeOptions.config.public) return;
      const token = request.cookies[SESSION_COOKIE];
      if (!token)
        throw new ApiError(
          'not_signed_in',
          'Sign in to the dashboard first: this route takes a session, not an API key.',
        );
      await authenticateSession(deps.database, request, reply, token);
    });
    app.addHook('onRequest', hooks.rateLimit);

    const signedIn = (opened: OpenedSession, request: FastifyRequest, reply: FastifyReply, status: number) => {
      setSessionCookie(request, reply, opened.token);
      return reply.code(status).send(sessionResponse(opened.session));
    };

    app.post('/signup', {
      config: { public: true },
      schema: {
        tags,
        summary: 'Create an account and its workspace (Free plan), and sign in',
        body: SignUpBody,
        response: { 201: SessionResponse, ...errorResponses },
      },
      handler: async (request, reply) => {
        const opened = await limitSignUp(
          { limiter: deps.limiter, rule: failures },
          { ip: request.ip },
          () => signUp(db, request.body),
          (d) => rateLimited(reply, d, 'Too many failed sign-in attempts.'),
        );
        return signedIn(opened, request, reply, 201);
      },
    });

    app.post('/login', {
      config: { public: true },
      schema: { tags, summary: 'Sign in', body: LogInBody, response: { 200: SessionResponse, ...errorResponses } },
      handler: async (request, reply) => {
        const opened = await limitLogIn(
          { limiter: deps.limiter, rule: failures },
          { ip: request.ip, email: request.body.email },
          () => logIn(db, request.body),
          (d) => rateLimited(reply, d, 'Too many failed sign-in attempts.'),
        );
        return signedIn(opened, request, reply, 200);
      },
    });

    app.post('/logout', {
      schema: { tags, summary: 'Sign out (ends this session)', response: { 204: z.null(), ...errorResponses } },
      handler: async (request, reply) => {
        await logOut(db, request.session!.token);
        clearSessionCookie(request, reply);
        return reply.code(204).send(null);
      },
    });

    app.get('/session', {
      schema: {
        tags,
        summary: 'The signed-in user, workspace and CSRF token',
        response: { 200: SessionResponse, ...errorResponses },
      },
      handler: (request) => sessionResponse(request.session!),
    });

    app.get('/api-keys', {
      schema: {
        tags,
        summary: "The workspace's API keys (never their secrets)",
        response: { 200: listResponse(ApiKeyResponse), ...errorResponses },
      },
      handler: async (request) => {
        const keys = (await listApiKeys(db, request.session!.workspace_id)).map(keyResponse);
        return { data: keys, total: keys.length, page: 1, per_page: keys.length, has_more: false };
      },
    });

    app.post('/api-keys', {
      schema: {
        tags,
        summary: 'Create an API key; its secret is shown this once',
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKeyResponse, ...errorResponses },
      },
      handler: async (request, reply) => {
        const { key, secret } = await createApiKey(db, {
          workspaceId: request.session!.workspace_id,
          name: request.body.name,
        });
        return reply.code(201).send({ ...keyResponse(key), secret });
      },
    });

    app.delete('/api-keys/:id', {
      schema: {
        tags,
        summary: 'Revoke an API key, effective on its next request',
        params: z.strictObject({ id: z.string() }),
        response: { 200: ApiKeyResponse, ...errorResponses },
      },
      handler: async (request) =>
        keyResponse(await revokeApiKey(db, { keyId: request.params.id, workspaceId: request.session!.workspace_id })),
    });

    app.get('/usage', {
      schema: {
        tags,
        summary: 'The plan, its limits, and usage against them',
        response: { 200: UsageResponse, ...errorResponses },
      },
      handler: (request) => getUsage({ db, limiter: deps.limiter, config: deps.config }, request.principal!),
    });
  };
}
