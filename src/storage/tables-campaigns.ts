import type { Generated } from 'kysely';

// Campaigns, their links, recipients, clicks and hourly timeline (features/campaigns).

export interface CampaignsTable {
  id: string;
  workspace_id: string;
  name: string;
  subject: string;
  from_name: string | null;
  from_email: string;
  reply_to: string | null;
  html: string;
  text: string | null;
  /** JSON: {tags, match}. */
  audience: string;
  status: string;
  error: string | null;
  scheduled_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  send_run: Generated<number>;
  snapshot_after: string | null;
  snapshot_done: Generated<number>;
  recipients: Generated<number>;
  sent: Generated<number>;
  failed: Generated<number>;
  bounced: Generated<number>;
  skipped: Generated<number>;
  opens: Generated<number>;
  unique_opens: Generated<number>;
  /** Opens fetched by privacy proxies or at delivery; not in opens or unique_opens. */
  machine_opens: Generated<number>;
  clicks: Generated<number>;
  unique_clicks: Generated<number>;
  unsubscribes: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface CampaignLinksTable {
  campaign_id: string;
  idx: number;
  workspace_id: string;
  url: string;
  clicks: Generated<number>;
  unique_clicks: Generated<number>;
}

export interface CampaignRecipientsTable {
  campaign_id: string;
  contact_id: string;
  workspace_id: string;
  email: string;
  /** pending → sending → sent | failed | bounced | skipped */
  status: string;
  attempts: Generated<number>;
  next_attempt_at: string | null;
  /** The send run that marked it `sending`. */
  run: number | null;
  error: string | null;
  sent_at: string | null;
  /** The first human open (or click). */
  opened_at: string | null;
  /** Human opens, counted as the campaign's `opens` (a click alone counts none). */
  opens: Generated<number>;
  /** The first open fetched by a machine (privacy proxy, prefetch at delivery). */
  machine_opened_at: string | null;
  clicked_at: string | null;
  unsubscribed_at: string | null;
}

export interface CampaignClicksTable {
  campaign_id: string;
  contact_id: string;
  idx: number;
  workspace_id: string;
  clicks: Generated<number>;
}

export interface CampaignTimelineTable {
  campaign_id: string;
  /** The start of the hour, ISO 8601. */
  hour: string;
  workspace_id: string;
  sent: Generated<number>;
  opens: Generated<number>;
  machine_opens: Generated<number>;
  clicks: Generated<number>;
}
