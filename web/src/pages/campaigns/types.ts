// The shapes of the campaigns API, as src/features/campaigns/schema.ts answers them.

export type CampaignStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'sent' | 'cancelled' | 'failed';

export interface Audience {
  tags: string[];
  match: 'any' | 'all';
}

/** A campaign as GET /v1/campaigns/:id answers it. */
export interface Campaign {
  id: string;
  name: string;
  subject: string;
  from_name: string | null;
  from_email: string;
  reply_to: string | null;
  html: string;
  text: string;
  /** True when `text` was made from the HTML (and follows it). */
  text_generated: boolean;
  audience: Audience;
  status: CampaignStatus;
  error: string | null;
  recipients: number;
  sent: number;
  scheduled_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  created_at: string;
  updated_at: string;
}

/** GET /v1/campaigns/:id/stats (src/features/campaigns/stats.ts). */
export interface CampaignStats {
  id: string;
  status: CampaignStatus;
  recipients: number;
  sent: number;
  failed: number;
  bounced: number;
  skipped: number;
  opens: number;
  unique_opens: number;
  clicks: number;
  unique_clicks: number;
  unsubscribes: number;
  /** unique_opens / sent, 0 to 1. */
  open_rate: number;
  click_rate: number;
  links: Array<{ url: string; clicks: number; unique_clicks: number }>;
  /** One entry per hour with activity, oldest first. */
  timeline: TimelinePoint[];
}

export interface TimelinePoint {
  hour: string;
  sent: number;
  opens: number;
  clicks: number;
}

/** POST /v1/campaigns/preview. */
export interface Preview {
  subject: string;
  html: string;
  text: string;
}

/** One address of POST /v1/campaigns/:id/test. */
export interface TestResult {
  email: string;
  status: 'sent' | 'failed';
  error: string | null;
}

/** Only these can be edited; the others show their report. */
export const isEditable = (status: CampaignStatus) => status === 'draft' || status === 'scheduled';

export const campaignPath = (id: string) => `/campaigns/${encodeURIComponent(id)}`;
