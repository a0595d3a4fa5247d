import { apiTime } from '../../lib/time.js';
import type { EmailResponse, EmailStatus } from './schema.js';
import { parseEvents, type EmailRow } from './store.js';

export function toEmailResponse(row: EmailRow): EmailResponse {
  return {
    id: row.id,
    to: row.to_email,
    from_email: row.from_email,
    from_name: row.from_name,
    subject: row.subject,
    // Being handed to the mail server is still queued, as the API shows it.
    status: (row.status === 'sending' ? 'queued' : row.status) as EmailStatus,
    tags: JSON.parse(row.tags) as string[],
    template_id: row.template_id,
    error: row.error,
    created_at: apiTime(row.created_at),
    sent_at: apiTime(row.sent_at),
    events: parseEvents(row.events).map((e) => ({ type: e.type, at: apiTime(e.at), detail: e.detail })),
  };
}
