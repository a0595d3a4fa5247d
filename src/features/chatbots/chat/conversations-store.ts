import type { Insertable, Selectable } from 'kysely';
import type { Db, Executor } from '../../../storage/database.js';
import type { ConversationMessagesTable, ConversationsTable } from '../../../storage/tables.js';

export type ConversationRow = Selectable<ConversationsTable>;
export type MessageRow = Selectable<ConversationMessagesTable>;

export async function findConversation(
  db: Executor,
  workspaceId: string,
  chatbotId: string,
  id: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('chatbot_id', '=', chatbotId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertConversation(db: Executor, row: Insertable<ConversationsTable>): Promise<void> {
  await db.insertInto('conversations').values(row).execute();
}

/** Stores a question and its answer together, and counts them on the conversation. */
export async function appendExchange(
  db: Db,
  conversation: Pick<ConversationRow, 'id' | 'workspace_id'>,
  messages: [Insertable<ConversationMessagesTable>, Insertable<ConversationMessagesTable>],
  answered: boolean,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('conversation_messages').values(messages).execute();
    await trx
      .updateTable('conversations')
      .set((eb) => ({
        messages: eb('messages', '+', 2),
        unanswered: eb('unanswered', '+', answered ? 0 : 1),
        last_message_at: messages[1].created_at,
      }))
      .where('id', '=', conversation.id)
      .where('workspace_id', '=', conversation.workspace_id)
      .execute();
  });
}

/** The conversation's last messages, oldest first: the context of the next answer. */
export async function recentMessages(db: Executor, conversationId: string, limit: number): Promise<MessageRow[]> {
  const rows = await db
    .selectFrom('conversation_messages')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse();
}

export async function listMessages(db: Executor, conversationId: string): Promise<MessageRow[]> {
  return db
    .selectFrom('conversation_messages')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .orderBy('id')
    .execute();
}

export async function listConversationRows(
  db: Executor,
  workspaceId: string,
  chatbotId: string,
  window: { limit: number; offset: number },
): Promise<ConversationRow[]> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('chatbot_id', '=', chatbotId)
    .orderBy('last_message_at', 'desc')
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countConversations(db: Executor, workspaceId: string, chatbotId: string): Promise<number> {
  const row = await db
    .selectFrom('conversations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('chatbot_id', '=', chatbotId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setConversationLead(
  db: Executor,
  conversation: Pick<ConversationRow, 'id' | 'workspace_id'>,
  lead: { contact_id: string | null; lead_name: string | null; lead_email: string },
): Promise<void> {
  await db
    .updateTable('conversations')
    .set(lead)
    .where('id', '=', conversation.id)
    .where('workspace_id', '=', conversation.workspace_id)
    .execute();
}

/** A message of one of the chatbot's conversations, with the question it answers when it is an answer. */
export async function findMessage(
  db: Executor,
  target: { workspaceId: string; chatbotId: string },
  id: string,
): Promise<{ message: MessageRow; question: MessageRow | undefined } | undefined> {
  const message = await db
    .selectFrom('conversation_messages as m')
    .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
    .selectAll('m')
    .where('m.workspace_id', '=', target.workspaceId)
    .where('c.workspace_id', '=', target.workspaceId)
    .where('c.chatbot_id', '=', target.chatbotId)
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!message) return undefined;
  if (message.role === 'user') return { message, question: message };
  const question = await db
    .selectFrom('conversation_messages')
    .selectAll()
    .where('conversation_id', '=', message.conversation_id)
    .where('role', '=', 'user')
    .where('id', '<', message.id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { message, question };
}

/** Records a rating of an assistant message. */
export async function rateMessage(
  db: Executor,
  id: string,
  feedback: { feedback: 'up' | 'down'; feedback_comment: string | null; feedback_at: string },
): Promise<void> {
  await db.updateTable('conversation_messages').set(feedback).where('id', '=', id).execute();
}
