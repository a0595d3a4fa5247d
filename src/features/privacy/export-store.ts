import type { Executor } from '../../storage/database.js';

// Reads only: everything Grivo holds about one person, for their data export.

export async function recipientRowsOf(db: Executor, workspaceId: string, contactId: string) {
  return db
    .selectFrom('campaign_recipients as r')
    .innerJoin('campaigns as c', (j) =>
      j.onRef('c.id', '=', 'r.campaign_id').onRef('c.workspace_id', '=', 'r.workspace_id'),
    )
    .select([
      'r.campaign_id',
      'c.name',
      'c.subject',
      'r.email',
      'r.status',
      'r.sent_at',
      'r.opened_at',
      'r.opens',
      'r.clicked_at',
      'r.unsubscribed_at',
    ])
    .where('r.workspace_id', '=', workspaceId)
    .where('r.contact_id', '=', contactId)
    .orderBy('r.campaign_id')
    .execute();
}

export async function clickRowsOf(db: Executor, workspaceId: string, contactId: string) {
  return db
    .selectFrom('campaign_clicks as k')
    .innerJoin('campaign_links as l', (j) =>
      j.onRef('l.campaign_id', '=', 'k.campaign_id').onRef('l.idx', '=', 'k.idx'),
    )
    .select(['k.campaign_id', 'l.url', 'k.clicks'])
    .where('k.workspace_id', '=', workspaceId)
    .where('k.contact_id', '=', contactId)
    .orderBy('k.campaign_id')
    .orderBy('k.idx')
    .execute();
}

export async function emailRowsTo(db: Executor, workspaceId: string, emailKey: string) {
  return db
    .selectFrom('emails')
    .select(['id', 'to_email', 'from_email', 'subject', 'status', 'created_at', 'sent_at'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['to_email']), '=', emailKey))
    .orderBy('id')
    .execute();
}

export async function conversationRowsOf(db: Executor, workspaceId: string, contactId: string, emailKey: string) {
  return db
    .selectFrom('conversations')
    .select(['id', 'chatbot_id', 'lead_name', 'lead_email', 'lead_at', 'page_url', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('contact_id', '=', contactId), eb(eb.fn('lower', ['lead_email']), '=', emailKey)]))
    .orderBy('id')
    .execute();
}

/** The messages the person wrote in these conversations. */
export async function userMessagesIn(db: Executor, workspaceId: string, conversationIds: string[]) {
  if (conversationIds.length === 0) return [];
  return db
    .selectFrom('conversation_messages')
    .select(['conversation_id', 'content', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('conversation_id', 'in', conversationIds.slice(0, 1000))
    .where('role', '=', 'user')
    .orderBy('created_at')
    .execute();
}
