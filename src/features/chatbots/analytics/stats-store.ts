import { sql } from 'kysely';
import type { Executor } from '../../../storage/database.js';

interface Target {
  workspaceId: string;
  chatbotId: string;
}

type DailyCounter = 'conversations' | 'questions' | 'answered' | 'thumbs_up' | 'thumbs_down' | 'leads';

/** The UTC day of an ISO time, as analytics counts by. */
export const dayOf = (iso: string) => iso.slice(0, 10);

/** Adds to a chatbot's counters of a day (negative to take back a rating). */
export async function countDaily(
  db: Executor,
  target: Target,
  day: string,
  counts: Partial<Record<DailyCounter, number>>,
): Promise<void> {
  const entries = Object.entries(counts).filter(([, n]) => n !== 0) as [DailyCounter, number][];
  if (entries.length === 0) return;
  await db
    .insertInto('chatbot_daily_stats')
    .values({ chatbot_id: target.chatbotId, day, workspace_id: target.workspaceId, ...Object.fromEntries(entries) })
    .onConflict((oc) =>
      oc
        .columns(['chatbot_id', 'day'])
        .doUpdateSet(
          Object.fromEntries(
            entries.map(([column, n]) => [column, sql<number>`chatbot_daily_stats.${sql.ref(column)} + ${n}`]),
          ),
        ),
    )
    .execute();
}

/** Counts a question asked on a day, by its analyzed terms, keeping its latest wording. */
export async function countQuestion(
  db: Executor,
  target: Target,
  day: string,
  question: { terms: string; text: string; conversationId: string; answered: boolean },
): Promise<void> {
  const unanswered = question.answered ? 0 : 1;
  await db
    .insertInto('chatbot_question_stats')
    .values({
      chatbot_id: target.chatbotId,
      day,
      terms: question.terms,
      workspace_id: target.workspaceId,
      asked: 1,
      unanswered,
      question: question.text,
      conversation_id: question.conversationId,
    })
    .onConflict((oc) =>
      oc.columns(['chatbot_id', 'day', 'terms']).doUpdateSet({
        asked: sql<number>`chatbot_question_stats.asked + 1`,
        unanswered: sql<number>`chatbot_question_stats.unanswered + ${unanswered}`,
        question: question.text,
        conversation_id: question.conversationId,
      }),
    )
    .execute();
}

export interface DailyRow {
  day: string;
  conversations: number;
  questions: number;
  answered: number;
  thumbs_up: number;
  thumbs_down: number;
  leads: number;
}

/** A chatbot's days from `from` to `to` (inclusive) that saw any activity. */
export async function dailyStats(db: Executor, target: Target, from: string, to: string): Promise<DailyRow[]> {
  const rows = await db
    .selectFrom('chatbot_daily_stats')
    .select(['day', 'conversations', 'questions', 'answered', 'thumbs_up', 'thumbs_down', 'leads'])
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .execute();
  return rows.map((r) => ({
    day: r.day,
    conversations: Number(r.conversations),
    questions: Number(r.questions),
    answered: Number(r.answered),
    thumbs_up: Number(r.thumbs_up),
    thumbs_down: Number(r.thumbs_down),
    leads: Number(r.leads),
  }));
}

export interface TopQuestion {
  terms: string;
  asked: number;
  unanswered: number;
  question: string;
  conversation_id: string;
}

/**
 * The questions asked most (or left unanswered most) from `from` to `to`,
 * each with its latest wording and conversation.
 */
export async function topQuestions(
  db: Executor,
  target: Target,
  range: { from: string; to: string },
  by: 'asked' | 'unanswered',
  limit: number,
): Promise<TopQuestion[]> {
  const inRange = db
    .selectFrom('chatbot_question_stats')
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .where('day', '>=', range.from)
    .where('day', '<=', range.to);
  const top = await inRange
    .select((eb) => [
      'terms',
      eb.fn.sum<number>('asked').as('asked'),
      eb.fn.sum<number>('unanswered').as('unanswered'),
      eb.fn.max<string>('day').as('last_day'),
    ])
    .groupBy('terms')
    .having((eb) => eb.fn.sum(by), '>', 0)
    .orderBy(by, 'desc')
    .orderBy('terms')
    .limit(limit)
    .execute();
  if (top.length === 0) return [];
  const samples = await inRange
    .select(['terms', 'day', 'question', 'conversation_id'])
    .where(
      'terms',
      'in',
      top.map((t) => t.terms),
    )
    .execute();
  return top.map((t) => {
    const sample = samples.find((s) => s.terms === t.terms && s.day === t.last_day)!;
    return {
      terms: t.terms,
      asked: Number(t.asked),
      unanswered: Number(t.unanswered),
      question: sample.question,
      conversation_id: sample.conversation_id,
    };
  });
}

/**
 * Forgets an erased person's questions (their conversations'): one only they asked that day
 * goes, its terms being their words; one others asked too keeps its terms and counts, without
 * their wording. The daily totals stay.
 */
export async function blankQuestionsOf(db: Executor, workspaceId: string, conversationIds: string[]): Promise<void> {
  for (let i = 0; i < conversationIds.length; i += 500) {
    const ids = conversationIds.slice(i, i + 500);
    await db
      .deleteFrom('chatbot_question_stats')
      .where('workspace_id', '=', workspaceId)
      .where('conversation_id', 'in', ids)
      .where('asked', '<=', 1)
      .execute();
    await db
      .updateTable('chatbot_question_stats')
      .set({ question: '' })
      .where('workspace_id', '=', workspaceId)
      .where('conversation_id', 'in', ids)
      .execute();
  }
}

/** Every chatbot of a workspace added up, per day from `from` to `to` (inclusive) that saw any activity. */
export async function workspaceDailyStats(
  db: Executor,
  workspaceId: string,
  from: string,
  to: string,
): Promise<Pick<DailyRow, 'day' | 'conversations' | 'questions' | 'answered' | 'leads'>[]> {
  const rows = await db
    .selectFrom('chatbot_daily_stats')
    .select((eb) => [
      'day',
      eb.fn.sum<number>('conversations').as('conversations'),
      eb.fn.sum<number>('questions').as('questions'),
      eb.fn.sum<number>('answered').as('answered'),
      eb.fn.sum<number>('leads').as('leads'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('day')
    .orderBy('day')
    .execute();
  return rows.map((r) => ({
    day: r.day,
    conversations: Number(r.conversations),
    questions: Number(r.questions),
    answered: Number(r.answered),
    leads: Number(r.leads),
  }));
}
