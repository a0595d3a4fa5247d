import type { UpdateChatbotBody } from './api';
import { completeColor, completeUrl } from '../../ui/validate';
import { changed, lines, same, wholeNumber } from './form-values';
import type { Chatbot, LeadCaptureWhen, RetrainSchedule, WidgetPosition } from './types';

/** The widget offers at most this many starter questions. */
export const STARTER_QUESTIONS = 4;

/** The most characters the server takes for the consent checkbox's text, once trimmed. */
export const CONSENT_TEXT_MAX = 300;

/** The settings form as typed: lists as one item a line, numbers as text. */
export interface Draft {
  name: string;
  instructions: string;
  welcome_message: string;
  color: string;
  position: WidgetPosition;
  allowed_domains: string;
  lead_enabled: boolean;
  lead_when: LeadCaptureWhen;
  /** The lead form's consent checkbox, and the text beside it. */
  lead_consent: boolean;
  consent_text: string;
  display_name: string;
  /** Always STARTER_QUESTIONS boxes, empty ones left out when saved. */
  starter_questions: string[];
  retrain_schedule: RetrainSchedule;
  website_url: string;
  sitemap_url: string;
  urls: string;
  max_pages: string;
  max_depth: string;
  include: string;
  exclude: string;
}

export type SetDraft = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

export function draftOf(c: Chatbot): Draft {
  return {
    name: c.name,
    instructions: c.instructions ?? '',
    welcome_message: c.welcome_message ?? '',
    color: c.color,
    position: c.position,
    allowed_domains: c.allowed_domains.join('\n'),
    lead_enabled: c.lead_capture.enabled,
    lead_when: c.lead_capture.when,
    lead_consent: c.lead_capture.consent.enabled,
    consent_text: c.lead_capture.consent.text,
    display_name: c.display_name ?? '',
    starter_questions: Array.from({ length: STARTER_QUESTIONS }, (_, i) => c.starter_questions[i] ?? ''),
    retrain_schedule: c.retrain_schedule,
    website_url: c.website_url ?? '',
    sitemap_url: c.sitemap_url ?? '',
    urls: c.urls.join('\n'),
    max_pages: String(c.crawl.max_pages),
    max_depth: String(c.crawl.max_depth),
    include: c.crawl.include.join('\n'),
    exclude: c.crawl.exclude.join('\n'),
  };
}

const orNull = (text: string) => text.trim() || null;

/**
 * The PATCH body: only what changed. Sending unchanged values would pin them —
 * a crawl limit left at the plan's default would stop growing with the plan.
 */
export function changesOf(c: Chatbot, d: Draft): UpdateChatbotBody {
  const next = {
    name: d.name.trim(),
    instructions: orNull(d.instructions),
    welcome_message: orNull(d.welcome_message),
    color: d.color.trim(),
    position: d.position,
    allowed_domains: lines(d.allowed_domains),
    lead_capture: {
      enabled: d.lead_enabled,
      when: d.lead_when,
      // Emptied while the checkbox is off: the saved text stays, for when it is turned on again.
      consent: { enabled: d.lead_consent, text: d.consent_text.trim() || c.lead_capture.consent.text },
    },
    display_name: orNull(d.display_name),
    starter_questions: d.starter_questions.map((q) => q.trim()).filter(Boolean),
    retrain_schedule: d.retrain_schedule,
    website_url: orNull(d.website_url),
    sitemap_url: orNull(d.sitemap_url),
    urls: lines(d.urls),
  } satisfies UpdateChatbotBody;
  const was: Record<keyof typeof next, unknown> = {
    name: c.name,
    instructions: c.instructions || null,
    welcome_message: c.welcome_message,
    color: c.color,
    position: c.position,
    allowed_domains: c.allowed_domains,
    lead_capture: c.lead_capture,
    display_name: c.display_name || null,
    starter_questions: c.starter_questions,
    retrain_schedule: c.retrain_schedule,
    website_url: c.website_url,
    sitemap_url: c.sitemap_url,
    urls: c.urls,
  };
  const body: UpdateChatbotBody = changed(next, was);

  const crawl: NonNullable<UpdateChatbotBody['crawl']> = {};
  const maxPages = wholeNumber(d.max_pages);
  const maxDepth = wholeNumber(d.max_depth);
  if (maxPages !== undefined && maxPages !== c.crawl.max_pages) crawl.max_pages = maxPages;
  if (maxDepth !== undefined && maxDepth !== c.crawl.max_depth) crawl.max_depth = maxDepth;
  if (!same(lines(d.include), c.crawl.include)) crawl.include = lines(d.include);
  if (!same(lines(d.exclude), c.crawl.exclude)) crawl.exclude = lines(d.exclude);
  if (Object.keys(crawl).length > 0) body.crawl = crawl;
  return body;
}

/** A field of the draft the server would refuse, checked before sending, and what to tell the person. */
export function draftProblem(d: Draft): { field: string; message: string } | undefined {
  if (!completeColor(d.color)) return { field: 'color', message: 'Enter a colour like #2563eb, or pick one.' };
  for (const key of ['website_url', 'sitemap_url'] as const) {
    if (d[key].trim() && !completeUrl(d[key]))
      return { field: key, message: 'Enter a web address like example.com or https://example.com/help.' };
  }
  const badUrl = lines(d.urls).findIndex((u) => !completeUrl(u));
  if (badUrl >= 0) return { field: 'urls', message: `Line ${badUrl + 1} is not a web address.` };
  const text = d.consent_text.trim();
  // Required only where the visitor sees it; an empty text otherwise keeps the saved one (changesOf).
  if (d.lead_enabled && d.lead_consent && !text)
    return { field: 'lead_capture.consent', message: 'Enter the text shown beside the checkbox.' };
  if (text.length > CONSENT_TEXT_MAX)
    return {
      field: 'lead_capture.consent',
      message: `The checkbox text can be at most ${CONSENT_TEXT_MAX} characters; it has ${text.length}.`,
    };
  return undefined;
}

/** Whether a change is to what the chatbot learns from: it takes effect at the next training. */
export const SOURCE_KEYS = ['website_url', 'sitemap_url', 'urls', 'crawl'];

/** The draft as it will be sent: addresses completed (`example.com` → `https://example.com/`), the colour as `#rrggbb`. */
export function completedDraft(d: Draft): Draft {
  const url = (text: string) => (text.trim() ? (completeUrl(text) ?? text) : text);
  return {
    ...d,
    color: completeColor(d.color) ?? d.color,
    website_url: url(d.website_url),
    sitemap_url: url(d.sitemap_url),
    urls: lines(d.urls).map(url).join('\n'),
  };
}
