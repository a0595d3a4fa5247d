// The widget's own records (features/chatbots/widget). Same conventions as tables.ts.

/** A website the widget was refused on: an origin not in the chatbot's allowed domains. Not personal data. */
export interface ChatbotRefusedOriginsTable {
  chatbot_id: string;
  workspace_id: string;
  /** `https://shop.example.com` (scheme, host and port, as the browser sent it). */
  origin: string;
  count: number;
  first_seen_at: string;
  last_seen_at: string;
}
