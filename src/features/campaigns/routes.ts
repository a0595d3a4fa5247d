import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DeletedResponse, errorResponses } from '../../http/openapi.js';
import { listResponse } from '../../http/pagination.js';
import { requirePrincipal } from '../../http/principal.js';
import type { Mailer } from '../../providers/mail/mailer.js';
import type { TokenSigner } from '../../lib/tracking-tokens.js';
import {
  AudienceCountBody,
  AudienceCountResponse,
  CampaignParams,
  CampaignResponse,
  CampaignStatsResponse,
  CreateCampaignBody,
  ListCampaignsQuery,
  PreviewCampaignBody,
  PreviewResponse,
  SendCampaignBody,
  TestCampaignBody,
  TestSendResponse,
  UpdateCampaignBody,
} from './schema.js';
import {
  cancelCampaign,
  createCampaign,
  deleteCampaign,
  getCampaign,
  listCampaigns,
  pauseCampaign,
  resumeCampaign,
  sendCampaign,
  updateCampaign,
  type CampaignDeps,
} from './service.js';
import { countAudienceRecipients, previewCampaign } from './preview.js';
import { getCampaignStats } from './stats.js';
import { sendTestMessages } from './test-send.js';

const tags = ['Campaigns'];
const withConflict = { 409: errorResponses[400], ...errorResponses };

/** The routes also preview (signing tracking links) and send tests (through the mailer). */
export function campaignRoutes(deps: CampaignDeps & { signer: TokenSigner; mailer: Mailer }): FastifyPluginAsyncZod {
  return async function campaigns(app) {
    const workspaceOf = (request: Parameters<typeof requirePrincipal>[0]) => requirePrincipal(request).workspaceId;

    app.get('/campaigns', {
      schema: {
        tags,
        summary: 'List all campaigns',
        querystring: ListCampaignsQuery,
        response: { 200: listResponse(CampaignResponse), ...errorResponses },
      },
      handler: (request) => listCampaigns(deps, workspaceOf(request), request.query),
    });

    app.post('/campaigns', {
      schema: {
        tags,
        summary: 'Create a campaign',
        description:
          'Creates a draft. Templates are checked now: an invalid one answers 400 invalid_template naming the field, line and reason.',
        body: CreateCampaignBody,
        response: { 201: CampaignResponse, ...errorResponses },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await createCampaign(deps, workspaceOf(request), request.body)),
    });

    app.post('/campaigns/preview', {
      schema: {
        tags,
        summary: 'Preview a message',
        description:
          'Renders unsaved templates as a recipient gets them (escaping, unsubscribe footer, text made from the HTML), ' +
          'for contact_id or a sample contact. Links are not rewritten to the click redirect. Invalid templates answer 400 invalid_template.',
        body: PreviewCampaignBody,
        response: { 200: PreviewResponse, ...errorResponses },
      },
      handler: (request) => previewCampaign(deps, workspaceOf(request), request.body),
    });

    app.post('/campaigns/audience', {
      schema: {
        tags,
        summary: 'Count an audience',
        description: 'How many subscribed contacts a campaign with this audience would be sent to if it started now.',
        body: AudienceCountBody,
        response: { 200: AudienceCountResponse, ...errorResponses },
      },
      handler: (request) => countAudienceRecipients(deps, workspaceOf(request), request.body),
    });

    app.get('/campaigns/:id', {
      schema: {
        tags,
        summary: 'Get a campaign',
        params: CampaignParams,
        response: { 200: CampaignResponse, ...errorResponses },
      },
      handler: (request) => getCampaign(deps, workspaceOf(request), request.params.id),
    });

    app.patch('/campaigns/:id', {
      schema: {
        tags,
        summary: 'Update a campaign',
        description: 'Only while draft or scheduled; otherwise 409 invalid_campaign_state.',
        params: CampaignParams,
        body: UpdateCampaignBody,
        response: { 200: CampaignResponse, ...withConflict },
      },
      handler: (request) => updateCampaign(deps, workspaceOf(request), request.params.id, request.body),
    });

    app.delete('/campaigns/:id', {
      schema: {
        tags,
        summary: 'Delete a campaign',
        description: 'Only while draft or scheduled.',
        params: CampaignParams,
        response: { 200: DeletedResponse, ...withConflict },
      },
      handler: async (request) => {
        await deleteCampaign(deps, workspaceOf(request), request.params.id);
        return { id: request.params.id, deleted: true as const };
      },
    });

    app.post('/campaigns/:id/send', {
      schema: {
        tags,
        summary: 'Send a campaign',
        description:
          'Starts sending a draft now, or at send_at. Every subscribed contact of the audience at that moment receives it exactly once. ' +
          'A campaign that is not a draft answers 409.',
        params: CampaignParams,
        body: SendCampaignBody,
        response: { 202: CampaignResponse, ...withConflict },
      },
      handler: async (request, reply) =>
        reply.code(202).send(await sendCampaign(deps, workspaceOf(request), request.params.id, request.body)),
    });

    app.post('/campaigns/:id/test', {
      schema: {
        tags,
        summary: 'Send a test',
        description:
          'Sends the campaign now to up to 5 addresses, with "[Test]" before the subject. Not counted in the stats.',
        params: CampaignParams,
        body: TestCampaignBody,
        response: { 200: TestSendResponse, ...errorResponses },
      },
      handler: (request) => sendTestMessages(deps, workspaceOf(request), request.params.id, request.body.emails),
    });

    for (const [action, summary, run] of [
      ['pause', 'Pause a sending campaign', pauseCampaign],
      ['resume', 'Resume a paused campaign', resumeCampaign],
      ['cancel', 'Cancel a scheduled, sending or paused campaign', cancelCampaign],
    ] as const) {
      app.post(`/campaigns/:id/${action}`, {
        schema: {
          tags,
          summary,
          description: 'Takes effect within a second. A campaign in another state answers 409 invalid_campaign_state.',
          params: CampaignParams,
          response: { 200: CampaignResponse, ...withConflict },
        },
        handler: (request) => run(deps, workspaceOf(request), request.params.id),
      });
    }

    app.get('/campaigns/:id/stats', {
      schema: {
        tags,
        summary: 'Get campaign analytics',
        params: CampaignParams,
        response: { 200: CampaignStatsResponse, ...errorResponses },
      },
      handler: (request) => getCampaignStats(deps, workspaceOf(request), request.params.id),
    });
  };
}
