import { GrivoError } from './errors.js';
import type { components } from './generated/openapi.js';

/** An event as Grivo posts it to a webhook endpoint (and lists it at `GET /v1/events`). */
export type WebhookEvent = components['schemas']['Event'];

/** The header Grivo signs every webhook delivery with. */
export const SIGNATURE_HEADER = 'Grivo-Signature';

/** How old a signature may be, in seconds, before it is refused as a replay (Stripe's default too). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export interface VerifyOptions {
  /** Seconds a signature stays acceptable; 0 turns the check off. Default 300. */
  toleranceSeconds?: number;
  /** The current time in Unix seconds (for tests). */
  now?: number;
}

/**
 * Checks a delivery's `Grivo-Signature` header against the endpoint's secret
 * and returns the event it carries. Pass the body exactly as received (the raw
 * string or bytes, before any JSON parsing): the signature covers those bytes.
 *
 * Throws a {@link GrivoError} with code `invalid_signature` when the header is
 * missing or malformed, no `v1` signature matches, or the timestamp is older
 * than the tolerance — answer such a request with 400 and do not act on it.
 *
 * ```ts
 * const event = await constructWebhookEvent(rawBody, req.headers['grivo-signature'], process.env.GRIVO_WEBHOOK_SECRET);
 * ```
 */
export async function constructWebhookEvent(
  payload: string | Uint8Array,
  header: string | string[] | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): Promise<WebhookEvent> {
  const body = typeof payload === 'string' ? payload : new TextDecoder().decode(payload);
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) throw invalid(`The ${SIGNATURE_HEADER} header is missing.`);
  const { timestamp, signatures } = parseSignatureHeader(value);
  if (timestamp === undefined || signatures.length === 0)
    throw invalid(`The ${SIGNATURE_HEADER} header is malformed: expected "t=<unix seconds>,v1=<hex>".`);
  const expected = await hmacHex(secret, `${timestamp}.${body}`);
  if (!signatures.some((signature) => timingSafeEqual(signature, expected)))
    throw invalid('No signature matches the payload: check the secret, and pass the raw body unparsed.');
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (tolerance > 0 && Math.abs(now - timestamp) > tolerance)
    throw invalid(`The signature's timestamp is more than ${tolerance} seconds from now: a replay, or a wrong clock.`);
  try {
    return JSON.parse(body) as WebhookEvent;
  } catch {
    throw invalid('The payload is signed but is not JSON.');
  }
}

/**
 * The `Grivo-Signature` header for a payload, as Grivo computes it: for tests
 * of your own webhook handler.
 */
export async function signWebhookPayload(
  payload: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
): Promise<string> {
  return `t=${timestamp},v1=${await hmacHex(secret, `${timestamp}.${payload}`)}`;
}

function parseSignatureHeader(value: string): { timestamp: number | undefined; signatures: string[] } {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const item = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(item)) timestamp = Number(item);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(item)) signatures.push(item.toLowerCase());
  }
  return { timestamp, signatures };
}

async function hmacHex(secret: string, message: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares two hex strings of equal length in time independent of where they differ. */
function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function invalid(message: string): GrivoError {
  return new GrivoError({ code: 'invalid_signature', message, status: 400 });
}
