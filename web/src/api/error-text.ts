import { ApiFailure } from './client';

/** A form's field labels by the API's parameter name (`{ website_url: 'Website' }`), so errors use the words people see. */
export type Labels = Readonly<Record<string, string>>;

const TRY_AGAIN = 'Try again in a moment.';

/** What each error code means for someone using the dashboard, when the server's words would not do. */
const BY_CODE: Record<string, string> = {
  network_error: 'Could not reach Grivo. Check your connection and try again.',
  rate_limit_exceeded: `Too many requests just now. ${TRY_AGAIN}`,
  not_signed_in: 'Your session has ended. Sign in again to continue.',
  invalid_csrf_token: 'Your session has changed in another tab. Reload the page and try again.',
  missing_api_key: 'Your session has ended. Sign in again to continue.',
  invalid_api_key: 'Your session has ended. Sign in again to continue.',
  unknown_parameter: 'This page sent something Grivo does not understand. Reload the page and try again.',
  invalid_json: 'This page sent something Grivo does not understand. Reload the page and try again.',
  unsupported_media_type: 'This page sent something Grivo does not understand. Reload the page and try again.',
  route_not_found: 'This page asked for something Grivo does not have. Reload the page and try again.',
  method_not_allowed: 'This page asked for something Grivo does not have. Reload the page and try again.',
  not_found: 'This was not found: it may have been deleted, or it belongs to another workspace.',
  payload_too_large: 'This is too large to send. Make it smaller and try again.',
  idempotency_key_in_use: `This is still being saved. ${TRY_AGAIN}`,
  idempotency_key_reused: 'This was already sent with other details. Reload the page and try again.',
  internal_error: `Grivo ran into a problem on its side. ${TRY_AGAIN}`,
  llm_unavailable: `The answering service did not respond. ${TRY_AGAIN}`,
  service_unavailable: `Grivo is briefly unavailable. ${TRY_AGAIN}`,
  http_error: `Grivo answered with an error. ${TRY_AGAIN}`,
};

/** Codes whose message the server writes as a sentence for people (a plan's limit, a campaign already sent…). */
const SPOKEN = new Set([
  'plan_limit_exceeded',
  'forbidden',
  'invalid_campaign_state',
  'contact_exists',
  'account_exists',
  'suppressed',
  'invalid_credentials',
  'invalid_token',
  'invalid_template',
  'template_limit_exceeded',
  'origin_not_allowed',
]);

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `send_at` → "Send at": the parameter's own name when the form gave no label. */
const humanize = (name: string) => capital(name.replace(/[_-]+/g, ' ').trim());

/** The label a form gave `param` (`emails.1` → the label of `emails`), or its name in words. */
export function labelOf(param: string, labels: Labels = {}): string {
  const parts = param.split('.');
  const words = parts.filter((p) => !/^\d+$/.test(p));
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    const label = labels[key] ?? labels[key.replace(/\.\d+/g, '')];
    if (label) return label;
  }
  return humanize(words[words.length - 1] ?? param);
}

/** `emails.1` → ", line 2": which entry of a list the error is about, counted from 1 as people count. */
function entryOf(param: string): string {
  const index = /\.(\d+)(?:\.|$)/.exec(param)?.[1];
  return index === undefined ? '' : `, line ${Number(index) + 1}`;
}

/** A validation message about `param`, said with the field's label. */
function invalidText(param: string, message: string, labels: Labels): string {
  const label = labelOf(param, labels);
  const where = `${label}${entryOf(param)}`;
  const text = message.toLowerCase();
  const quoted = /'([^']*)'[^']*$/.exec(message.replace(/^Invalid [a-z ]+'[^']*': /, ''))?.[1];
  if (/^missing required/.test(text) || /\brequired\b/.test(text)) return `${label} is required.`;
  if (/valid email/.test(text))
    return quoted ? `${where}: “${quoted}” is not a valid email address.` : `${where} is not a valid email address.`;
  if (/hex|colou?r like/.test(text)) return `${where} must be a colour like #2563eb.`;
  if (/in the past/.test(text)) return `${where} is in the past. Choose a time in the future.`;
  if (/host names? like/.test(text))
    return `${where} must be a host name like example.com or *.example.com, without https:// or a path.`;
  if (/http:\/\/ or https:\/\/|invalid url|not a valid (url|web address)/.test(text))
    return `${where} must be a full web address starting with https://, like https://example.com/.`;
  const most = /at most ([\d,]+) (characters|items|entries|tags)/.exec(text);
  if (most) return `${where} can have at most ${most[1]} ${most[2]}.`;
  const least = /at least ([\d,]+) (characters|items|entries)/.exec(text);
  if (least) return `${where} needs at least ${least[1]} ${least[2]}.`;
  // A sentence the server wrote for people (capitalised, naming no parameter) is kept as it is.
  if (/^[A-Z]/.test(message) && !/^(Invalid|Missing|Unknown) /.test(message)) return message;
  // Otherwise the server's own sentence, with the parameter's name swapped for the label people see.
  const rest = message.replace(/^Invalid [a-z ]+'[^']*': /, '');
  const named = rest.startsWith(`${param} `) ? rest.slice(param.length + 1) : `: ${rest}`;
  return named.startsWith(':') ? `${where}${named}` : `${where} ${named}`;
}

/**
 * The one place an error becomes words on the screen: the API's code and
 * `param` become a sentence that uses the form's own labels; what the server
 * already says as a sentence for people is kept; anything else (a bug in the
 * page) gets a plain fallback rather than a stack of technical words.
 */
export function errorText(error: unknown, labels: Labels = {}): string {
  if (!(error instanceof ApiFailure)) return 'Something went wrong on this page. Reload it and try again.';
  if (error.local || SPOKEN.has(error.code)) return error.message;
  // A refused upload says why about the file itself (its type, its size), in words for people.
  if ((error.code === 'unsupported_media_type' || error.code === 'payload_too_large') && error.param === 'file')
    return error.message;
  if ((error.code === 'invalid_request' || error.code === 'invalid_parameter') && error.param)
    return invalidText(error.param, error.message, labels);
  if (error.code === 'invalid_request' || error.code === 'invalid_parameter')
    return 'Something in this form is not valid. Check it and try again.';
  if (error.code === 'http_error' && error.status >= 500)
    return `Grivo answered with an error (HTTP ${error.status}). ${TRY_AGAIN}`;
  return BY_CODE[error.code] ?? (error.status >= 500 ? BY_CODE.internal_error! : error.message);
}
