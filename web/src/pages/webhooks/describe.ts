import { formatDate } from '../../ui/format';
import { EVENT_GROUPS, type WebhookDelivery, type WebhookEndpoint } from './types';

const LABELS = new Map(EVENT_GROUPS.flatMap((g) => g.events.map((e) => [e.type, e.label] as const)));

/** Whether an endpoint's events mean every event, including ones added later. */
export const isAllEvents = (events: readonly string[]) => events.includes('*');

/** "All events", "contact.created", "contact.created and 2 more". */
export function summarizeEvents(events: readonly string[]): string {
  if (isAllEvents(events)) return 'All events';
  if (events.length === 0) return 'No events';
  if (events.length <= 2) return events.join(', ');
  return `${events.slice(0, 2).join(', ')} and ${events.length - 2} more`;
}

/** An event type in plain words, for a title or a tooltip. */
export const eventLabel = (type: string) => (type === 'ping' ? 'Test event' : (LABELS.get(type) ?? type));

/**
 * Why an endpoint is off, in plain words. Grivo sets a reason only when it turned the endpoint off itself
 * (its deliveries failed for too long); one turned off by a person has none.
 */
export function disabledExplanation(endpoint: WebhookEndpoint): string {
  if (endpoint.disabled_reason) {
    return endpoint.failing_since
      ? `Grivo turned it off because every delivery failed since ${formatDate(endpoint.failing_since)}.`
      : 'Grivo turned it off because its deliveries kept failing.';
  }
  return 'It was turned off by someone in your workspace (here or through the API).';
}

/** The one-line state shown in the list and on the endpoint's page. */
export function endpointState(endpoint: WebhookEndpoint): { label: string; tone: 'ok' | 'warn' | 'off' } {
  if (!endpoint.enabled)
    return { label: endpoint.disabled_reason ? 'Turned off: deliveries kept failing' : 'Turned off', tone: 'off' };
  if (endpoint.failing_since) return { label: `Failing since ${formatDate(endpoint.failing_since)}`, tone: 'warn' };
  return { label: 'Active', tone: 'ok' };
}

/** A delivery's state in plain words. */
export function deliveryState(d: WebhookDelivery): { label: string; badge: string } {
  if (d.status === 'succeeded') return { label: 'Delivered', badge: 'sent' };
  if (d.status === 'failed') return { label: 'Failed', badge: 'failed' };
  return d.attempts > 0 ? { label: 'Retrying', badge: 'paused' } : { label: 'Sending', badge: 'queued' };
}

/** What went wrong with an attempt, in plain words where the cause is a known network error. */
export function attemptError(error: string): string {
  if (/ECONNREFUSED/.test(error)) return 'Connection refused: nothing answers at this address.';
  if (/ENOTFOUND|EAI_AGAIN/.test(error)) return 'This host name could not be found.';
  if (/timed? ?out|ETIMEDOUT|abort/i.test(error)) return 'Your server took too long to answer.';
  if (/ECONNRESET|socket hang up/i.test(error)) return 'Your server closed the connection without answering.';
  if (/certificate|CERT_|SSL|TLS/i.test(error)) return 'The HTTPS certificate of your server is not valid.';
  return error;
}
