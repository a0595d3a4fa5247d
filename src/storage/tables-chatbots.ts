import type { ColumnType, Generated } from 'kysely';

// Chatbots and what they are trained on: pages, sources, chunks and the search
// index's statistics (features/chatbots, chatbots/training, chatbots/sources).

export interface ChatbotsTable {
  id: string;
  workspace_id: string;
  name: string;
  status: string;
  pages_trained: Generated<number>;
  website_url: string | null;
  instructions: string | null;
  sitemap_url: string | null;
  /** JSON array of URLs trained besides the crawl. */
  urls: Generated<string>;
  /** JSON: { max_pages, max_depth, include, exclude }. */
  crawl: Generated<string>;
  welcome_message: string | null;
  /** JSON: { color, position }. */
  appearance: Generated<string>;
  /** JSON array of hosts the widget may be used on. */
  allowed_domains: Generated<string>;
  /** JSON: { enabled, when }. */
  lead_capture: Generated<string>;
  error: string | null;
  pages_found: Generated<number>;
  pages_done: Generated<number>;
  train_run: Generated<number>;
  /** The text analyzer's version its chunks were analyzed with (ANALYZER_VERSION). */
  analyzer_version: Generated<number>;
  /** The name the widget shows visitors (else `name`). */
  display_name: string | null;
  /** JSON array of up to four questions the widget offers. */
  starter_questions: Generated<string>;
  retrain_schedule: Generated<'off' | 'daily' | 'weekly'>;
  next_retrain_at: string | null;
  trained_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ChatbotPagesTable {
  id: string;
  workspace_id: string;
  chatbot_id: string;
  url: string;
  title: string;
  status: 'indexed' | 'skipped';
  reason: string | null;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  /** JSON array of the page's same-site links. */
  links: string;
  chunks: number;
  /** The source the page was trained from; null for the crawl's pages. */
  source_id: string | null;
  seen_run: number;
  trained_at: string;
  created_at: string;
  /** JSON array of the keys of its chunks' blocks (extract/blocks.ts); null until read (a page indexed before). */
  block_keys: string | null;
  /** JSON array of the keys of the blocks cut from its chunks: repeated on many pages, kept on another. */
  cut_blocks: Generated<string>;
}

/** Something a chatbot learns from besides its crawl: a text, a question with its answer, a file. */
export interface ChatbotSourcesTable {
  id: string;
  workspace_id: string;
  chatbot_id: string;
  type: 'text' | 'qna' | 'file' | 'website' | 'sitemap' | 'urls';
  title: string;
  /** JSON: { text }, { question, answer, alternatives }, { name, kind, size }; { url, crawl }, { url } or { urls }. */
  content: string;
  characters: number;
  status: 'pending' | 'training' | 'trained' | 'failed';
  error: string | null;
  /** Each change takes the next number; a training writes only for the number it read. */
  revision: number;
  pages: number;
  chunks: number;
  /** JSON [{ language, terms }]: each wording of a Q&A's question, analyzed. */
  match_keys: string;
  from_message_id: string | null;
  trained_at: string | null;
  created_at: string;
  updated_at: string;
}

/** An uploaded source file's bytes. */
export interface ChatbotSourceFilesTable {
  source_id: string;
  workspace_id: string;
  bytes: Uint8Array;
}

export interface ChatbotChunksTable {
  id: Generated<number>;
  workspace_id: string;
  chatbot_id: string;
  page_id: string;
  position: number;
  url: string;
  anchor: string | null;
  title: string;
  heading: string;
  /** The section's own heading (the last of `heading`). */
  section: string;
  text: string;
  /** The text as extracted, when blocks repeated across the site were cut from `text`; else null. */
  full_text: Generated<string | null>;
  /** Float32 vector, when an embedding provider is configured. */
  embedding: Uint8Array | null;
  /** BCP 47 primary subtag of the page's language, or `und`. */
  language: string;
  /** The analyzer's terms by field, space-separated: what both engines index. */
  title_terms: string;
  heading_terms: string;
  path_terms: string;
  text_terms: string;
}

/** PostgreSQL only: each chunk's terms as a weighted tsvector (see storage/tsvector.ts), GIN-indexed. */
export interface ChatbotChunkVectorsTable {
  id: number;
  workspace_id: string;
  chatbot_id: string;
  search: ColumnType<never, string, string>;
}

/** Document frequency of a term among a chatbot's chunks. */
export interface ChatbotTermsTable {
  chatbot_id: string;
  term: string;
  workspace_id: string;
  chunks: number;
}

/** A chatbot's chunks and their terms per field, by language: BM25's collection statistics. */
/** A chatbot's index version: a new id whenever its term statistics change (adjustTermStats). */
export interface ChatbotIndexVersionsTable {
  chatbot_id: string;
  workspace_id: string;
  version: string;
}

export interface ChatbotIndexStatsTable {
  chatbot_id: string;
  language: string;
  workspace_id: string;
  chunks: number;
  title_length: number;
  heading_length: number;
  path_length: number;
  text_length: number;
}
