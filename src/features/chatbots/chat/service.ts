import { notFound } from '../../../http/api-error.js';
import { newId } from '../../../lib/ids.js';
import { emitEvent } from '../../events/emit.js';
import { nowIso } from '../../../lib/time.js';
import type { Executor } from '../../../storage/database.js';
import { questionTerms } from '../analytics/question-terms.js';
import { countDaily, countQuestion, dayOf } from '../analytics/stats-store.js';
import type { ChatbotRow } from '../chatbot-row.js';
import { answerQuestion, type AnswerDeps } from './answer.js';
import {
  appendExchange,
  findConversation,
  insertConversation,
  recentMessages,
  type ConversationRow,
} from './conversations-store.js';
import type { ChatBody, ChatResponse } from './schema.js';

const HISTORY_MESSAGES = 6;

export interface ChatTarget {
  chatbot: ChatbotRow;
  channel: 'api' | 'widget';
  /** The site a widget conversation happens on. */
  origin: string | null;
  /** The page of the site, as the widget (or an API caller) reports it. */
  pageUrl?: string | null;
}

/** An answer being given: its ids and sources are known, its text may still be arriving. */
export interface ChatExchange extends Omit<ChatResponse, 'answer'> {
  /** The answer's text in pieces; the exchange is stored once they are all read (or reading stops). */
  pieces: AsyncGenerator<string>;
}

/** Answers one message of a conversation (a new one unless `conversation_id` is given). */
export async function chat(
  deps: AnswerDeps,
  target: ChatTarget,
  body: ChatBody,
  signal?: AbortSignal,
): Promise<ChatExchange> {
  const { chatbot } = target;
  const existing = body.conversation_id
    ? await findConversation(deps.database.db, chatbot.workspace_id, chatbot.id, body.conversation_id)
    : undefined;
  // A widget visitor continues only widget conversations, and the reverse.
  if (body.conversation_id && (!existing || existing.channel !== target.channel))
    throw notFound('conversation', body.conversation_id, ' for this chatbot');

  const history = existing ? await recentMessages(deps.database.db, existing.id, HISTORY_MESSAGES) : [];
  const answer = await answerQuestion(deps, {
    workspaceId: chatbot.workspace_id,
    chatbotId: chatbot.id,
    indexVersion: chatbot.index_version ?? null,
    chatbotName: chatbot.name,
    welcomeMessage: chatbot.welcome_message,
    instructions: chatbot.instructions,
    question: body.message,
    history: history.map((m) => ({ role: m.role, content: m.content })),
    stream: body.stream,
    signal,
  });

  const conversationId = existing?.id ?? newId('conv');
  // Ids sort in creation order: the question's comes first.
  const questionId = newId('msg');
  const messageId = newId('msg');
  const questionAt = nowIso();
  async function* pieces(): AsyncGenerator<string> {
    let text = '';
    try {
      for await (const piece of answer.text) {
        text += piece;
        yield piece;
      }
    } finally {
      const chatbotTarget = { workspaceId: chatbot.workspace_id, chatbotId: chatbot.id };
      const terms = await questionTerms(deps.database.db, chatbotTarget, body.message);
      await deps.database.db.transaction().execute(async (trx) => {
        const conversation =
          existing ??
          (await startConversation(
            trx,
            { ...target, pageUrl: body.page_url ?? null },
            conversationId,
            questionAt,
            body.message,
          ));
        await appendExchange(
          trx,
          conversation,
          [
            {
              id: questionId,
              workspace_id: chatbot.workspace_id,
              conversation_id: conversationId,
              role: 'user',
              content: body.message,
              answered: null,
              sources: '[]',
              created_at: questionAt,
            },
            {
              id: messageId,
              workspace_id: chatbot.workspace_id,
              conversation_id: conversationId,
              role: 'assistant',
              content: text,
              answered: answer.answered ? 1 : 0,
              sources: JSON.stringify(answer.sources),
              created_at: nowIso(),
            },
          ],
          answer.answered,
        );
        const day = dayOf(questionAt);
        await countDaily(trx, chatbotTarget, day, { questions: 1, answered: answer.answered ? 1 : 0 });
        await countQuestion(trx, chatbotTarget, day, {
          terms,
          text: body.message,
          conversationId,
          answered: answer.answered,
        });
        if (!answer.answered)
          await emitEvent(trx, chatbot.workspace_id, 'message.unanswered', {
            chatbot_id: chatbot.id,
            conversation_id: conversationId,
            message_id: messageId,
            question: body.message,
            answer: text,
            channel: target.channel,
          });
      });
    }
  }
  return {
    conversation_id: conversationId,
    message_id: messageId,
    answered: answer.answered,
    sources: answer.sources,
    pieces: pieces(),
  };
}

/** Reads a whole exchange: the JSON (non-streamed) answer. */
export async function chatToEnd(exchange: ChatExchange): Promise<ChatResponse> {
  let answer = '';
  for await (const piece of exchange.pieces) answer += piece;
  const { pieces: _, ...rest } = exchange;
  return { ...rest, answer };
}

/** Stores a new, empty conversation (its first question, when it starts with one), and counts it. */
export async function startConversation(
  trx: Executor,
  target: ChatTarget,
  id: string,
  at: string,
  firstQuestion: string | null,
): Promise<ConversationRow> {
  const row: ConversationRow = {
    id,
    workspace_id: target.chatbot.workspace_id,
    chatbot_id: target.chatbot.id,
    channel: target.channel,
    origin: target.origin,
    page_url: target.pageUrl ?? null,
    first_question: firstQuestion,
    contact_id: null,
    lead_name: null,
    lead_email: null,
    lead_at: null,
    messages: 0,
    unanswered: 0,
    thumbs_up: 0,
    thumbs_down: 0,
    last_message_at: at,
    created_at: at,
  };
  await insertConversation(trx, row);
  await countDaily(trx, { workspaceId: row.workspace_id, chatbotId: row.chatbot_id }, dayOf(at), { conversations: 1 });
  return row;
}
