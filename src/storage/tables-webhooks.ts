// Events and outbound webhooks (features/events, features/webhooks).

/** Something that happened in a workspace, kept 30 days for `GET /v1/events` and deliveries. */
export interface EventsTable {
  id: string;
  workspace_id: string;
  type: string;
  /** JSON: the resource as the API shows it. */
  data: string;
  created_at: string;
}

/** A URL Grivo POSTs a workspace's events to, signed with its secret. */
export interface WebhookEndpointsTable {
  id: string;
  workspace_id: string;
  url: string;
  /** JSON array of event types, or ["*"]. */
  events: string;
  description: string | null;
  secret: string;
  enabled: number;
  disabled_reason: string | null;
  /** The first failed attempt since the last success; cleared by a success. */
  failing_since: string | null;
  created_at: string;
  updated_at: string;
}

/** One event to one endpoint: the truth a sweep delivers from, at least once. */
export interface WebhookDeliveriesTable {
  id: string;
  workspace_id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  response_status: number | null;
  duration_ms: number | null;
  error: string | null;
  /** When the next attempt is due (null once settled). */
  next_attempt_at: string | null;
  /** Until when a worker holds the attempt it claimed (a crashed worker's claim lapses). */
  locked_until: string | null;
  last_attempt_at: string | null;
  created_at: string;
}
