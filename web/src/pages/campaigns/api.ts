// The campaign routes the dashboard calls, typed by the OpenAPI document.
import type { QueryParams, RequestBody } from '@grivo/sdk';
import { call, read } from '../../api/client';

export type CampaignBody = RequestBody<'/v1/campaigns', 'post'>;
export type UpdateCampaignBody = RequestBody<'/v1/campaigns/{id}', 'patch'>;
export type PreviewBody = RequestBody<'/v1/campaigns/preview', 'post'>;
export type AudienceBody = RequestBody<'/v1/campaigns/audience', 'post'>;
export type SendBody = RequestBody<'/v1/campaigns/{id}/send', 'post'>;

export const readCampaigns = (query: QueryParams<'/v1/campaigns', 'get'>) => read('/v1/campaigns', { query });
export const readCampaign = (id: string) => read('/v1/campaigns/{id}', { params: { id } });
export const readCampaignStats = (id: string) => read('/v1/campaigns/{id}/stats', { params: { id } });
export const createCampaign = (body: CampaignBody) => call('post', '/v1/campaigns', { body });
export const updateCampaign = (id: string, body: UpdateCampaignBody) =>
  call('patch', '/v1/campaigns/{id}', { params: { id }, body });

/** The message as `contact_id` (or the sample contact) will receive it. */
export const previewCampaign = (body: PreviewBody, signal?: AbortSignal) =>
  call('post', '/v1/campaigns/preview', { body, signal });
/** How many subscribed contacts the audience reaches now. */
export const countAudience = (body: AudienceBody, signal?: AbortSignal) =>
  call('post', '/v1/campaigns/audience', { body, signal });

export const testCampaign = (id: string, emails: string[], contactId = '') =>
  call('post', '/v1/campaigns/{id}/test', {
    params: { id },
    body: { emails, ...(contactId ? { contact_id: contactId } : {}) },
  });
export const sendCampaign = (id: string, body: SendBody) =>
  call('post', '/v1/campaigns/{id}/send', { params: { id }, body });
export const pauseCampaign = (id: string) => call('post', '/v1/campaigns/{id}/pause', { params: { id } });
export const resumeCampaign = (id: string) => call('post', '/v1/campaigns/{id}/resume', { params: { id } });
export const cancelCampaign = (id: string) => call('post', '/v1/campaigns/{id}/cancel', { params: { id } });
/** A new draft with the campaign's content, sender and audience. */
export const duplicateCampaign = (id: string) => call('post', '/v1/campaigns/{id}/duplicate', { params: { id } });
