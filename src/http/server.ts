import fastifyCookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dashboardRoutes } from '../features/accounts/routes.js';
import { campaignRoutes } from '../features/campaigns/routes.js';
import { chatbotRoutes } from '../features/chatbots/routes.js';
import { settingsOf } from '../features/chatbots/chatbot-row.js';
import { findChatbotWithPlan } from '../features/chatbots/store.js';
import { isOriginAllowed } from '../features/chatbots/widget/origin.js';
import { widgetRoutes } from '../features/chatbots/widget/routes.js';
import { contactImportRoutes } from '../features/contacts/import/routes.js';
import { contactRoutes } from '../features/contacts/routes.js';
import { trackingRoutes } from '../features/tracking/routes.js';
import { newId } from '../lib/ids.js';
import type { Services } from '../services.js';
import { authenticate } from './auth.js';
import { isDashboardPage, registerDashboard, sendDashboardPage } from './dashboard-static.js';
import { errorHandler } from './error-handler.js';
import { registerHealth } from './health.js';
import { idempotency } from './idempotency/hooks.js';
import { refuseBadHeaders, refuseBadInput } from './input-guard.js';
import { registerJsonParser } from './json-parser.js';
import { notFoundHandler, RouteTable } from './not-found.js';
import { openApiRoute, registerOpenApi } from './openapi.js';
import { rateLimit } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';
import { widgetCors } from './widget-cors.js';

const NoQuery = z.strictObject({});

/** Builds the HTTP app: every route, hook and handler, ready for `listen` or `inject`. */
export async function buildServer(services: Services): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    loggerInstance: services.logger as FastifyBaseLogger,
    // Per-request log lines cost more than the request itself here; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => newId('req'),
    requestIdHeader: false,
    return503OnClosing: true,
    // A URL the router cannot decode (`/v1/contacts/%zz`) is refused before any route or hook runs: in the one envelope too.
    frameworkErrors(error, request, reply) {
      reply.header('x-content-type-options', 'nosniff');
      errorHandler(error, request, reply);
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('principal', null);
  app.decorateRequest('session', null);
  app.decorateRequest('idempotencyKey', undefined);
  app.addHook('onRequest', async function requestId(request, reply) {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onRequest', refuseBadHeaders);
  app.addHook('preValidation', refuseBadInput);
  app.addHook('onSend', securityHeaders);
  app.addHook(
    'onSend',
    widgetCors({
      async isOriginAllowed(chatbotId, origin) {
        const found = await findChatbotWithPlan(services.database.db, chatbotId);
        return found !== undefined && isOriginAllowed(origin, settingsOf(found.chatbot).allowedDomains);
      },
    }),
  );
  app.setErrorHandler(errorHandler);
  registerJsonParser(app);
  await app.register(fastifyCookie);

  const routes = new RouteTable();
  app.addHook('onRoute', (route) => routes.add(route.method, route.url));
  app.decorate('grivoRoutes', routes);

  const authHook = authenticate(services);
  const rateLimitHook = rateLimit(services);
  const { claimIdempotency, storeIdempotentResponse } = idempotency(services);

  await registerOpenApi(app);
  registerHealth(app, {
    database: services.database,
    pingRedis: services.redis ? () => services.redis!.ping() : undefined,
  });

  await app.register(
    async function v1(api) {
      // A route that takes no query parameters refuses unknown ones, like every other unknown field.
      api.addHook('onRoute', (route) => {
        route.schema = { ...route.schema, querystring: route.schema?.querystring ?? NoQuery };
      });
      api.addHook('onRequest', authHook);
      api.addHook('onRequest', rateLimitHook);
      api.addHook('preHandler', claimIdempotency);
      api.addHook('onSend', storeIdempotentResponse);
      await api.register(openApiRoute);
      await api.register(chatbotRoutes(services));
      await api.register(contactRoutes(services));
      await api.register(contactImportRoutes(services));
      await api.register(campaignRoutes(services));
    },
    { prefix: '/v1' },
  );
  await app.register(dashboardRoutes(services, { rateLimit: rateLimitHook }), { prefix: '/dashboard' });
  await app.register(trackingRoutes(services));
  await app.register(widgetRoutes(services));
  await registerDashboard(app);

  const notFound = notFoundHandler({ routes, authenticate: authHook, rateLimit: rateLimitHook });
  app.setNotFoundHandler(async function dashboardOrNotFound(request, reply) {
    if (isDashboardPage(request)) return sendDashboardPage(reply);
    return notFound(request, reply);
  });
  return app;
}
