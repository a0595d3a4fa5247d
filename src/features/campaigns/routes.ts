import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DeletedResponse, errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import type { AuditBy } from '../audit/record.js';
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
  duplicateCampaign,
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
const notFound = { not_found: 'No campaign with this id in your workspace.' };
const templates = {
  invalid_template: 'A template does not parse or render; the message names the field, line and reason.',
  template_limit_exceeded: 'A template is too large or too slow to render; the message names the limit.',
};

/** The routes also preview (signing tracking links) and send tests (through the mailer). */
export function campaignRoutes(deps: CampaignDeps & { signer: TokenSigner; mailer: Mailer }): FastifyPluginAsyncZod {
  return async function campaigns(app) {
    const workspaceOf = (request: Parameters<typeof requirePrincipal>[0]) => requirePrincipal(request).workspaceId;

    app.get('/campaigns', {
      schema: {
        tags,
        operationId: 'listCampaigns',
        summary: 'List all campaigns',
        description: 'Newest first, optionally only those in one status.',
        querystring: ListCampaignsQuery,
        response: {
          200: listOf(CampaignResponse),
          ...errors(errorsOf.read, { invalid_request: 'page, per_page or status is invalid; `param` names it.' }),
        },
      },
      handler: (request) => listCampaigns(deps, workspaceOf(request), request.query),
    });

    app.post('/campaigns', {
      schema: {
        tags,
        operationId: 'createCampaign',
        summary: 'Create a campaign',
        description:
          'Creates a draft. Templates are checked now: an invalid one answers 400 invalid_template naming the field, line and reason.',
        body: CreateCampaignBody,
        response: {
          201: CampaignResponse,
          ...errors(errorsOf.postJson, templates, {
            not_found: 'No template with template_id, or no segment with audience.segment, in your workspace.',
          }),
        },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await createCampaign(deps, workspaceOf(request), request.body)),
    });

    app.post('/campaigns/preview', {
      schema: {
        tags,
        operationId: 'previewCampaign',
        summary: 'Preview a message',
        description:
          'Renders unsaved templates as a recipient gets them (escaping, unsubscribe footer, text made from the HTML), ' +
          'for contact_id or a sample contact. Links are not rewritten to the click redirect. Invalid templates answer 400 invalid_template.',
        body: PreviewCampaignBody,
        response: {
          200: PreviewResponse,
          ...errors(errorsOf.postJson, templates, { not_found: 'No contact with contact_id in your workspace.' }),
        },
      },
      handler: (request) => previewCampaign(deps, workspaceOf(request), request.body),
    });

    app.post('/campaigns/audience', {
      schema: {
        tags,
        operationId: 'countAudience',
        summary: 'Count an audience',
        description: 'How many subscribed contacts a campaign with this audience would be sent to if it started now.',
        body: AudienceCountBody,
        response: {
          200: AudienceCountResponse,
          ...errors(errorsOf.postJson, { not_found: 'No segment with this id in your workspace.' }),
        },
      },
      handler: (request) => countAudienceRecipients(deps, workspaceOf(request), request.body),
    });

    app.get('/campaigns/:id', {
      schema: {
        tags,
        operationId: 'getCampaign',
        summary: 'Get a campaign',
        description: 'A campaign with its templates, audience, status and sent count.',
        params: CampaignParams,
        response: { 200: CampaignResponse, ...errors(errorsOf.read, notFound) },
      },
      handler: (request) => getCampaign(deps, workspaceOf(request), request.params.id),
    });

    app.patch('/campaigns/:id', {
      schema: {
        tags,
        operationId: 'updateCampaign',
        summary: 'Update a campaign',
        description:
          'Only while draft or scheduled; otherwise 409 invalid_campaign_state. Templates are checked again.',
        params: CampaignParams,
        body: UpdateCampaignBody,
        response: {
          200: CampaignResponse,
          ...errors(errorsOf.patchJson, templates, {
            not_found: 'No campaign with this id, or no segment with audience.segment, in your workspace.',
            invalid_campaign_state: 'The campaign is no longer a draft or scheduled.',
          }),
        },
      },
      handler: (request) => updateCampaign(deps, workspaceOf(request), request.params.id, request.body),
    });

    app.delete('/campaigns/:id', {
      schema: {
        tags,
        operationId: 'deleteCampaign',
        summary: 'Delete a campaign',
        description: 'Only while draft or scheduled; otherwise 409 invalid_campaign_state.',
        params: CampaignParams,
        response: {
          200: DeletedResponse,
          ...errors(errorsOf.change, notFound, {
            invalid_campaign_state: 'The campaign is no longer a draft or scheduled.',
          }),
        },
      },
      handler: async (request) => {
        await deleteCampaign(deps, workspaceOf(request), request.params.id);
        return { id: request.params.id, deleted: true as const };
      },
    });

    app.post('/campaigns/:id/send', {
      schema: {
        tags,
        operationId: 'sendCampaign',
        summary: 'Send a campaign',
        description:
          'Starts sending a draft now, or at send_at. Every subscribed contact of the audience at that moment receives it exactly once. ' +
          'A campaign that is not a draft answers 409.',
        params: CampaignParams,
        body: SendCampaignBody,
        response: {
          202: CampaignResponse,
          ...errors(errorsOf.postJson, notFound, {
            invalid_request:
              'send_at is invalid or in the past (`param` names it), or the `Idempotency-Key` header is over 255 characters.',
            invalid_campaign_state: 'The campaign is not a draft, or its audience is a segment that was deleted.',
          }),
        },
      },
      handler: async (request, reply) =>
        reply
          .code(202)
          .send(
            await sendCampaign(deps, workspaceOf(request), request.params.id, request.body, requirePrincipal(request)),
          ),
    });

    app.post('/campaigns/:id/duplicate', {
      schema: {
        tags,
        operationId: 'duplicateCampaign',
        summary: 'Duplicate a campaign',
        description:
          'A new draft with the same templates, sender and audience, named "<name> (copy)"; from any status.',
        params: CampaignParams,
        response: { 201: CampaignResponse, ...errors(errorsOf.post, notFound) },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await duplicateCampaign(deps, workspaceOf(request), request.params.id)),
    });

    app.post('/campaigns/:id/test', {
      schema: {
        tags,
        operationId: 'sendTestCampaign',
        summary: 'Send a test',
        description:
          'Sends the campaign now to up to 5 addresses, with "[Test]" before the subject, rendered as contact_id when given ' +
          "(else as the workspace's contact of each address). Not counted in the stats; each address's outcome is in the answer.",
        params: CampaignParams,
        body: TestCampaignBody,
        response: {
          200: TestSendResponse,
          ...errors(errorsOf.postJson, notFound, {
            template_limit_exceeded: templates.template_limit_exceeded,
            not_found: 'No campaign with this id, or no contact with contact_id, in your workspace.',
          }),
        },
      },
      handler: (request) => sendTestMessages(deps, workspaceOf(request), request.params.id, request.body),
    });

    type Control = (deps: CampaignDeps, workspaceId: string, id: string, by: AuditBy) => Promise<CampaignResponse>;
    for (const [action, summary, allowed, run] of [
      ['pause', 'Pause a sending campaign', 'sending', pauseCampaign],
      ['resume', 'Resume a paused campaign', 'paused', resumeCampaign],
      ['cancel', 'Cancel a scheduled, sending or paused campaign', 'scheduled, sending or paused', cancelCampaign],
    ] satisfies [string, string, string, Control][]) {
      app.post(`/campaigns/:id/${action}`, {
        schema: {
          tags,
          operationId: `${action}Campaign`,
          summary,
          description: 'Takes effect within a second. A campaign in another state answers 409 invalid_campaign_state.',
          params: CampaignParams,
          response: {
            200: CampaignResponse,
            ...errors(errorsOf.post, notFound, {
              invalid_campaign_state: `The campaign is not ${allowed}.`,
            }),
          },
        },
        handler: (request) => run(deps, workspaceOf(request), request.params.id, requirePrincipal(request)),
      });
    }

    app.get('/campaigns/:id/stats', {
      schema: {
        tags,
        operationId: 'getCampaignStats',
        summary: 'Get campaign analytics',
        description:
          'Deliveries, bounces, opens and clicks (total and unique), unsubscribes, rates, clicks per link and activity per hour.',
        params: CampaignParams,
        response: { 200: CampaignStatsResponse, ...errors(errorsOf.read, notFound) },
      },
      handler: (request) => getCampaignStats(deps, workspaceOf(request), request.params.id),
    });
  };
}
