import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf, listOf } from '../../../http/openapi.js';
import { requirePrincipal } from '../../../http/principal.js';
import { ContactParams } from '../schema.js';
import { ActivityQuery, ActivityResponse } from './schema.js';
import { getContactActivity, SOURCE_CAP, type ActivityDeps } from './service.js';

/** A contact's timeline: imports, campaigns, transactional emails, chatbot conversations, consent and suppression. */
export function contactActivityRoutes(deps: ActivityDeps): FastifyPluginAsyncZod {
  return async function contactActivity(app) {
    app.get('/contacts/:id/activity', {
      schema: {
        tags: ['Contacts'],
        operationId: 'listContactActivity',
        summary: "List a contact's activity",
        description: `Newest first: when the contact was added, the CSV imports that created it and last changed it, each campaign message (sent, opened by a person, clicked, bounced, failed, unsubscribed), transactional emails to its address and what happened to them, chatbot conversations and leads, consent, and suppression. Each source gives its latest ${SOURCE_CAP} records (campaigns, emails, conversations), so a very active contact's oldest activity may not be listed.`,
        params: ContactParams,
        querystring: ActivityQuery,
        response: {
          200: listOf(ActivityResponse),
          ...errors(
            errorsOf.read,
            { not_found: 'No contact with this id in your workspace.' },
            { invalid_request: 'page or per_page is invalid; `param` names it.' },
          ),
        },
      },
      handler: (request) =>
        getContactActivity(deps, requirePrincipal(request).workspaceId, request.params.id, request.query),
    });
  };
}
