import { timingSafeEqual } from 'node:crypto';
import { ApiError } from '../../../http/api-error.js';
import type { DeliveryEvent } from '../apply.js';

export const PROVIDERS = ['ses', 'sendgrid', 'postmark', 'mailgun', 'generic'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** A provider's report as received: the raw bytes (signatures cover them), the headers, the hook's key. */
export interface InboundRequest {
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
  signingKey: string | null;
  /** Unix ms: what signature timestamps are compared with. */
  now: number;
}

/** What a report holds: the events Grivo acts on, how many it ignores, and an SNS subscription to confirm. */
export interface ParsedReport {
  events: DeliveryEvent[];
  ignored: number;
  subscribeUrl?: string;
}

/** One provider's format: how its key is checked at creation, how a report is authenticated and read. */
export interface InboundProvider {
  /** Why a signing key is unusable (or missing when required); undefined: fine. */
  checkSigningKey(key: string | undefined): string | undefined;
  /** Throws 401 invalid_signature when the report is not authentic, 400 when it cannot be read. */
  read(request: InboundRequest, context: { snsCertificates: string | undefined }): ParsedReport;
}

/** How long a signed timestamp stays acceptable (Mailgun, generic): replays after that are refused. */
export const SIGNATURE_TOLERANCE_MS = 5 * 60_000;

export function forged(message: string): ApiError {
  return new ApiError('invalid_signature', message);
}

export function malformed(message: string, param?: string): ApiError {
  return new ApiError('invalid_request', message, param);
}

export function header(request: InboundRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new ApiError(
      'invalid_json',
      `The request body is not valid JSON.${error instanceof SyntaxError ? ` ${error.message}.` : ''}`,
    );
  }
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A Unix timestamp in seconds (number or digits) as ISO 8601, or undefined. */
export function fromUnixSeconds(value: unknown): string | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) ? new Date(n * 1000).toISOString() : undefined;
}

/** An ISO timestamp as given, normalised; undefined when it is not one. */
export function isoOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Grivo's Message-IDs inside free text (a bounce's quoted headers): the first one found. */
export function grivoMessageIdIn(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  return /<((?:cmp_[0-9A-Za-z]+\.ct_|em_)[0-9A-Za-z]+@[^>\s]+)>/.exec(text)?.[1];
}
