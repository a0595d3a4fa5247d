import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../../storage/database.js';
import type { ConversationMessagesTable, ConversationsTable } from '../../../storage/tables-chat.js';

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

/** Stores a question and its answer, and counts them on the conversation (in the caller's transaction). */
export async function appendExchange(
  trx: Executor,
  conversation: Pick<ConversationRow, 'id' | 'workspace_id'>,
  messages: [Insertable<ConversationMessagesTable>, Insertable<ConversationMessagesTable>],
  answered: boolean,
): Promise<void> {
  await trx.insertInto('conversation_messages').values(messages).execute();
  await trx
    .updateTable('conversations')
    .set((eb) => ({
      messages: eb('messages', '+', 2),
      unanswered: eb('unanswered', '+', answered ? 0 : 1),
      last_message_at: messages[1].created_at,
      // A conversation the lead form started has its first question now.
      first_question: eb.fn.coalesce('first_question', eb.val(messages[0].content)),
    }))
    .where('id', '=', conversation.id)
    .where('workspace_id', '=', conversation.workspace_id)
    .execute();
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

/** Which of a chatbot's conversations a list shows. */
export interface ConversationFilter {
  /** Only those with a question the chatbot could not answer. */
  unanswered?: boolean;
  /** Only those with an answer rated so. */
  feedback?: 'up' | 'down';
  /** Only those where the visitor left their email. */
  lead?: boolean;
}

function filtered(db: Executor, workspaceId: string, chatbotId: string, filter: ConversationFilter) {
  let query = db
    .selectFrom('conversations')
    .where('workspace_id', '=', workspaceId)
    .where('chatbot_id', '=', chatbotId);
  if (filter.unanswered !== undefined) query = query.where('unanswered', filter.unanswered ? '>' : '=', 0);
  if (filter.feedback === 'up') query = query.where('thumbs_up', '>', 0);
  if (filter.feedback === 'down') query = query.where('thumbs_down', '>', 0);
  if (filter.lead !== undefined) query = query.where('lead_email', filter.lead ? 'is not' : 'is', null);
  return query;
}

export async function listConversationRows(
  db: Executor,
  workspaceId: string,
  chatbotId: string,
  window: { limit: number; offset: number },
  filter: ConversationFilter = {},
): Promise<ConversationRow[]> {
  return filtered(db, workspaceId, chatbotId, filter)
    .selectAll()
    .orderBy('last_message_at', 'desc')
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countConversations(
  db: Executor,
  workspaceId: string,
  chatbotId: string,
  filter: ConversationFilter = {},
): Promise<number> {
  const row = await filtered(db, workspaceId, chatbotId, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The conversations where a visitor left their email, latest first. */
export async function listLeadRows(
  db: Executor,
  workspaceId: string,
  chatbotId: string,
  window: { limit: number; offset: number },
): Promise<ConversationRow[]> {
  return filtered(db, workspaceId, chatbotId, { lead: true })
    .selectAll()
    .orderBy('lead_at', 'desc')
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

/** Keeps a visitor's contact details on their conversation; `lead_at` is when they first left them. */
export async function setConversationLead(
  db: Executor,
  conversation: Pick<ConversationRow, 'id' | 'workspace_id'>,
  lead: { contact_id: string | null; lead_name: string | null; lead_email: string; lead_at: string },
): Promise<void> {
  await db
    .updateTable('conversations')
    .set((eb) => ({ ...lead, lead_at: eb.fn.coalesce('lead_at', eb.val(lead.lead_at)) }))
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

/** Records a rating of an assistant message, and counts it (and no longer the one it replaces) on its conversation. */
export async function rateMessage(
  trx: Executor,
  message: Pick<MessageRow, 'id' | 'conversation_id'>,
  feedback: { feedback: 'up' | 'down'; feedback_comment: string | null; feedback_at: string },
  change: { up: number; down: number },
): Promise<void> {
  await trx.updateTable('conversation_messages').set(feedback).where('id', '=', message.id).execute();
  await trx
    .updateTable('conversations')
    .set((eb) => ({ thumbs_up: eb('thumbs_up', '+', change.up), thumbs_down: eb('thumbs_down', '+', change.down) }))
    .where('id', '=', message.conversation_id)
    .execute();
}

/** A contact's conversations, across chatbots: those that became the contact, or whose lead left its address; latest first. */
export async function listContactConversationRows(
  db: Executor,
  workspaceId: string,
  contact: { id: string; emailKey: string },
  limit: number,
): Promise<ConversationRow[]> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([eb('contact_id', '=', contact.id), eb(eb.fn('lower', ['lead_email']), '=', contact.emailKey)]),
    )
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Erases a person from the conversations linked to their contact or their lead address
 * (lowercased): their name, address and questions, and the text of every message they wrote.
 * The conversations stay, unlinked, for the chatbot's counts. Returns the ids erased.
 */
export async function eraseConversationsOf(
  db: Executor,
  input: { workspaceId: string; contactId: string; emailKey: string },
): Promise<{ conversationIds: string[]; messages: number }> {
  const rows = await db
    .selectFrom('conversations')
    .select('id')
    .where('workspace_id', '=', input.workspaceId)
    .where((eb) =>
      eb.or([eb('contact_id', '=', input.contactId), eb(eb.fn('lower', ['lead_email']), '=', input.emailKey)]),
    )
    .execute();
  const conversationIds = rows.map((r) => r.id);
  if (conversationIds.length === 0) return { conversationIds, messages: 0 };
  let messages = 0;
  for (let i = 0; i < conversationIds.length; i += 500) {
    const ids = conversationIds.slice(i, i + 500);
    await db
      .updateTable('conversations')
      .set({ contact_id: null, lead_name: null, lead_email: null, first_question: null, page_url: null })
      .where('workspace_id', '=', input.workspaceId)
      .where('id', 'in', ids)
      .execute();
    const result = await db
      .updateTable('conversation_messages')
      .set({ content: '' })
      .where('workspace_id', '=', input.workspaceId)
      .where('conversation_id', 'in', ids)
      .where('role', '=', 'user')
      .executeTakeFirst();
    messages += Number(result.numUpdatedRows);
    await db
      .updateTable('conversation_messages')
      .set({ feedback_comment: null })
      .where('workspace_id', '=', input.workspaceId)
      .where('conversation_id', 'in', ids)
      .where('feedback_comment', 'is not', null)
      .execute();
  }
  return { conversationIds, messages };
}
