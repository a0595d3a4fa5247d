import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { dashboardRoutes } from './features/accounts/routes.js';
import { memberRoutes } from './features/members/routes.js';
import { sessionAuthenticator } from './features/accounts/session-auth.js';
import { keyAuthenticator } from './features/api-keys/authenticate.js';
import { campaignRoutes } from './features/campaigns/routes.js';
import { inboundReceiverRoutes, inboundWebhookRoutes } from './features/bounces/inbound-routes.js';
import { suppressionRoutes } from './features/suppressions/routes.js';
import { segmentRoutes } from './features/segments/routes.js';
import { segmentFilter } from './features/segments/service.js';
import { formRoutes } from './features/forms/routes.js';
import { publicFormRoutes } from './features/forms/public-routes.js';
import { emailRoutes } from './features/emails/routes.js';
import { templateContentFinder } from './features/templates/service.js';
import { templateRoutes } from './features/templates/routes.js';
import { settingsRoutes } from './features/workspaces/settings-routes.js';
import { confirmationPageRoutes, consentRoutes } from './features/consent/routes.js';
import { settingsOf } from './features/chatbots/chatbot-row.js';
import { activityRoutes } from './features/chatbots/activity-routes.js';
import { chatbotRoutes } from './features/chatbots/routes.js';
import { publicSourceRoutes, sourceRoutes } from './features/chatbots/source-routes.js';
import { findChatbotWithPlan } from './features/chatbots/store.js';
import { isOriginAllowed } from './features/chatbots/widget/origin.js';
import { refusedOriginRoutes } from './features/chatbots/widget/refused-origin-routes.js';
import { widgetRoutes } from './features/chatbots/widget/routes.js';
import { contactImportRoutes } from './features/contacts/import/routes.js';
import { contactBulkRoutes } from './features/contacts/bulk/routes.js';
import { tagRoutes } from './features/contacts/tags/routes.js';
import { contactRoutes } from './features/contacts/routes.js';
import { privacyRoutes } from './features/privacy/routes.js';
import { contactActivityRoutes } from './features/contacts/activity/routes.js';
import { campaignRecipientRoutes } from './features/campaigns/recipients/routes.js';
import { campaignActivity } from './features/campaigns/recipients/activity-source.js';
import { emailActivity } from './features/emails/activity-source.js';
import { conversationActivity } from './features/chatbots/chat/activity-source.js';
import { consentActivity } from './features/consent/activity-source.js';
import { importActivity } from './features/contacts/import/activity-source.js';
import { eventRoutes } from './features/events/routes.js';
import { webhookRoutes } from './features/webhooks/routes.js';
import { auditRoutes } from './features/audit/routes.js';
import { idempotencyStore } from './features/idempotency/store.js';
import { trackingRoutes } from './features/campaigns/tracking/routes.js';
import { authenticate } from './http/auth.js';
import { guardRoles } from './http/principal.js';
import { isDashboardPage, registerDashboard, sendDashboardPage } from './http/dashboard-static.js';
import { registerHealth } from './http/health.js';
import { idempotency } from './http/idempotency/hooks.js';
import { notFoundHandler } from './http/not-found.js';
import { openApiRoute, registerOpenApi } from './http/openapi.js';
import { rateLimit } from './http/rate-limit.js';
import { createServer } from './http/server.js';
import { widgetCors } from './http/widget-cors.js';
import type { Services } from './services.js';

const NoQuery = z.strictObject({});

/** Builds the HTTP app: every route, hook and handler, ready for `listen` or `inject`. */
export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config, database, limiter } = services;
  const app = await createServer({
    logger: services.logger,
    trustProxy: config.trustProxy,
    bodyLimitBytes: config.bodyLimitBytes,
  });
  app.decorateRequest('session', null);
  app.addHook('onRoute', guardRoles);
  app.addHook(
    'onSend',
    widgetCors({
      async isOriginAllowed(chatbotId, origin) {
        const found = await findChatbotWithPlan(database.db, chatbotId);
        return found !== undefined && isOriginAllowed(origin, settingsOf(found.chatbot).allowedDomains);
      },
    }),
  );

  const authHook = authenticate({
    limiter,
    failures: { limit: config.rateLimit.authFailures, windowMs: config.rateLimit.windowMs },
    verifyKey: keyAuthenticator(database),
    resolveSession: sessionAuthenticator(database),
  });
  const rateLimitHook = rateLimit(services);
  const idempotentPosts = idempotency(idempotencyStore(database.db));

  await registerOpenApi(app);
  const { redis } = services;
  registerHealth(app, {
    database: () => sql`select 1`.execute(database.db),
    ...(redis ? { redis: () => redis.ping() } : {}),
  });

  await app.register(
    async function v1(api) {
      // A route that takes no query parameters refuses unknown ones, like every other unknown field.
      api.addHook('onRoute', (route) => {
        route.schema = { ...route.schema, querystring: route.schema?.querystring ?? NoQuery };
      });
      api.addHook('onRequest', authHook);
      api.addHook('onRequest', rateLimitHook);
      api.addHook('onRoute', idempotentPosts);
      await api.register(openApiRoute);
      await api.register(chatbotRoutes(services));
      await api.register(sourceRoutes(services));
      await api.register(activityRoutes(services));
      await api.register(refusedOriginRoutes(services));
      await api.register(
        contactRoutes({ ...services, segmentFilter: (workspaceId, id) => segmentFilter(services, workspaceId, id) }),
      );
      await api.register(segmentRoutes(services));
      await api.register(privacyRoutes(services));
      const activitySources = [importActivity, campaignActivity, emailActivity, conversationActivity, consentActivity];
      await api.register(contactActivityRoutes({ ...services, activitySources }));
      await api.register(campaignRecipientRoutes(services));
      await api.register(contactImportRoutes(services));
      await api.register(
        contactBulkRoutes({
          ...services,
          segmentFilter: (workspaceId, id) => segmentFilter(services, workspaceId, id),
        }),
      );
      await api.register(tagRoutes(services));
      await api.register(campaignRoutes({ ...services, findTemplate: templateContentFinder(database) }));
      await api.register(templateRoutes(services));
      await api.register(emailRoutes(services));
      await api.register(settingsRoutes(services));
      await api.register(consentRoutes(services));
      await api.register(webhookRoutes(services));
      await api.register(auditRoutes(services));
      await api.register(eventRoutes(services));
      await api.register(suppressionRoutes(services));
      await api.register(formRoutes(services));
      await api.register(inboundWebhookRoutes(services));
    },
    { prefix: '/v1' },
  );
  await app.register(dashboardRoutes(services, { rateLimit: rateLimitHook, plugins: [memberRoutes(services)] }), {
    prefix: '/dashboard',
  });
  await app.register(trackingRoutes(services));
  await app.register(confirmationPageRoutes(services));
  await app.register(widgetRoutes(services));
  await app.register(publicSourceRoutes(services));
  await app.register(publicFormRoutes(services));
  await app.register(inboundReceiverRoutes(services));
  await registerDashboard(app);

  const notFound = notFoundHandler({ routes: app.grivoRoutes, authenticate: authHook, rateLimit: rateLimitHook });
  app.setNotFoundHandler(async function dashboardOrNotFound(request, reply) {
    if (isDashboardPage(request)) return sendDashboardPage(reply);
    return notFound(request, reply);
  });
  return app;
}
