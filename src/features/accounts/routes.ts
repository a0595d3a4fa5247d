import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { authenticateSession } from './session-auth.js';
import { errors, errorsOf, listOf } from '../../http/openapi.js';
import { rateLimited } from '../../http/rate-limit.js';
import { ApiError } from '../../http/api-error.js';
import { requirePrincipal } from '../../http/principal.js';
import { apiTime } from '../../lib/time.js';
import type { RateLimiter } from '../../rate-limit/limiter.js';
import type { Queue } from '../../jobs/queue.js';
import type { Database } from '../../storage/database.js';
import { createApiKey, revokeApiKey } from '../api-keys/service.js';
import { listApiKeys, type ApiKeyRow } from '../api-keys/store.js';
import { clearSessionCookie, SESSION_COOKIE } from './cookie.js';
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
import { logIn, logOut, signUp } from './service.js';
import { getUsage } from './usage.js';
import { recoveryRoutes } from './recovery/routes.js';
import { workspaceRoutes } from '../workspaces/workspace-routes.js';
import { overviewRoutes } from '../overview/routes.js';
import { guard, security, sessionResponse, signedInReply, tags } from './session-response.js';

export interface DashboardDeps {
  database: Database;
  limiter: RateLimiter;
  queue: Queue;
  signer: { secret: Uint8Array };
  config: Pick<Config, 'plans' | 'rateLimit'>;
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
  hooks: {
    rateLimit: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    plugins?: FastifyPluginAsyncZod[];
  },
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

    await app.register(recoveryRoutes(deps));
    await app.register(workspaceRoutes(deps));
    await app.register(overviewRoutes(deps));
    // Dashboard routes of features that build on accounts (members), mounted by app.ts behind the same session check.
    for (const plugin of hooks.plugins ?? []) await app.register(plugin);

    app.post('/signup', {
      config: { public: true },
      schema: {
        tags,
        operationId: 'signUp',
        summary: 'Create an account and its workspace (Free plan), and sign in',
        description:
          'Creates the user and a workspace on the Free plan, and signs in: the session is set as the grivo_session cookie. Failed attempts are limited per IP address.',
        security: [],
        body: SignUpBody,
        response: {
          201: SessionResponse,
          ...errors(guard, errorsOf.json, {
            invalid_request:
              'The email is not valid, or the password is too short, too long or the email address itself; `param` names the field.',
            unknown_parameter: 'A body field this endpoint does not take; `param` names it.',
            account_exists: 'An account with this email address exists: sign in instead.',
            rate_limit_exceeded:
              'Too many failed sign-in attempts from your address: retry after `Retry-After` seconds.',
          }),
        },
      },
      handler: async (request, reply) => {
        const opened = await limitSignUp(
          { limiter: deps.limiter, rule: failures },
          { ip: request.ip },
          () => signUp(db, request.body),
          (d) => rateLimited(reply, d, 'Too many failed sign-in attempts.'),
        );
        return signedInReply(opened, request, reply, 201);
      },
    });

    app.post('/login', {
      config: { public: true },
      schema: {
        tags,
        operationId: 'logIn',
        summary: 'Sign in',
        description:
          'Opens a session, set as the grivo_session cookie; send the CSRF token it answers as X-CSRF-Token on every request that changes something. Failed attempts are limited per IP address and per email.',
        security: [],
        body: LogInBody,
        response: {
          200: SessionResponse,
          ...errors(guard, errorsOf.json, {
            unknown_parameter: 'A body field this endpoint does not take; `param` names it.',
            invalid_credentials: 'The email address or password is incorrect.',
            rate_limit_exceeded: 'Too many failed sign-in attempts: retry after `Retry-After` seconds.',
          }),
        },
      },
      handler: async (request, reply) => {
        const opened = await limitLogIn(
          { limiter: deps.limiter, rule: failures },
          { ip: request.ip, email: request.body.email },
          () => logIn(db, request.body),
          (d) => rateLimited(reply, d, 'Too many failed sign-in attempts.'),
        );
        return signedInReply(opened, request, reply, 200);
      },
    });

    app.post('/logout', {
      schema: {
        tags,
        operationId: 'logOut',
        summary: 'Sign out (ends this session)',
        description: 'Ends the session and clears its cookie. Other sessions of the user stay signed in.',
        security,
        response: {
          204: z.null().meta({ description: 'Signed out.' }),
          ...errors(guard, errorsOf.session, errorsOf.sessionChange),
        },
      },
      handler: async (request, reply) => {
        await logOut(db, request.session!.token);
        clearSessionCookie(request, reply);
        return reply.code(204).send(null);
      },
    });

    app.get('/session', {
      schema: {
        tags,
        operationId: 'getSession',
        summary: 'Get the signed-in user, workspace and CSRF token',
        description: 'Who is signed in, to which workspace, and the CSRF token to send as X-CSRF-Token.',
        security,
        response: { 200: SessionResponse, ...errors(guard, errorsOf.session) },
      },
      handler: (request) => sessionResponse(request.session!),
    });

    app.get('/api-keys', {
      config: { role: { least: 'admin', action: 'manage API keys' } },
      schema: {
        tags,
        operationId: 'listApiKeys',
        summary: "List the workspace's API keys (never their secrets)",
        description: 'Every key of the workspace, revoked ones included, in one page.',
        security,
        response: { 200: listOf(ApiKeyResponse), ...errors(guard, errorsOf.session, errorsOf.role) },
      },
      handler: async (request) => {
        const keys = (await listApiKeys(db, request.session!.workspace_id)).map(keyResponse);
        return { data: keys, total: keys.length, page: 1, per_page: keys.length, has_more: false };
      },
    });

    app.post('/api-keys', {
      config: { role: { least: 'admin', action: 'manage API keys' } },
      schema: {
        tags,
        operationId: 'createApiKey',
        summary: 'Create an API key; its secret is shown this once',
        description: 'The answer carries the whole key in `secret`, this once: only its hash is kept.',
        security,
        body: CreateApiKeyBody,
        response: {
          201: CreatedApiKeyResponse,
          ...errors(guard, errorsOf.session, errorsOf.sessionChange, errorsOf.json, errorsOf.role, {
            invalid_request: 'The name is not 1 to 100 characters.',
            unknown_parameter: 'A body field this endpoint does not take; `param` names it.',
          }),
        },
      },
      handler: async (request, reply) => {
        const { key, secret } = await createApiKey(db, {
          workspaceId: request.session!.workspace_id,
          name: request.body.name,
          by: requirePrincipal(request),
        });
        return reply.code(201).send({ ...keyResponse(key), secret });
      },
    });

    app.delete('/api-keys/:id', {
      config: { role: { least: 'admin', action: 'manage API keys' } },
      schema: {
        tags,
        operationId: 'revokeApiKey',
        summary: 'Revoke an API key, effective on its next request',
        description: 'The key answers 401 invalid_api_key from its next request on. Revoking it again changes nothing.',
        security,
        params: z.strictObject({ id: z.string() }),
        response: {
          200: ApiKeyResponse,
          ...errors(guard, errorsOf.session, errorsOf.sessionChange, errorsOf.role, {
            not_found: 'No API key with this id in your workspace.',
          }),
        },
      },
      handler: async (request) =>
        keyResponse(
          await revokeApiKey(db, {
            keyId: request.params.id,
            workspaceId: request.session!.workspace_id,
            by: requirePrincipal(request),
          }),
        ),
    });

    app.get('/usage', {
      schema: {
        tags,
        operationId: 'getUsage',
        summary: 'Get the plan, its limits, and usage against them',
        description:
          "The workspace's plan limits (null: no limit), what is used of them, and the rate limit's window now.",
        security,
        response: { 200: UsageResponse, ...errors(guard, errorsOf.session) },
      },
      handler: (request) => getUsage({ db, limiter: deps.limiter, config: deps.config }, request.principal!),
    });
  };
}
