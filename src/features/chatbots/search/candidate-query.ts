/** Chunks to consider for a question: those holding any (or all) of some terms, best first by the engine's own ranking. */
export interface CandidateQuery {
  workspaceId: string;
  chatbotId: string;
  /** Exact analyzed terms. */
  terms: string[];
  match: 'any' | 'all';
  limit: number;
  /**
   * Rank at most this many of the matches (whichever the index yields first):
   * for terms found everywhere, ranking every match is the slow part.
   */
  rankAtMost?: number;
  /** Set when the chatbot's term statistics say its matches are few (a couple of thousand at most). */
  fewMatches?: boolean;
}
