import type { Insertable, Selectable } from 'kysely';
import { apiTime } from '../../lib/time.js';
import type { ChatbotsTable } from '../../storage/tables-chatbots.js';
import { DEFAULT_LEAD_CONSENT_TEXT, type ChatbotResponse, type CrawlOptions } from './schema.js';

/** A chatbot's row; the lookups a question follows (findChatbot, findChatbotWithPlan) add its index's version. */
export type ChatbotRow = Selectable<ChatbotsTable> & { index_version?: string | null };
export type NewChatbotRow = Insertable<ChatbotsTable>;

export const DEFAULT_COLOR = '#2563eb';
export const DEFAULT_MAX_DEPTH = 10;

export interface LeadCaptureSettings {
  enabled: boolean;
  when: 'start' | 'unanswered';
  /** The lead form's consent checkbox. */
  consent: { enabled: boolean; text: string };
}

/** The JSON columns of a chatbot, parsed, with their defaults. */
export interface ChatbotSettings {
  urls: string[];
  crawl: CrawlOptions;
  color: string;
  position: 'bottom-right' | 'bottom-left';
  allowedDomains: string[];
  leadCapture: LeadCaptureSettings;
}

export function settingsOf(row: ChatbotRow): ChatbotSettings {
  const appearance = JSON.parse(row.appearance) as { color?: string; position?: ChatbotSettings['position'] };
  const lead = JSON.parse(row.lead_capture) as Partial<LeadCaptureSettings>;
  return {
    urls: JSON.parse(row.urls) as string[],
    crawl: JSON.parse(row.crawl) as CrawlOptions,
    color: appearance.color ?? DEFAULT_COLOR,
    position: appearance.position ?? 'bottom-right',
    allowedDomains: JSON.parse(row.allowed_domains) as string[],
    leadCapture: {
      enabled: lead.enabled ?? false,
      when: lead.when ?? 'unanswered',
      consent: { enabled: lead.consent?.enabled ?? false, text: lead.consent?.text ?? DEFAULT_LEAD_CONSENT_TEXT },
    },
  };
}

/** The crawl limits a training run uses: the chatbot's own, capped by its plan. */
export function effectiveCrawl(crawl: CrawlOptions, planPages: number) {
  return {
    max_pages: Math.min(crawl.max_pages ?? planPages, planPages),
    max_depth: crawl.max_depth ?? DEFAULT_MAX_DEPTH,
    include: crawl.include ?? [],
    exclude: crawl.exclude ?? [],
  };
}

export function toChatbotResponse(row: ChatbotRow, planPages: number): ChatbotResponse {
  const settings = settingsOf(row);
  return {
    id: row.id,
    name: row.name,
    status: row.status as ChatbotResponse['status'],
    pages_trained: Number(row.pages_trained),
    training:
      row.status === 'training' ? trainingProgress(row, effectiveCrawl(settings.crawl, planPages).max_pages) : null,
    error: row.error,
    trained_at: row.trained_at ? apiTime(row.trained_at) : null,
    website_url: row.website_url,
    sitemap_url: row.sitemap_url,
    urls: settings.urls,
    crawl: effectiveCrawl(settings.crawl, planPages),
    instructions: row.instructions,
    welcome_message: row.welcome_message,
    color: settings.color,
    position: settings.position,
    allowed_domains: settings.allowedDomains,
    lead_capture: settings.leadCapture,
    display_name: row.display_name,
    starter_questions: JSON.parse(row.starter_questions) as string[],
    retrain_schedule: row.retrain_schedule,
    next_retrain_at: row.next_retrain_at === null ? null : apiTime(row.next_retrain_at),
    created_at: apiTime(row.created_at),
    updated_at: apiTime(row.updated_at),
  };
}

/**
 * A running training's progress. While the crawl can still find more pages the
 * total is unknown (null): a percentage of the pages found so far would drop
 * as the crawl finds more. Once the page limit is reached it is that limit.
 */
export function trainingProgress(row: Pick<ChatbotRow, 'pages_found' | 'pages_done'>, maxPages: number) {
  const done = Number(row.pages_done);
  const found = Math.max(Number(row.pages_found), done);
  const total = found >= maxPages ? maxPages : null;
  return { pages_found: found, pages_done: total === null ? done : Math.min(done, total), pages_total: total };
}

/** Whether the chatbot has anything to train on. */
export function hasSources(row: Pick<ChatbotRow, 'website_url' | 'sitemap_url' | 'urls'>): boolean {
  return Boolean(row.website_url || row.sitemap_url || (JSON.parse(row.urls) as string[]).length > 0);
}

const RETRAIN_EVERY_MS = { daily: 86_400_000, weekly: 7 * 86_400_000 };

/** When a chatbot on this schedule crawls next, counted from `from` (ms); null when off. */
export function nextRetrainAt(schedule: ChatbotRow['retrain_schedule'], from: number): string | null {
  return schedule === 'off' ? null : new Date(from + RETRAIN_EVERY_MS[schedule]).toISOString();
}
