import type { Generated } from 'kysely';

// Chatbot conversations and their statistics (features/chatbots/chat,
// chatbots/analytics).

export interface ConversationsTable {
  id: string;
  workspace_id: string;
  chatbot_id: string;
  channel: 'api' | 'widget';
  origin: string | null;
  contact_id: string | null;
  lead_name: string | null;
  lead_email: string | null;
  /** When the visitor left their email. */
  lead_at: string | null;
  /** The page of the site the widget was used on (as the widget reported it). */
  page_url: string | null;
  first_question: string | null;
  thumbs_up: Generated<number>;
  thumbs_down: Generated<number>;
  messages: number;
  unanswered: number;
  last_message_at: string;
  created_at: string;
}

/** A chatbot's activity on one UTC day (`YYYY-MM-DD`), counted as it happens. */
export interface ChatbotDailyStatsTable {
  chatbot_id: string;
  day: string;
  workspace_id: string;
  conversations: Generated<number>;
  questions: Generated<number>;
  answered: Generated<number>;
  thumbs_up: Generated<number>;
  thumbs_down: Generated<number>;
  leads: Generated<number>;
}

/** How often a question (by its analyzed terms) was asked on a day, and left unanswered. */
export interface ChatbotQuestionStatsTable {
  chatbot_id: string;
  day: string;
  terms: string;
  workspace_id: string;
  asked: Generated<number>;
  unanswered: Generated<number>;
  question: string;
  conversation_id: string;
}

export interface ConversationMessagesTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  role: 'user' | 'assistant';
  content: string;
  /** 1/0 on assistant messages. */
  answered: number | null;
  /** JSON array of { url, title, snippet }. */
  sources: string;
  created_at: string;
  /** A rating of an assistant message: up | down. */
  feedback: 'up' | 'down' | null;
  feedback_comment: string | null;
  feedback_at: string | null;
}
