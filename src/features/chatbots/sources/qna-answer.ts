import type { Executor } from '../../../storage/database.js';
import { matchQna, type MatchKey } from './qna-match.js';
import { qnaContent, sourceUrl } from './source-page.js';
import { listQnaKeys } from './sources-store.js';

/** The answer an owner gave for a question: given word for word, cited as its Q&A source. */
interface QnaAnswer {
  answer: string;
  source: { url: string; title: string; section: null; snippet: string };
}

const SNIPPET_CHARACTERS = 240;

/** A chatbot's Q&A answer to the question, when one of its pairs asks it closely. */
export async function qnaAnswer(
  db: Executor,
  target: { workspaceId: string; chatbotId: string },
  publicUrl: string,
  question: string,
): Promise<QnaAnswer | undefined> {
  const rows = await listQnaKeys(db, target);
  if (rows.length === 0) return undefined;
  const pair = matchQna(
    question,
    rows.map((row) => ({ row, keys: JSON.parse(row.match_keys) as MatchKey[] })),
  );
  if (!pair) return undefined;
  const { answer } = qnaContent(pair.row);
  return {
    answer,
    source: {
      url: sourceUrl(publicUrl, pair.row),
      title: pair.row.title,
      section: null,
      snippet: answer.length > SNIPPET_CHARACTERS ? `${answer.slice(0, SNIPPET_CHARACTERS - 1).trimEnd()}…` : answer,
    },
  };
}
