/** An API key as GET /dashboard/api-keys lists it (never its secret). */
export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** What POST /dashboard/api-keys answers: the only time the secret is shown. */
export interface CreatedApiKey extends ApiKey {
  secret: string;
}

/** GET /dashboard/usage. A null limit means none. */
export interface Usage {
  plan: string;
  limits: {
    chatbots: number | null;
    pages_per_chatbot: number | null;
    contacts: number | null;
    emails_per_month: number | null;
    chat_messages_per_day: number | null;
    requests_per_window: number;
    window_seconds: number;
  };
  usage: {
    chatbots: number;
    pages_trained: number;
    largest_chatbot_pages: number;
    contacts: number;
    emails_this_month: number;
  };
  rate_limit: { limit: number; remaining: number; reset_at: string };
}
