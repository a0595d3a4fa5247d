import type { ActivityResponse, ActivitySource } from '../../contacts/activity/schema.js';
import { listContactConversationRows } from './conversations-store.js';

/** A contact's chatbot conversations in its timeline, and when it left its address (a lead). */
export const conversationActivity: ActivitySource = async (db, workspaceId, contact, limit) =>
  (await listContactConversationRows(db, workspaceId, contact, limit)).flatMap((row) => {
    const ids = { chatbot_id: row.chatbot_id, conversation_id: row.id };
    const items: ActivityResponse[] = [
      { type: 'chat.conversation', at: row.created_at, ...ids, detail: row.first_question },
    ];
    if (row.lead_at) items.push({ type: 'chat.lead', at: row.lead_at, ...ids, detail: row.lead_name });
    return items;
  });
