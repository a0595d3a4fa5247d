import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf, listOf } from '../../http/openapi.js';
import { PageQuery } from '../../http/pagination.js';
import { requirePrincipal } from '../../http/principal.js';
import type { Database } from '../../storage/database.js';
import { AnalyticsQuery, AnalyticsResponse, chatbotAnalytics } from './analytics/analytics.js';
import { leadsCsv, listLeads } from './chat/conversations.js';
import { LeadResponse } from './chat/schema.js';
import { ChatbotParams } from './schema.js';
import { exportLeads } from './leads-export.js';
import { getChatbotRow } from './service.js';

const tags = ['Chatbots'];

/** What a chatbot's conversations add up to: analytics and leads. */
export function activityRoutes(deps: { database: Database }): FastifyPluginAsyncZod {
  return async function activity(app) {
    const targetOf = async (workspaceId: string, chatbotId: string) => {
      const chatbot = await getChatbotRow(deps, workspaceId, chatbotId);
      return { workspaceId, chatbotId: chatbot.id };
    };

    app.get('/chatbots/:id/analytics', {
      schema: {
        tags,
        operationId: 'getChatbotAnalytics',
        summary: "Get a chatbot's analytics",
        description:
          'Per UTC day: conversations, questions, the share answered, thumbs up and down, leads; and the questions asked most and left unanswered most (wordings with the same analyzed terms count as one). Default: the last 30 days; at most 366.',
        params: ChatbotParams,
        querystring: AnalyticsQuery,
        response: {
          200: AnalyticsResponse,
          ...errors(errorsOf.read, {
            not_found: 'No chatbot with this id in your workspace.',
            invalid_request: 'from or to is not a date like 2026-03-15.',
            invalid_parameter:
              'from is after to, or the range is over 366 days; or a header, path or query parameter holds a NUL character or an unpaired surrogate.',
          }),
        },
      },
      handler: async (request) => {
        const target = await targetOf(requirePrincipal(request).workspaceId, request.params.id);
        return chatbotAnalytics(deps.database.db, target, request.query);
      },
    });

    app.get('/chatbots/:id/leads', {
      schema: {
        tags,
        operationId: 'listLeads',
        summary: 'List leads',
        description: 'Visitors who left their email in the widget, latest first.',
        params: ChatbotParams,
        querystring: PageQuery,
        response: {
          200: listOf(LeadResponse),
          ...errors(errorsOf.read, {
            not_found: 'No chatbot with this id in your workspace.',
            invalid_request: 'page or per_page is not a whole number in range; `param` names it.',
          }),
        },
      },
      handler: async (request) => {
        const target = await targetOf(requirePrincipal(request).workspaceId, request.params.id);
        return listLeads(deps.database, target, request.query);
      },
    });

    app.get('/chatbots/:id/leads/export', {
      config: { role: { least: 'admin', action: "download a chatbot's leads" } },
      schema: {
        tags,
        operationId: 'exportLeads',
        summary: 'Export leads as CSV',
        description:
          'Every lead, latest first, as a CSV download. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.',
        params: ChatbotParams,
        media: {
          response: {
            status: 200,
            description: 'The leads as CSV (UTF-8), as an attachment.',
            content: {
              'text/csv': {
                schema: { type: 'string' },
                example:
                  'email,name,created_at,page_url,first_question,conversation_id,contact_id\n' +
                  'jane@example.org,Jane Doe,2026-03-16T08:06:40Z,https://www.acme-tools.com/pricing,Do you offer discounts for non-profits?,conv_0VbR2fHq8WcT4kYd,ct_0VbPq7Tn4GxD8hRc\n',
              },
            },
          },
          errors: errors(errorsOf.read, errorsOf.role, { not_found: 'No chatbot with this id in your workspace.' }),
        },
      },
      handler: async (request, reply) => {
        const target = await exportLeads(deps.database, requirePrincipal(request), request.params.id);
        const date = new Date().toISOString().slice(0, 10);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="leads-${target.chatbotId}-${date}.csv"`)
          .send(Readable.from(leadsCsv(deps.database, target)));
      },
    });
  };
}
