import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/openapi.js';
import { listResponse, PageQuery } from '../../http/pagination.js';
import { requirePrincipal } from '../../http/principal.js';
import type { Database } from '../../storage/database.js';
import { AnalyticsQuery, AnalyticsResponse, chatbotAnalytics } from './analytics/analytics.js';
import { leadsCsv, listLeads } from './chat/conversations.js';
import { LeadResponse } from './chat/schema.js';
import { ChatbotParams } from './schema.js';
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
        summary: "A chatbot's analytics",
        description:
          'Per UTC day: conversations, questions, the share answered, thumbs up and down, leads; and the questions asked most and left unanswered most (wordings with the same analyzed terms count as one). Default: the last 30 days.',
        params: ChatbotParams,
        querystring: AnalyticsQuery,
        response: { 200: AnalyticsResponse, ...errorResponses },
      },
      handler: async (request) => {
        const target = await targetOf(requirePrincipal(request).workspaceId, request.params.id);
        return chatbotAnalytics(deps.database.db, target, request.query);
      },
    });

    app.get('/chatbots/:id/leads', {
      schema: {
        tags,
        summary: 'List leads',
        description: 'Visitors who left their email in the widget, latest first.',
        params: ChatbotParams,
        querystring: PageQuery,
        response: { 200: listResponse(LeadResponse), ...errorResponses },
      },
      handler: async (request) => {
        const target = await targetOf(requirePrincipal(request).workspaceId, request.params.id);
        return listLeads(deps.database, target, request.query);
      },
    });

    app.get('/chatbots/:id/leads/export', {
      schema: {
        tags,
        summary: 'Export leads as CSV',
        description:
          'Every lead, latest first. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.',
        params: ChatbotParams,
        produces: ['text/csv'],
      },
      handler: async (request, reply) => {
        const target = await targetOf(requirePrincipal(request).workspaceId, request.params.id);
        const date = new Date().toISOString().slice(0, 10);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="leads-${target.chatbotId}-${date}.csv"`)
          .send(Readable.from(leadsCsv(deps.database, target)));
      },
    });
  };
}
