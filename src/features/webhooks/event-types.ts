/** Every type of event a workspace emits (`GET /v1/events`, webhook subscriptions). */
export const EVENT_TYPES = [
  'contact.created',
  'contact.updated',
  'contact.unsubscribed',
  'contact.deleted',
  'lead.created',
  'chatbot.trained',
  'chatbot.training_failed',
  'import.completed',
  'campaign.sent',
  'email.bounced',
  'email.complained',
  'email.opened',
  'email.clicked',
  'email.delivered',
  'email.sent',
  'email.failed',
  'message.unanswered',
  'ping',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];
