import { z } from 'zod';
import { ApiError } from '../../../http/api-error.js';
import { apiTime, nowIso } from '../../../lib/time.js';
import type { Db } from '../../../storage/database.js';
import { countDaily, dayOf } from '../analytics/stats-store.js';
import { findMessage, rateMessage } from './conversations-store.js';

export const FeedbackBody = z
  .strictObject({
    rating: z.enum(['up', 'down'], { error: "rating must be 'up' or 'down'." }),
    comment: z.string().trim().max(2000, 'comment must be at most 2000 characters.').optional(),
  })
  .meta({
    description: 'Thumbs up or down.',
    examples: [{ rating: 'down', comment: 'It links to the old pricing page.' }],
  });
export type FeedbackBody = z.infer<typeof FeedbackBody>;

export const Feedback = z
  .object({
    rating: z.enum(['up', 'down']),
    comment: z.string().nullable(),
    created_at: z.string(),
  })
  .describe('Feedback');
export type Feedback = z.infer<typeof Feedback>;

export const FeedbackResponse = Feedback.extend({ message_id: z.string() }).meta({
  id: 'MessageFeedback',
  description: 'The rating the answer now has.',
  examples: [
    {
      message_id: 'msg_0VbR2fHr1NqB7zVe',
      rating: 'down',
      comment: 'It links to the old pricing page.',
      created_at: '2026-03-16T08:05:12Z',
    },
  ],
});

export const MessageParams = z.strictObject({ id: z.string().max(64), message_id: z.string().max(64) });

/**
 * Rates an answer of one of the chatbot's conversations (of this one only,
 * when given); rating again replaces the rating. Counted on the conversation
 * and on the day the answer was given.
 */
export async function rateAnswer(
  db: Db,
  target: { workspaceId: string; chatbotId: string; conversationId?: string },
  messageId: string,
  body: FeedbackBody,
): Promise<z.infer<typeof FeedbackResponse>> {
  const feedback = { feedback: body.rating, feedback_comment: body.comment || null, feedback_at: nowIso() };
  await db.transaction().execute(async (trx) => {
    const found = await findMessage(trx, target, messageId);
    if (!found || (target.conversationId !== undefined && found.message.conversation_id !== target.conversationId))
      throw new ApiError('not_found', `No message with id '${messageId}' exists for this chatbot.`, 'message_id');
    if (found.message.role !== 'assistant')
      throw new ApiError('invalid_parameter', 'Only answers can be rated; this message is a question.', 'message_id');
    const before = found.message.feedback;
    const change = {
      up: Number(body.rating === 'up') - Number(before === 'up'),
      down: Number(body.rating === 'down') - Number(before === 'down'),
    };
    await rateMessage(trx, found.message, feedback, change);
    await countDaily(trx, target, dayOf(found.message.created_at), { thumbs_up: change.up, thumbs_down: change.down });
  });
  return {
    message_id: messageId,
    rating: body.rating,
    comment: feedback.feedback_comment,
    created_at: apiTime(feedback.feedback_at),
  };
}

/** A message's rating as the API shows it. */
export function feedbackOf(row: {
  feedback: 'up' | 'down' | null;
  feedback_comment: string | null;
  feedback_at: string | null;
}): Feedback | null {
  if (row.feedback === null || row.feedback_at === null) return null;
  return { rating: row.feedback, comment: row.feedback_comment, created_at: apiTime(row.feedback_at) };
}
