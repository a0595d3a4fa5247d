import { knownTotal, offsetOf, toPage, type Page, type PageQuery } from '../../../http/pagination.js';
import { notFound } from '../../../http/api-error.js';
import { apiTime } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import {
  countConversations,
  findConversation,
  listConversationRows,
  listMessages,
  type ConversationRow,
  type MessageRow,
} from './conversations-store.js';
import { feedbackOf } from './feedback.js';
import type { ConversationResponse, ConversationSummary, Source } from './schema.js';

interface ChatbotTarget {
  workspaceId: string;
  chatbotId: string;
}

export async function listConversations(
  database: Database,
  target: ChatbotTarget,
  query: PageQuery,
): Promise<Page<ConversationSummary>> {
  const offset = offsetOf(query);
  const rows = await listConversationRows(database.db, target.workspaceId, target.chatbotId, {
    limit: query.per_page,
    offset,
  });
  const total =
    knownTotal(rows.length, offset, query.per_page) ??
    (await countConversations(database.db, target.workspaceId, target.chatbotId));
  return toPage(rows.map(toSummary), total, query);
}

export async function getConversation(
  database: Database,
  target: ChatbotTarget,
  id: string,
): Promise<ConversationResponse> {
  const row = await findConversation(database.db, target.workspaceId, target.chatbotId, id);
  if (!row) throw notFound('conversation', id, ' for this chatbot');
  const messages = await listMessages(database.db, row.id);
  return { ...toSummary(row), messages: messages.map(toMessage) };
}

function toSummary(row: ConversationRow): ConversationSummary {
  return {
    id: row.id,
    chatbot_id: row.chatbot_id,
    channel: row.channel,
    origin: row.origin,
    contact_id: row.contact_id,
    lead: row.lead_email ? { name: row.lead_name, email: row.lead_email } : null,
    message_count: Number(row.messages),
    unanswered_count: Number(row.unanswered),
    last_message_at: apiTime(row.last_message_at),
    created_at: apiTime(row.created_at),
  };
}

function toMessage(row: MessageRow): ConversationResponse['messages'][number] {
  return {
    id: row.id,
    role: row.role,
    content: row.content,
    answered: row.answered === null ? null : Boolean(row.answered),
    sources: JSON.parse(row.sources) as Source[],
    feedback: feedbackOf(row),
    created_at: apiTime(row.created_at),
  };
}
