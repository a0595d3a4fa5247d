import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf, listOf } from '../../../http/openapi.js';
import { requirePrincipal } from '../../../http/principal.js';
import { CampaignParams } from '../schema.js';
import { CampaignRecipientResponse, RecipientEventQuery, RecipientExportQuery } from './schema.js';
import { exportCampaignRecipients, listCampaignRecipients, type RecipientDeps } from './service.js';

const tags = ['Campaigns'];
const notFound = { not_found: 'No campaign with this id in your workspace.' };
const badQuery = { invalid_request: 'event, page or per_page is invalid; `param` names it.' };

/** Who was sent, opened, clicked, bounced, unsubscribed or failed: the stats' counters, person by person. */
export function campaignRecipientRoutes(deps: RecipientDeps): FastifyPluginAsyncZod {
  return async function campaignRecipients(app) {
    app.get('/campaigns/:id/recipients', {
      schema: {
        tags,
        operationId: 'listCampaignRecipients',
        summary: 'List who received, opened or clicked a campaign',
        description:
          "The recipients to whom one event happened, newest first. The total equals the event's number in GET /v1/campaigns/{id}/stats (sent, unique_opens, unique_clicks, bounced, unsubscribes, failed); for opened and clicked, the counts add up to its opens and clicks.",
        params: CampaignParams,
        querystring: RecipientEventQuery,
        response: {
          200: listOf(CampaignRecipientResponse),
          ...errors(errorsOf.read, notFound, badQuery),
        },
      },
      handler: (request) =>
        listCampaignRecipients(deps, requirePrincipal(request).workspaceId, request.params.id, request.query),
    });

    app.get('/campaigns/:id/recipients/export', {
      config: { role: { least: 'admin', action: "download a campaign's recipients" } },
      schema: {
        tags,
        operationId: 'exportCampaignRecipients',
        summary: 'Export who received, opened or clicked a campaign as CSV',
        description:
          'The same recipients as the list, every one of them, by contact id. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.',
        params: CampaignParams,
        querystring: RecipientExportQuery,
        media: {
          response: {
            status: 200,
            description: 'The recipients as CSV (UTF-8), as an attachment.',
            content: {
              'text/csv': {
                schema: { type: 'string' },
                example:
                  'contact_id,email,event,first_at,count\nct_0VbPq7Tn4GxD8hRc,jane@example.org,clicked,2026-04-01T09:12:40Z,3\n',
              },
            },
          },
          errors: errors(errorsOf.read, errorsOf.role, notFound, badQuery),
        },
      },
      handler: async (request, reply) => {
        const { id } = request.params;
        const csv = await exportCampaignRecipients(deps, requirePrincipal(request), id, request.query.event);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${id}-${request.query.event}.csv"`)
          .send(Readable.from(csv));
      },
    });
  };
}
