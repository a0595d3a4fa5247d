import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Config } from '../../config.js';
import { DeletedResponse, errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import { rateLimited, setRateLimitHeaders } from '../../http/rate-limit.js';
import type { RateLimiter } from '../../rate-limit/limiter.js';
import {
  CreateInboundWebhookBody,
  type InboundParams,
  InboundWebhookParams,
  InboundWebhookResponse,
  ListInboundWebhooksQuery,
} from './inbound-schema.js';
import {
  createInboundWebhook,
  getInboundWebhook,
  listInboundWebhooks,
  receiveReport,
  removeInboundWebhook,
  type InboundDeps,
} from './inbound-service.js';

const tags = ['Inbound webhooks'];

export function inboundWebhookRoutes(deps: InboundDeps): FastifyPluginAsyncZod {
  return async function inboundWebhooks(app) {
    app.post('/inbound-webhooks', {
      schema: {
        tags,
        operationId: 'createInboundWebhook',
        summary: 'Create an inbound webhook',
        description:
          "Answers 201 with the URL to give the provider (SES through SNS, SendGrid, Postmark, Mailgun, or Grivo's generic format). Bounces and complaints it reports suppress the address, update the contact and the campaign or email, and emit email.bounced / email.complained / email.delivered events.",
        body: CreateInboundWebhookBody,
        response: {
          201: InboundWebhookResponse,
          ...errors(errorsOf.postJson, {
            invalid_request:
              'A field is missing or invalid (`param` names it): sendgrid and mailgun need a signing_key, ses takes none.',
          }),
        },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await createInboundWebhook(deps, requirePrincipal(request).workspaceId, request.body)),
    });

    app.get('/inbound-webhooks', {
      schema: {
        tags,
        operationId: 'listInboundWebhooks',
        summary: 'List inbound webhooks',
        description: 'Newest first.',
        querystring: ListInboundWebhooksQuery,
        response: {
          200: listOf(InboundWebhookResponse),
          ...errors(errorsOf.read, { invalid_request: 'A query parameter is invalid; `param` names it.' }),
        },
      },
      handler: (request) => listInboundWebhooks(deps, requirePrincipal(request).workspaceId, request.query),
    });

    app.get('/inbound-webhooks/:id', {
      schema: {
        tags,
        operationId: 'getInboundWebhook',
        summary: 'Get an inbound webhook',
        description: 'With its URL (the signing key is never shown again).',
        params: InboundWebhookParams,
        response: {
          200: InboundWebhookResponse,
          ...errors(errorsOf.read, { not_found: 'No inbound webhook with this id in your workspace.' }),
        },
      },
      handler: (request) => getInboundWebhook(deps, requirePrincipal(request).workspaceId, request.params.id),
    });

    app.delete('/inbound-webhooks/:id', {
      schema: {
        tags,
        operationId: 'deleteInboundWebhook',
        summary: 'Delete an inbound webhook',
        description: 'Its URL answers 404 from now on.',
        params: InboundWebhookParams,
        response: {
          200: DeletedResponse,
          ...errors(errorsOf.change, { not_found: 'No inbound webhook with this id in your workspace.' }),
        },
      },
      handler: async (request) => {
        await removeInboundWebhook(deps, requirePrincipal(request).workspaceId, request.params.id);
        return { id: request.params.id, deleted: true as const };
      },
    });
  };
}

/**
 * Where providers post their reports: no API key (the token in the URL finds
 * the hook, the provider's signature proves the sender), limited per IP
 * address like every public route. The raw bytes are kept: signatures cover them.
 */
export function inboundReceiverRoutes(deps: InboundDeps & { limiter: RateLimiter; config: Pick<Config, 'rateLimit'> }) {
  return async function inboundReceiver(app: FastifyInstance): Promise<void> {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    app.post<{ Params: z.infer<typeof InboundParams> }>(
      '/webhooks/inbound/:provider/:token',
      { schema: { hide: true } },
      async (request, reply) => {
        const decision = await deps.limiter.consume(`inbound:ip:${request.ip}`, {
          limit: deps.config.rateLimit.publicRequests,
          windowMs: deps.config.rateLimit.windowMs,
        });
        setRateLimitHeaders(reply, decision);
        if (!decision.allowed) throw rateLimited(reply, decision, 'Too many reports from your address.');
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        return receiveReport(deps, request.params, { body, headers: request.headers, now: Date.now() });
      },
    );
  };
}
