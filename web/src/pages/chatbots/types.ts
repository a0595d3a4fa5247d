// The shapes the /v1/chatbots routes answer with, as the OpenAPI document types them
// (packages/sdk/src/generated/openapi.ts), and what the dashboard derives from them.
import type { ListItem, ResponseBody } from '@grivo/sdk';

/** A chatbot with its settings and, while it trains, its progress. */
export type Chatbot = ResponseBody<'/v1/chatbots/{id}', 'get'>;
export type WidgetPosition = Chatbot['position'];
export type LeadCaptureWhen = Chatbot['lead_capture']['when'];
export type RetrainSchedule = Chatbot['retrain_schedule'];

/** A page the crawler indexed, or left out with the reason. */
export type TrainedPage = ListItem<'/v1/chatbots/{id}/pages'>;

/** POST /v1/chatbots/:id/chat, not streamed. */
export type ChatReply = ResponseBody<'/v1/chatbots/{id}/chat', 'post'>;

/** A cited passage: the page (with its section's #anchor) and the heading path. */
export type Source = ChatReply['sources'][number];

/** One ranked section of POST /v1/chatbots/:id/search. */
export type SearchHit = ListItem<'/v1/chatbots/{id}/search', 'post'>;

export type ConversationSummary = ListItem<'/v1/chatbots/{id}/conversations'>;
export type Conversation = ResponseBody<'/v1/chatbots/{id}/conversations/{conversation_id}', 'get'>;
export type ConversationMessage = Conversation['messages'][number];
/** How the visitor rated an answer. */
export type Feedback = NonNullable<ConversationMessage['feedback']>;

/** The conversations list's filters, as the list route's query parameters. */
export type ConversationFilter = '' | 'unanswered' | 'down' | 'lead';

/**
 * What the chatbot learns from (GET /v1/chatbots/:id/sources): a text, Q&A or
 * file added on the Sources tab, or its crawl's website, sitemap or URLs, which
 * are its settings shown as sources, with the crawl's status.
 */
export type KnowledgeSource = ListItem<'/v1/chatbots/{id}/sources'>;

/** The sources that are the chatbot's crawl settings (website_url with crawl, sitemap_url, urls), one of each. */
export const isCrawlSource = (s: { type: string }) => s.type === 'website' || s.type === 'sitemap' || s.type === 'urls';

/** GET /v1/chatbots/:id/analytics: counts for the range and for each day, and the top questions. */
export type Analytics = ResponseBody<'/v1/chatbots/{id}/analytics', 'get'>;
export type ActivityCounts = Analytics['totals'];
export type TopQuestion = Analytics['top_questions'][number];

/** A visitor who left their email in the widget (GET /v1/chatbots/:id/leads). */
export type Lead = ListItem<'/v1/chatbots/{id}/leads'>;

/** Where a chatbot's pages live in the dashboard. */
export const chatbotPath = (id: string, sub = '') => `/chatbots/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
