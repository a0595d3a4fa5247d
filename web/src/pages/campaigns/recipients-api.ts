// The campaign recipients report the dashboard calls, typed by the OpenAPI document.
import type { ListItem, QueryParams, ResponseBody } from '@grivo/sdk';
import { read, urlOf } from '../../api/client';

export type RecipientEvent = NonNullable<QueryParams<'/v1/campaigns/{id}/recipients', 'get'>['event']>;
export const RECIPIENT_EVENTS = [
  'sent',
  'opened',
  'clicked',
  'bounced',
  'unsubscribed',
  'failed',
] as const satisfies readonly RecipientEvent[];

/** One recipient of a campaign who did `event`: when first, and how often. */
export type CampaignRecipient = ListItem<'/v1/campaigns/{id}/recipients'>;
export type RecipientList = ResponseBody<'/v1/campaigns/{id}/recipients', 'get'>;

export const readRecipients = (id: string, query: { event: RecipientEvent; page: number; per_page: number }) =>
  read('/v1/campaigns/{id}/recipients', { params: { id }, query });
export const recipientsExportUrl = (id: string, event: RecipientEvent) =>
  urlOf('/v1/campaigns/{id}/recipients/export', { params: { id }, query: { event } });
