import { z } from 'zod';
import { ApiError } from '../../../http/api-error.js';
import type { Executor } from '../../../storage/database.js';
import { dailyStats, topQuestions, type DailyRow, type TopQuestion } from './stats-store.js';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;
const TOP = 10;
const DAY_MS = 86_400_000;

const Day = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date like 2026-03-15.`)
    .refine(
      (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      {
        error: `${field} must be a real date like 2026-03-15.`,
      },
    );

export const AnalyticsQuery = z.strictObject({
  from: Day('from')
    .optional()
    .describe(`First day (UTC), inclusive; default ${DEFAULT_DAYS - 1} days before to.`),
  to: Day('to').optional().describe('Last day (UTC), inclusive; default today.'),
});
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>;

const Counts = {
  conversations: z.number().int(),
  messages: z.number().int().describe("Visitors' questions and the chatbot's answers."),
  questions: z.number().int(),
  answered: z.number().int(),
  answered_rate: z.number().nullable().describe('answered / questions; null without questions.'),
  thumbs_up: z.number().int(),
  thumbs_down: z.number().int(),
  leads: z.number().int(),
};
const Question = z.object({
  question: z.string().describe('Its latest wording.'),
  asked: z.number().int(),
  unanswered: z.number().int(),
  conversation_id: z.string().describe('Where it was last asked.'),
});

export const AnalyticsResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    totals: z.object(Counts),
    days: z.array(z.object({ date: z.string(), ...Counts })).describe('Every day of the range, oldest first.'),
    top_questions: z.array(Question).describe('Asked most, counting wordings with the same terms as one.'),
    top_unanswered: z.array(Question).describe('Left unanswered most.'),
  })
  .meta({
    id: 'ChatbotAnalytics',
    description: "The chatbot's activity per UTC day, and its most asked questions.",
    examples: [
      {
        from: '2026-03-15',
        to: '2026-03-16',
        totals: {
          conversations: 31,
          messages: 96,
          questions: 48,
          answered: 44,
          answered_rate: 0.917,
          thumbs_up: 12,
          thumbs_down: 2,
          leads: 5,
        },
        days: [
          {
            date: '2026-03-15',
            conversations: 14,
            messages: 42,
            questions: 21,
            answered: 19,
            answered_rate: 0.905,
            thumbs_up: 5,
            thumbs_down: 1,
            leads: 2,
          },
          {
            date: '2026-03-16',
            conversations: 17,
            messages: 54,
            questions: 27,
            answered: 25,
            answered_rate: 0.926,
            thumbs_up: 7,
            thumbs_down: 1,
            leads: 3,
          },
        ],
        top_questions: [
          {
            question: 'How do I reset my password?',
            asked: 9,
            unanswered: 0,
            conversation_id: 'conv_0VbR2fHq8WcT4kYd',
          },
        ],
        top_unanswered: [
          {
            question: 'Do you offer discounts for non-profits?',
            asked: 3,
            unanswered: 3,
            conversation_id: 'conv_0VbR1aKd3XmP9sLq',
          },
        ],
      },
    ],
  });
export type AnalyticsResponse = z.infer<typeof AnalyticsResponse>;

/** A chatbot's activity per day and its most asked questions, read from the counts kept as chats happen. */
export async function chatbotAnalytics(
  db: Executor,
  target: { workspaceId: string; chatbotId: string },
  query: AnalyticsQuery,
  today = new Date().toISOString().slice(0, 10),
): Promise<AnalyticsResponse> {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) throw new ApiError('invalid_parameter', `from (${from}) is after to (${to}).`, 'from');
  const span = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  if (span > MAX_DAYS)
    throw new ApiError('invalid_parameter', `The range is ${span} days; it may be at most ${MAX_DAYS}.`, 'from');
  const rows = new Map((await dailyStats(db, target, from, to)).map((r) => [r.day, r]));
  const days = Array.from({ length: span }, (_, i) => {
    const date = addDays(from, i);
    return { date, ...withRate(rows.get(date) ?? empty(date)) };
  });
  const totals = withRate(
    days.reduce(
      (sum, d) => ({
        day: '',
        conversations: sum.conversations + d.conversations,
        questions: sum.questions + d.questions,
        answered: sum.answered + d.answered,
        thumbs_up: sum.thumbs_up + d.thumbs_up,
        thumbs_down: sum.thumbs_down + d.thumbs_down,
        leads: sum.leads + d.leads,
      }),
      empty(''),
    ),
  );
  const [asked, unanswered] = await Promise.all([
    topQuestions(db, target, { from, to }, 'asked', TOP),
    topQuestions(db, target, { from, to }, 'unanswered', TOP),
  ]);
  return { from, to, totals, days, top_questions: asked.map(toQuestion), top_unanswered: unanswered.map(toQuestion) };
}

// Each question is stored with its answer: two messages.
function withRate({ day: _, ...row }: DailyRow) {
  return {
    ...row,
    messages: row.questions * 2,
    answered_rate: row.questions === 0 ? null : Math.round((row.answered / row.questions) * 1000) / 1000,
  };
}

const empty = (day: string): DailyRow => ({
  day,
  conversations: 0,
  questions: 0,
  answered: 0,
  thumbs_up: 0,
  thumbs_down: 0,
  leads: 0,
});

const toQuestion = (q: TopQuestion) => ({
  question: q.question,
  asked: q.asked,
  unanswered: q.unanswered,
  conversation_id: q.conversation_id,
});

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
