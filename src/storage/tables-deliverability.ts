// Tables of the deliverability features (suppressions, bounces). Same
// conventions as tables.ts: ISO timestamps, JSON as strings.

export interface SuppressionsTable {
  workspace_id: string;
  /** The address lowercased: unique per workspace. */
  email_key: string;
  email: string;
  reason: string;
  source: string;
  created_at: string;
}

export interface InboundWebhooksTable {
  id: string;
  workspace_id: string;
  provider: string;
  token: string;
  signing_key: string | null;
  description: string | null;
  created_at: string;
}

/** Provider events already applied, so a retried delivery counts once. */
export interface DeliveryEventsSeenTable {
  workspace_id: string;
  dedupe_key: string;
  created_at: string;
}

export interface SoftBouncesTable {
  workspace_id: string;
  email_key: string;
  count: number;
  last_at: string;
}
