// The shapes the /v1/chatbots routes answer with (src/features/chatbots/schema.ts,
// chat/schema.ts and pages.ts on the server), as the dashboard reads them.

export type ChatbotStatus = 'untrained' | 'training' | 'active' | 'failed';
export type WidgetPosition = 'bottom-right' | 'bottom-left';
export type LeadCaptureWhen = 'start' | 'unanswered';

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
  message_count: number;
  unanswered_count: number;
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
  created_at: string;
}

export interface Conversation extends ConversationSummary {
  messages: ConversationMessage[];
}

/** Where a chatbot's pages live in the dashboard. */
export const chatbotPath = (id: string, sub = '') => `/chatbots/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
export const chatbotApi = (id: string, sub = '') => `/v1/chatbots/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
