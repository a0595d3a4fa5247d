// The shapes the /v1/chatbots routes answer with (src/features/chatbots/schema.ts,
// chat/schema.ts and pages.ts on the server), as the dashboard reads them.

export type ChatbotStatus = 'untrained' | 'training' | 'active' | 'failed';
export type WidgetPosition = 'bottom-right' | 'bottom-left';
export type LeadCaptureWhen = 'start' | 'unanswered';
export type RetrainSchedule = 'off' | 'daily' | 'weekly';

/** A chatbot with its settings and, while it trains, its progress. */
export interface Chatbot {
  id: string;
  name: string;
  status: ChatbotStatus;
  pages_trained: number;
  training: { pages_found: number; pages_done: number } | null;
  error: string | null;
  trained_at: string | null;
  website_url: string | null;
  sitemap_url: string | null;
  urls: string[];
  crawl: { max_pages: number; max_depth: number; include: string[]; exclude: string[] };
  instructions: string | null;
  welcome_message: string | null;
  color: string;
  position: WidgetPosition;
  allowed_domains: string[];
  lead_capture: { enabled: boolean; when: LeadCaptureWhen };
  /** What visitors see instead of `name`; null: the name. */
  display_name: string | null;
  /** Up to 4 questions the widget offers to start with. */
  starter_questions: string[];
  retrain_schedule: RetrainSchedule;
  /** When the next scheduled crawl is due; null when off. */
  next_retrain_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A page the crawler indexed, or left out with the reason. */
export interface TrainedPage {
  id: string;
  url: string;
  title: string;
  status: 'indexed' | 'skipped';
  reason: string | null;
  chunks: number;
  last_trained_at: string;
}

/** A cited passage: the page (with its section's #anchor) and the heading path. */
export interface Source {
  url: string;
  title: string;
  section: string | null;
  snippet: string;
}

/** One ranked section of POST /v1/chatbots/:id/search. */
export interface SearchHit {
  url: string;
  title: string;
  section: string | null;
  snippet: string;
  score: number;
  language: string;
}

/** POST /v1/chatbots/:id/chat, not streamed. */
export interface ChatReply {
  conversation_id: string;
  message_id: string;
  answer: string;
  answered: boolean;
  sources: Source[];
}

export interface ConversationSummary {
  id: string;
  chatbot_id: string;
  channel: 'api' | 'widget';
  origin: string | null;
  contact_id: string | null;
  lead: { name: string | null; email: string } | null;
  /** The page of the site the chat happened on, as the widget reported it. */
  page_url: string | null;
  first_question: string | null;
  message_count: number;
  unanswered_count: number;
  thumbs_up: number;
  thumbs_down: number;
  last_message_at: string;
  created_at: string;
}

export interface ConversationMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  /** null for the visitor's own messages. */
  answered: boolean | null;
  sources: Source[];
  /** How the visitor rated an answer, when they did. */
  feedback: Feedback | null;
  created_at: string;
}

export interface Feedback {
  rating: 'up' | 'down';
  comment: string | null;
  created_at: string;
}

export interface Conversation extends ConversationSummary {
  messages: ConversationMessage[];
}

/** The conversations list's filters, as the list route's query parameters. */
export type ConversationFilter = '' | 'unanswered' | 'down' | 'lead';

export type KnowledgeStatus = 'pending' | 'training' | 'trained' | 'failed';

/** The sources that are the chatbot's crawl settings (website_url with crawl, sitemap_url, urls), one of each. */
export type CrawlSourceType = 'website' | 'sitemap' | 'urls';
export const isCrawlSource = (s: { type: string }) => s.type === 'website' || s.type === 'sitemap' || s.type === 'urls';

/**
 * What the chatbot learns from (GET /v1/chatbots/:id/sources): a text, Q&A or
 * file added on the Sources tab, or its crawl's website, sitemap or URLs, which
 * are its settings shown as sources, with the crawl's status.
 */
export interface KnowledgeSource {
  id: string;
  chatbot_id: string;
  type: 'text' | 'qna' | 'file' | CrawlSourceType;
  /** A text's or file's title, a Q&A's question, a website's or sitemap's URL. */
  title: string;
  text: string | null;
  question: string | null;
  answer: string | null;
  alternatives: string[] | null;
  file: { name: string | null; media_type: string; size: number } | null;
  /** The public page answers cite it by; a website's or sitemap's own URL. */
  url: string;
  /** A website source: the crawl's options. */
  crawl: { max_pages?: number; max_depth?: number; include?: string[]; exclude?: string[] } | null;
  /** A urls source: its pages. */
  urls: string[] | null;
  status: KnowledgeStatus;
  /** Why its last training failed, in plain words. */
  error: string | null;
  characters: number;
  pages: number;
  chunks: number;
  from_message_id: string | null;
  last_trained_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The counts of GET /v1/chatbots/:id/analytics, for the range and for each day. */
export interface ActivityCounts {
  conversations: number;
  /** Questions and answers. */
  messages: number;
  questions: number;
  answered: number;
  /** answered / questions; null without questions. */
  answered_rate: number | null;
  thumbs_up: number;
  thumbs_down: number;
  leads: number;
}

export interface TopQuestion {
  /** Its latest wording. */
  question: string;
  asked: number;
  unanswered: number;
  /** Where it was last asked. */
  conversation_id: string;
}

export interface Analytics {
  from: string;
  to: string;
  totals: ActivityCounts;
  /** Every day of the range, oldest first. */
  days: Array<ActivityCounts & { date: string }>;
  top_questions: TopQuestion[];
  top_unanswered: TopQuestion[];
}

/** A visitor who left their email in the widget (GET /v1/chatbots/:id/leads). */
export interface Lead {
  conversation_id: string;
  name: string | null;
  email: string;
  contact_id: string | null;
  page_url: string | null;
  origin: string | null;
  first_question: string | null;
  created_at: string;
}

/** Where a chatbot's pages live in the dashboard. */
export const chatbotPath = (id: string, sub = '') => `/chatbots/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
export const chatbotApi = (id: string, sub = '') => `/v1/chatbots/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
