// The shapes of the webhook endpoint routes (/v1/webhook-endpoints), written by hand from the API contract
// until the OpenAPI document describes them; then they become ResponseBody<...> like the other areas.

/** A webhook endpoint as GET /v1/webhook-endpoints/:id answers it (never its secret). */
export interface WebhookEndpoint {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
  disabled_reason: string | null;
  failing_since: string | null;
  created_at: string;
  updated_at: string;
}

/** What create and roll-secret answer: the only times the signing secret is shown. */
export interface EndpointWithSecret extends WebhookEndpoint {
  secret: string;
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

/** One delivery of one event to one endpoint, with its attempts so far. */
export interface WebhookDelivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  status: DeliveryStatus;
  attempts: number;
  response_status: number | null;
  duration_ms: number | null;
  error: string | null;
  next_attempt_at: string | null;
  last_attempt_at: string | null;
  created_at: string;
}

/** A page of a list, as every list route answers. */
export interface ListPage<T> {
  data: T[];
  total: number;
  page: number;
  per_page?: number;
}

export interface EndpointBody {
  url: string;
  events: string[];
  description?: string | null;
}

export interface EndpointChanges {
  url?: string;
  events?: string[];
  description?: string | null;
  enabled?: boolean;
}

/** The events an endpoint can subscribe to, grouped by area, each in plain words. */
export const EVENT_GROUPS: ReadonlyArray<{ area: string; events: ReadonlyArray<{ type: string; label: string }> }> = [
  {
    area: 'Contacts',
    events: [
      { type: 'contact.created', label: 'A contact is added' },
      { type: 'contact.updated', label: 'A contact is changed' },
      { type: 'contact.unsubscribed', label: 'A contact unsubscribes' },
      { type: 'contact.deleted', label: 'A contact is deleted' },
      { type: 'import.completed', label: 'A CSV import finishes' },
    ],
  },
  {
    area: 'Chatbots',
    events: [
      { type: 'lead.created', label: 'A chatbot collects a lead' },
      { type: 'message.unanswered', label: 'A chatbot cannot answer a question' },
      { type: 'chatbot.trained', label: 'A chatbot finishes training' },
      { type: 'chatbot.training_failed', label: 'A chatbot’s training fails' },
    ],
  },
  {
    area: 'Campaigns and email',
    events: [
      { type: 'campaign.sent', label: 'A campaign finishes sending' },
      { type: 'email.sent', label: 'An email is sent' },
      { type: 'email.delivered', label: 'An email is delivered' },
      { type: 'email.failed', label: 'An email cannot be sent' },
      { type: 'email.bounced', label: 'An email bounces' },
      { type: 'email.complained', label: 'A recipient marks an email as spam' },
      { type: 'email.opened', label: 'An email is opened' },
      { type: 'email.clicked', label: 'A link in an email is clicked' },
    ],
  },
];

export const webhookPath = (id: string) => `/webhooks/${encodeURIComponent(id)}`;
