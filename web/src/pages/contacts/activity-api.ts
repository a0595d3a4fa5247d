// The contact activity route the dashboard calls.
// TODO(generate): switch to the typed `read` and ListItem<'/v1/contacts/{id}/activity'> once the lead
// regenerates the OpenAPI types (GET /v1/contacts/{id}/activity).
import { read, type Read } from '../../api/client';

/** TODO(generate): ListItem<'/v1/contacts/{id}/activity'>. */
export interface ActivityItem {
  type: string;
  at: string;
  campaign_id?: string;
  campaign_name?: string;
  email_id?: string;
  subject?: string;
  chatbot_id?: string;
  conversation_id?: string;
  count?: number;
  detail?: string | null;
}

export interface ActivityList {
  data: ActivityItem[];
  total: number;
  page: number;
  per_page: number;
  has_more: boolean;
}

type LooseOptions = { params?: Record<string, string>; query?: Record<string, string | number | undefined> };
const looseRead = read as unknown as (path: string, options?: LooseOptions) => Read<unknown>;

export const readActivity = (id: string, query: { page: number; per_page: number }) =>
  looseRead('/v1/contacts/{id}/activity', { params: { id }, query }) as Read<ActivityList>;
