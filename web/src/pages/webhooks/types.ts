// The shapes of the webhook endpoint routes, as the OpenAPI document types them.
import type { ListItem, RequestBody, ResponseBody } from '@grivo/sdk';

/** A webhook endpoint as GET /v1/webhook-endpoints/:id answers it (never its secret). */
export type WebhookEndpoint = ResponseBody<'/v1/webhook-endpoints/{id}', 'get'>;

/** What create and roll-secret answer: the only times the signing secret is shown. */
export type EndpointWithSecret = ResponseBody<'/v1/webhook-endpoints', 'post'>;

/** One delivery of one event to one endpoint, with its attempts so far. */
export type WebhookDelivery = ListItem<'/v1/webhook-endpoints/{id}/deliveries'>;
export type DeliveryStatus = WebhookDelivery['status'];

/** What an endpoint can subscribe to: an event type, or `*` for every event. */
export type EventChoice = RequestBody<'/v1/webhook-endpoints', 'post'>['events'][number];
export type EventType = Exclude<EventChoice, '*'>;

/** The events an endpoint can subscribe to, grouped by area, each in plain words. */
export const EVENT_GROUPS: ReadonlyArray<{ area: string; events: ReadonlyArray<{ type: EventType; label: string }> }> =
  [
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
