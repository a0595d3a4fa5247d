import { formatDate } from '../../ui/format';
import { EVENT_GROUPS, type EventChoice, type WebhookDelivery, type WebhookEndpoint } from './types';

const LABELS = new Map<string, string>(EVENT_GROUPS.flatMap((g) => g.events.map((e) => [e.type, e.label] as const)));

/** The endpoint's events this dashboard can offer again when it is edited. */
export const knownEvents = (events: readonly string[]): EventChoice[] =>
  events.filter((t): t is EventChoice => t === '*' || LABELS.has(t));

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
 * Whether Grivo turned the endpoint off itself, its deliveries having failed for too long. Turned off by a
 * person (here or through the API), its reason is "Disabled through the API on …".
 */
export const turnedOffForFailing = (endpoint: WebhookEndpoint) =>
  !endpoint.enabled && Boolean(endpoint.disabled_reason) && !/through the API/i.test(endpoint.disabled_reason ?? '');

/** Why an endpoint is off, in plain words. */
export function disabledExplanation(endpoint: WebhookEndpoint): string {
  if (turnedOffForFailing(endpoint)) {
    return endpoint.failing_since
      ? `Grivo turned it off because every delivery failed since ${formatDate(endpoint.failing_since)}.`
      : 'Grivo turned it off because its deliveries kept failing.';
  }
  return 'It was turned off by someone in your workspace (here or through the API).';
}

/** The one-line state shown in the list and on the endpoint's page. */
export function endpointState(endpoint: WebhookEndpoint): { label: string; tone: 'ok' | 'warn' | 'off' } {
  if (!endpoint.enabled)
    return { label: turnedOffForFailing(endpoint) ? 'Turned off: deliveries kept failing' : 'Turned off', tone: 'off' };
  if (endpoint.failing_since) return { label: `Failing since ${formatDate(endpoint.failing_since)}`, tone: 'warn' };
  return { label: 'Active', tone: 'ok' };
}

/** A delivery's state in plain words. */
export function deliveryState(d: WebhookDelivery): { label: string; badge: string } {
  if (d.status === 'succeeded') return { label: 'Delivered', badge: 'sent' };
  if (d.status === 'failed') return { label: 'Failed', badge: 'failed' };
  return d.attempts > 0 ? { label: 'Retrying', badge: 'paused' } : { label: 'Sending', badge: 'queued' };
}

/** What an HTTP status means, for a failed delivery. */
function statusMeaning(status: number): string {
  if (status >= 300 && status < 400)
    return `Your server answered with a redirect (${status}). Grivo does not follow redirects: use the final address.`;
  if (status === 401 || status === 403)
    return `Your server refused the request (${status}): check it verifies the signature with the current secret.`;
  if (status === 404 || status === 410) return `Nothing answers at this path on your server (${status}).`;
  if (status === 429) return 'Your server asked Grivo to slow down (429). Grivo will try again later.';
  if (status >= 500) return `Your server had an error (${status}).`;
  return `Your server did not accept the request (${status}). Answer with a 2xx status.`;
}

/** What went wrong with an attempt, in plain words: a person reads it, not the network error it was. */
export function attemptError(error: string): string {
  const http = /^HTTP (\d{3})/.exec(error);
  if (http) return statusMeaning(Number(http[1]));
  const wait = /no answer within (\d+) s/.exec(error);
  if (wait) return `Your server did not answer within ${wait[1]} seconds.`;
  if (/endpoint was disabled after failing/i.test(error)) return 'Not sent: Grivo turned the endpoint off.';
  if (/endpoint was disabled/i.test(error)) return 'Not sent: the endpoint was turned off.';
  if (/not a public address/.test(error)) return 'This address is on a private network, which Grivo does not send to.';
  if (/ECONNREFUSED/.test(error)) return 'Connection refused: nothing answers at this address.';
  if (/ENOTFOUND|EAI_AGAIN/.test(error)) return 'This host name could not be found.';
  if (/timed? ?out|ETIMEDOUT|abort/i.test(error)) return 'Your server took too long to answer.';
  if (/ECONNRESET|socket hang up|EPIPE/i.test(error)) return 'Your server closed the connection without answering.';
  if (/certificate|CERT_|SSL|TLS/i.test(error)) return 'The HTTPS certificate of your server is not valid.';
  return 'The request could not reach your server.';
}

/** The server's word on a field of the endpoint form, said for a person rather than for the API's caller. */
export function endpointFieldError(field: 'url' | 'events' | 'description', message: string | undefined) {
  if (!message) return undefined;
  if (field === 'url') {
    if (/is required|must be a string/.test(message)) return 'Enter the address of your endpoint.';
    if (/at most/.test(message)) return 'This address is too long.';
    if (/credentials/.test(message)) return 'Leave the user name and password out of the address.';
    if (/not public|private/.test(message))
      return 'This address is on a private network: Grivo only sends events to public addresses.';
    if (/absolute|http:\/\/ or https:\/\//.test(message))
      return 'Enter the full address of your endpoint, starting with https:// (or http://).';
  }
  if (field === 'events') return 'Choose at least one event, or “All events”.';
  if (field === 'description' && /at most/.test(message)) return 'Keep the description to 500 characters or fewer.';
  return message;
}
