import { fold } from '../../../lib/text-analysis/normalize.js';
import type { Executor } from '../../../storage/database.js';
import { loadIndexStats } from '../search/index-stats.js';
import { readQuestion } from '../search/query-terms.js';

/**
 * What a question is counted by in analytics: its analyzed terms in its most
 * likely language, sorted, so "What's your phone number?" and "phone number"
 * count as one question; its folded words when it has no terms ("hi").
 */
export async function questionTerms(
  db: Executor,
  target: { workspaceId: string; chatbotId: string },
  question: string,
): Promise<string> {
  const { languages } = await loadIndexStats(db, target);
  const [reading] = readQuestion(question, languages);
  const terms = [...new Set(reading?.terms ?? [])].sort();
  if (terms.length > 0) return terms.join(' ').slice(0, 500);
  return (
    fold(question.normalize('NFKC').toLowerCase())
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
      .trim()
      .slice(0, 500) || '?'
  );
}
