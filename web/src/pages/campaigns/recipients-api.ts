// The campaign recipients report the dashboard calls.
// TODO(generate): switch to the typed `read`/`urlOf` and ResponseBody<'/v1/campaigns/{id}/recipients', 'get'>
// once the lead regenerates the OpenAPI types (GET /v1/campaigns/{id}/recipients and …/recipients/export).
import { read, urlOf, type Read } from '../../api/client';

export const RECIPIENT_EVENTS = ['sent', 'opened', 'clicked', 'bounced', 'unsubscribed', 'failed'] as const;
export type RecipientEvent = (typeof RECIPIENT_EVENTS)[number];

/** TODO(generate): ListItem<'/v1/campaigns/{id}/recipients'>. */
export interface CampaignRecipient {
  contact_id: string;
  email: string;
  first_at: string | null;
  count: number | null;
}

export interface RecipientList {
  data: CampaignRecipient[];
  total: number;
  page: number;
  per_page: number;
  has_more: boolean;
}

type LooseOptions = { params?: Record<string, string>; query?: Record<string, string | number | undefined> };
const looseRead = read as unknown as (path: string, options?: LooseOptions) => Read<unknown>;
const looseUrl = urlOf as unknown as (path: string, options?: LooseOptions) => string;

export const readRecipients = (id: string, query: { event: RecipientEvent; page: number; per_page: number }) =>
  looseRead('/v1/campaigns/{id}/recipients', { params: { id }, query }) as Read<RecipientList>;
export const recipientsExportUrl = (id: string, event: RecipientEvent) =>
  looseUrl('/v1/campaigns/{id}/recipients/export', { params: { id }, query: { event } });
