// The shapes of the campaigns API, as the OpenAPI document types them (packages/sdk/src/generated/openapi.ts).
import type { ListItem, ResponseBody } from '@grivo/sdk';

/** A campaign as GET /v1/campaigns/:id answers it. */
export type Campaign = ResponseBody<'/v1/campaigns/{id}', 'get'>;
export type CampaignStatus = Campaign['status'];
export type Audience = Campaign['audience'];

/** GET /v1/campaigns/:id/stats: counts, rates, links and the hourly timeline. */
export type CampaignStats = ResponseBody<'/v1/campaigns/{id}/stats', 'get'>;
/** One hour with activity, oldest first. */
export type TimelinePoint = CampaignStats['timeline'][number];

/** POST /v1/campaigns/preview. */
export type Preview = ResponseBody<'/v1/campaigns/preview', 'post'>;

/** One address of POST /v1/campaigns/:id/test. */
export type TestResult = ListItem<'/v1/campaigns/{id}/test', 'post'>;

/** Only these can be edited; the others show their report. */
export const isEditable = (status: CampaignStatus) => status === 'draft' || status === 'scheduled';

export const campaignPath = (id: string) => `/campaigns/${encodeURIComponent(id)}`;
