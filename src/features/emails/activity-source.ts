import type { ActivitySource } from '../contacts/activity/schema.js';
import { listEmailRows, parseEvents } from './store.js';

/** The transactional emails to a contact's address in its timeline, each step of their history. */
export const emailActivity: ActivitySource = async (db, workspaceId, contact, limit) =>
  (await listEmailRows(db, workspaceId, { to: contact.emailKey }, { limit, offset: 0 })).flatMap((row) =>
    parseEvents(row.events).map((event) => ({
      type: `email.${event.type}` as const,
      at: event.at,
      email_id: row.id,
      subject: row.subject,
      detail: event.detail,
    })),
  );
