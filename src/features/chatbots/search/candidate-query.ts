/** Chunks to consider for a question: those holding any (or all) of some terms, best first by the engine's own ranking. */
export interface CandidateQuery {
  workspaceId: string;
  chatbotId: string;
  /** Exact analyzed terms; for `all`, rarest first (PostgreSQL intersects them in that order). */
  terms: string[];
  match: 'any' | 'all';
  limit: number;
  /**
   * Rank at most this many of the matches (whichever the index yields first):
   * for terms found everywhere, ranking every match is the slow part.
   */
  rankAtMost?: number;
  /**
   * Where the engine starts. `chatbot`: from the chatbot's own chunks (its
   * phrase in FTS5's MATCH, its rows by their B-tree on PostgreSQL), a cost
   * bounded by the chatbot. `matches`: from the terms' matches in the whole
   * index, every chatbot's, keeping the chatbot's — cheaper only for a large
   * chatbot whose matches are few. Unset: the engine's default (the
   * chatbot's phrase on SQLite, the planner's choice on PostgreSQL).
   */
  from?: 'chatbot' | 'matches';
  /** Any `limit` of the matches, unranked: ranking is what reads every chatbot's postings of the terms on SQLite. */
  unranked?: boolean;
}
