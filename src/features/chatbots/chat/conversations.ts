import { stringify } from 'csv-stringify/sync';
import { neutralizeCell } from '../../contacts/export/contacts-csv.js';
import { pageOf, type Page, type PageQuery } from '../../../http/pagination.js';
import { notFound } from '../../../http/api-error.js';
import { apiTime } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import {
  countConversations,
  findConversation,
  listConversationRows,
  listLeadRows,
  listMessages,
  type ConversationRow,
  type MessageRow,
} from './conversations-store.js';
import { feedbackOf } from './feedback.js';
import type {
  ConversationResponse,
  ConversationSummary,
  LeadResponse,
  ListConversationsQuery,
  Source,
} from './schema.js';

interface ChatbotTarget {
  workspaceId: string;
  chatbotId: string;
}

export async function listConversations(
  database: Database,
  target: ChatbotTarget,
  query: ListConversationsQuery,
): Promise<Page<ConversationSummary>> {
  const filter = { unanswered: query.unanswered, feedback: query.feedback, lead: query.lead };
  const { db } = database;
  return pageOf(
    query,
    {
      rows: (window) => listConversationRows(db, target.workspaceId, target.chatbotId, window, filter),
      count: () => countConversations(db, target.workspaceId, target.chatbotId, filter),
    },
    toSummary,
  );
}

/** The visitors who left their email, latest first. */
export async function listLeads(
  database: Database,
  target: ChatbotTarget,
  query: PageQuery,
): Promise<Page<LeadResponse>> {
  const { db } = database;
  return pageOf(
    query,
    {
      rows: (window) => listLeadRows(db, target.workspaceId, target.chatbotId, window),
      count: () => countConversations(db, target.workspaceId, target.chatbotId, { lead: true }),
    },
    toLead,
  );
}

/** Every lead as CSV (header first), read a page at a time; formula-like cells neutralised as in the contacts export. */
export async function* leadsCsv(database: Database, target: ChatbotTarget): AsyncGenerator<string> {
  const columns = [
    'email',
    'name',
    'created_at',
    'page_url',
    'first_question',
    'conversation_id',
    'contact_id',
  ] as const;
  yield stringify([columns]);
  for (let offset = 0; ; offset += LEADS_PER_READ) {
    const rows = await listLeadRows(database.db, target.workspaceId, target.chatbotId, {
      limit: LEADS_PER_READ,
      offset,
    });
    if (rows.length > 0)
      yield stringify(rows.map(toLead).map((lead) => columns.map((c) => neutralizeCell(lead[c] ?? ''))));
    if (rows.length < LEADS_PER_READ) return;
  }
}

const LEADS_PER_READ = 500;

function toLead(row: ConversationRow): LeadResponse {
  return {
    conversation_id: row.id,
    name: row.lead_name,
    email: row.lead_email!,
    contact_id: row.contact_id,
    page_url: row.page_url,
    origin: row.origin,
    first_question: row.first_question,
    created_at: apiTime(row.lead_at ?? row.last_message_at),
  };
}

/** A conversation with its messages; of one channel only, when given (a widget reads only widget conversations). */
export async function getConversation(
  database: Database,
  target: ChatbotTarget,
  id: string,
  channel?: ConversationRow['channel'],
): Promise<ConversationResponse> {
  const row = await findConversation(database.db, target.workspaceId, target.chatbotId, id);
  if (!row || (channel !== undefined && row.channel !== channel))
    throw notFound('conversation', id, ' for this chatbot');
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
    page_url: row.page_url,
    first_question: row.first_question,
    message_count: Number(row.messages),
    unanswered_count: Number(row.unanswered),
    thumbs_up: Number(row.thumbs_up),
    thumbs_down: Number(row.thumbs_down),
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
