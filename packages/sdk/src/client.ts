import { GrivoError } from './errors.js';
import { type FetchFunction, Transport } from './http.js';
import { AuditLog } from './resources/audit-log.js';
import { Campaigns } from './resources/campaigns.js';
import { Chatbots } from './resources/chatbots.js';
import { Contacts } from './resources/contacts.js';
import { Emails } from './resources/emails.js';
import { Events } from './resources/events.js';
import { Forms } from './resources/forms.js';
import { InboundWebhooks } from './resources/inbound-webhooks.js';
import { Segments } from './resources/segments.js';
import { Settings } from './resources/settings.js';
import { Suppressions } from './resources/suppressions.js';
import { Tags } from './resources/tags.js';
import { Templates } from './resources/templates.js';
import { WebhookEndpoints } from './resources/webhook-endpoints.js';

/** How a {@link Grivo} client is set up. */
export interface GrivoOptions {
  /** The API key (`Authorization: Bearer …`); the GRIVO_API_KEY environment variable by default. */
  apiKey?: string;
  /** The server, e.g. `https://grivo.example.com`; GRIVO_URL by default, then http://localhost:3000. */
  baseUrl?: string;
  /** Retries after a network error, a timeout, a 429 or a 5xx (default 2). */
  maxRetries?: number;
  /** Time allowed for each attempt, in ms (default 60000); for a stream, until its headers arrive. */
  timeoutMs?: number;
  /** The fetch to call (default the global one). */
  fetch?: FetchFunction;
}

const DEFAULT_BASE_URL = 'http://localhost:3000';

/**
 * The Grivo API: `grivo.chatbots`, `grivo.contacts`, `grivo.campaigns`,
 * `grivo.templates`, `grivo.emails`, `grivo.settings`, `grivo.webhookEndpoints`,
 * `grivo.events`, `grivo.suppressions`, `grivo.inboundWebhooks`, `grivo.segments`,
 * `grivo.tags`, `grivo.forms`, `grivo.auditLog`.
 */
export class Grivo {
  readonly chatbots: Chatbots;
  readonly contacts: Contacts;
  readonly campaigns: Campaigns;
  /** Reusable messages for transactional emails and campaigns. */
  readonly templates: Templates;
  /** Transactional emails. */
  readonly emails: Emails;
  /** The workspace's settings (the default sender). */
  readonly settings: Settings;
  /** Where the workspace's events are POSTed, signed; and their deliveries. */
  readonly webhookEndpoints: WebhookEndpoints;
  /** The last 30 days of events, as webhooks send them. */
  readonly events: Events;
  /** Addresses mail never goes to. */
  readonly suppressions: Suppressions;
  /** URLs mail providers report bounces and complaints to. */
  readonly inboundWebhooks: InboundWebhooks;
  /** Saved conditions on contacts, and live counts. */
  readonly segments: Segments;
  /** The tags contacts carry, most used first. */
  readonly tags: Tags;
  /** Subscribe forms, hosted or pasted into a site. */
  readonly forms: Forms;
  /** Who did what in the workspace. */
  readonly auditLog: AuditLog;
  /** The server this client talks to, without a trailing slash or `/v1`. */
  readonly baseUrl: string;

  constructor(options: GrivoOptions = {}) {
    const apiKey = options.apiKey ?? readEnv('GRIVO_API_KEY');
    if (!apiKey) {
      throw new GrivoError({
        code: 'missing_api_key',
        message: 'No API key: pass new Grivo({ apiKey }) or set GRIVO_API_KEY (create one under Settings → API keys).',
        status: 0,
      });
    }
    this.baseUrl = normalizeBaseUrl(options.baseUrl ?? readEnv('GRIVO_URL') ?? DEFAULT_BASE_URL);
    const fetchFunction = options.fetch ?? globalThis.fetch?.bind(globalThis);
    if (!fetchFunction) throw new Error('Grivo: no fetch in this environment. Pass new Grivo({ fetch }).');
    const transport = new Transport({
      apiKey,
      baseUrl: this.baseUrl,
      maxRetries: nonNegative('maxRetries', options.maxRetries ?? 2),
      timeoutMs: nonNegative('timeoutMs', options.timeoutMs ?? 60_000),
      fetch: fetchFunction,
    });
    this.chatbots = new Chatbots(transport);
    this.contacts = new Contacts(transport);
    this.campaigns = new Campaigns(transport);
    this.templates = new Templates(transport);
    this.emails = new Emails(transport);
    this.settings = new Settings(transport);
    this.webhookEndpoints = new WebhookEndpoints(transport);
    this.events = new Events(transport);
    this.suppressions = new Suppressions(transport);
    this.inboundWebhooks = new InboundWebhooks(transport);
    this.segments = new Segments(transport);
    this.tags = new Tags(transport);
    this.forms = new Forms(transport);
    this.auditLog = new AuditLog(transport);
  }
}

// Browsers have no process: the environment is read only where there is one.
function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === '' ? undefined : value;
}

// The documented base URL ends in /v1; the SDK's paths already start with it.
function normalizeBaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Grivo: baseUrl must be an absolute http(s) URL (received '${url}').`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new Error(`Grivo: baseUrl must be an http(s) URL (received '${url}').`);
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '').replace(/\/v1$/, '');
}

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new Error(`Grivo: ${name} must be a number of 0 or more.`);
  return value;
}
